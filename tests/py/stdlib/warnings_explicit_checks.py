# warnings: warn_explicit's argument checks (filename str, lineno an index, registry and
# module_globals dicts), filterwarnings' category checks, the registry's contents (True marks and a
# 'version' entry), 'once' counted per module registry, broken filter lists, a replaced
# _showwarnmsg, and skip_file_prefixes items that are not str.
import sys
import warnings

sys.stderr = sys.stdout


def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('filename None', lambda: warnings.warn_explicit('m', UserWarning, None, 2))
attempt('filename bytes', lambda: warnings.warn_explicit('m', UserWarning, b'x', 2))
attempt('lineno str', lambda: warnings.warn_explicit('m', UserWarning, 'x.py', '5'))
attempt('lineno float', lambda: warnings.warn_explicit('m', UserWarning, 'x.py', 2.5))
attempt('lineno bool', lambda: warnings.warn_explicit('m', UserWarning, 'x.py', True))
attempt('registry list', lambda: warnings.warn_explicit('m', UserWarning, 'x.py', 2, registry=[]))
attempt('globals int', lambda: warnings.warn_explicit('m', UserWarning, 'x.py', 2, module_globals=3))
attempt('stacklevel str', lambda: warnings.warn('m', UserWarning, 'a'))
attempt('prefix int', lambda: warnings.warn('m', skip_file_prefixes=(1,)))
attempt('prefix list', lambda: warnings.warn('m', skip_file_prefixes=['a']))
attempt('category 3', lambda: warnings.filterwarnings('ignore', category=3))
attempt('category int', lambda: warnings.filterwarnings('ignore', category=int))
attempt('message 3', lambda: warnings.filterwarnings('ignore', message=3, category=int))

reg = {}
warnings.warn_explicit('r', UserWarning, 'r.py', 5, registry=reg)
print(sorted(map(str, reg.items())))
reg = {'version': 'stale', 'old': 1}
warnings.warn_explicit('r', UserWarning, 'r.py', 6, registry=reg)
print('old' in reg, type(reg['version']).__name__)

with warnings.catch_warnings():
    warnings.simplefilter('once')
    for name in ('m1', 'm2', 'm1'):
        g = {'__name__': name}
        exec("import warnings\nwarnings.warn('same text')", g)
    warnings.warn_explicit('no registry', UserWarning, 'a.py', 1)
    warnings.warn_explicit('no registry', UserWarning, 'a.py', 2)

with warnings.catch_warnings():
    warnings.filters = (('error', None, Warning, None, 0),)
    attempt('tuple filters', lambda: warnings.warn('t'))
    warnings.filters = [('error', None, Warning, None)]
    attempt('4-tuple filter', lambda: warnings.warn('t'))
    warnings.filters = [('bogus', None, Warning, None, 0)]
    attempt('bogus action', lambda: warnings.warn('t'))

with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings._showwarnmsg = 5
    attempt('_showwarnmsg 5', lambda: warnings.warn_explicit('s', UserWarning, 'x.py', 3))
    warnings._showwarnmsg = lambda msg: print('hook got', msg)
    attempt('_showwarnmsg hook', lambda: warnings.warn_explicit('s', UserWarning, 'x.py', 4))
    del warnings._showwarnmsg
