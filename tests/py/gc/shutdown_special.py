# The first steps of finalize_modules: sys.path_importer_cache and sys.path_hooks are emptied, then
# sys.path, sys.argv and sys.meta_path (in that order), the standard streams are put back (a
# replaced sys.stdout dies and printing goes to the original), and builtins are restored to what
# start-up made, dropping names the program added, before the modules are removed.
import builtins
import sys
from shutdown_pkg.noisy import Noisy


class Prefixed:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace('del', '[prefixed] del'))

    def flush(self):
        self.stream.flush()

    def __del__(self):
        print('del the replacement sys.stdout')


sys.path.append(Noisy('in sys.path'))
sys.argv.append(Noisy('in sys.argv'))
sys.meta_path.append(Noisy('in sys.meta_path'))
sys.path_hooks.append(Noisy('in sys.path_hooks'))
sys.path_importer_cache['key'] = Noisy('in sys.path_importer_cache')
builtins.added_by_program = Noisy('added to builtins')
main_value = Noisy('main_value')
sys.stdout = Prefixed(sys.stdout)
print('end of program')
