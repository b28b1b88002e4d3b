# warnings: default once-per-location behaviour, 'once'/'module'/'always'/'ignore'/'error' actions,
# filterwarnings with message regex and category, resetwarnings, showwarning replaced.
import warnings

shown = []
def collect(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
warnings.showwarning = collect

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)

for i in range(3):
    emit('loop')                      # default: once per location
print(shown); shown.clear()
warnings.simplefilter('always')
for i in range(2):
    emit('again')
print(shown); shown.clear()
warnings.resetwarnings()
warnings.simplefilter('once')
emit('one'); emit('one'); emit('two')
print(shown); shown.clear()
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='skip.*')
warnings.filterwarnings('error', category=RuntimeWarning)
emit('skip me'); emit('Skip this too'); emit('keep me')
try:
    emit('fatal', RuntimeWarning)
except RuntimeWarning as e:
    print('raised:', e)
print(shown); shown.clear()
print([f[0] for f in warnings.filters][:2])
warnings.resetwarnings()
warnings.simplefilter('ignore', DeprecationWarning)
emit('dep', DeprecationWarning); emit('user')
print(shown)
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter('always')
    warnings.warn(UserWarning('instance message'))
    warnings.warn('explicit', category=SyntaxWarning)
print([(str(w.message), w.category.__name__) for w in got], str(got[0]).startswith('{message'))
for bad in [lambda: warnings.warn('x', 5), lambda: warnings.simplefilter('bogus')]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
