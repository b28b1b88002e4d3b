# Deleted from sys.modules by shutdown_sys_modules.py while __main__ still refers to it.
from shutdown_pkg.noisy import Noisy

value = Noisy('gone.value')
