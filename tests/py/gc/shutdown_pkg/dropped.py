# Deleted from sys.modules by shutdown_sys_modules.py, with no other reference: it dies at once.
from shutdown_pkg.noisy import Noisy

value = Noisy('dropped.value')
