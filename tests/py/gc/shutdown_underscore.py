# Modules still alive after sys.modules was emptied and the collection ran (here because sys refers
# to them) are wiped newest first, each in two passes: names with a single leading underscore become
# None first, then the others (dunders included) except __builtins__, so a __del__ sees which names
# are already gone. __main__, kept alive the same way, is wiped last (it came first in sys.modules).
import sys
import shutdown_pkg.kept
import shutdown_pkg.kept_later
from shutdown_pkg.kept import Reporter

sys.keep_modules = [shutdown_pkg.kept, shutdown_pkg.kept_later, sys.modules[__name__]]
del shutdown_pkg

WATCHED = ('first', '_hidden', '__double', 'last', '__builtins__')
first = Reporter('main.first', globals(), WATCHED)
_hidden = Reporter('main._hidden', globals(), WATCHED)
__double = Reporter('main.__double', globals(), WATCHED)
last = Reporter('main.last', globals(), WATCHED)
print('end of program')
