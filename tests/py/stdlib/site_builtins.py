# The names site binds in builtins at start-up: exit/quit (Quitter), help (_Helper), and
# copyright/credits/license (_Printer); site's own helpers for paths.
import builtins
import sys
import site
import _sitebuiltins

print('site' in sys.modules, sys.flags.no_site, site.ENABLE_USER_SITE)
for name in ('exit', 'quit', 'help', 'copyright', 'credits', 'license'):
    obj = getattr(builtins, name)
    print(name, type(obj).__module__, type(obj).__qualname__)
print(repr(exit))
print(repr(quit), vars(quit))
print(repr(help))
print(_sitebuiltins._Printer.MAXLINES)

q = _sitebuiltins.Quitter('leave', 'Ctrl-Z plus Return')
print(q)
for code in (None, 0, 4, 'bye'):
    try:
        q(code)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
print(sys.stdin.closed)

p = _sitebuiltins._Printer('notice', 'line one\nline two')
print(repr(p))
p()
long = _sitebuiltins._Printer('poem', '\n'.join(f'verse {i}' for i in range(30)))
print(repr(long))

print(site.makepath('/usr/lib', '..', 'share//x', '.'))
print(site.makepath('/a/b/../../c'))
print(site.getsitepackages(['/opt/py']))
print(site._get_path('/home/u/.local'))
print(site.removeduppaths() >= set())
before = list(sys.path)
print(site.addsitedir('/nonexistent/dir/for/test') is None, sys.path[-1], len(sys.path) == len(before) + 1)
sys.path[:] = before

