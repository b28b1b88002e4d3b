# Imported last, referenced by nothing but sys.modules: its values die when its entry is removed.
from shutdown_pkg.noisy import Noisy

value = Noisy('free.value')
