# runpy and pkgutil: running scripts, directories and modules (run_path, run_module with
# alter_sys, packages' __main__, the errors) and listing packages (iter_modules, walk_packages,
# get_data, resolve_name, extend_path with .pkg files, get_importer, the deprecated loaders).
import os, sys, tempfile, runpy, pkgutil, warnings, importlib

with tempfile.TemporaryDirectory() as tmp:
    def write(rel, text):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
        return path
    script = write('script.py', 'import sys\nresult = (__name__, __file__ is not None, sys.argv[0].endswith("script.py"), seeded * 2)\nprint("running", __name__, __package__, __spec__)\n')
    write('app/__init__.py', 'VERSION = "1.0"\n')
    write('app/__main__.py', 'print("app main", __name__, __package__, __spec__.name)\nmain_ran = True\n')
    write('app/tool.py', 'import sys\nprint("tool", __name__, __package__, __spec__.name, __spec__.parent, sys.modules.get(__name__) is not None)\nx = 41 + 1\n')
    write('app/data/greeting.txt', 'hello from data\n')
    write('app/sub/__init__.py', '')
    write('app/sub/leaf.py', 'LEAF = 1\n')
    write('app/notpkg/readme.txt', 'no init here\n')
    write('broken/__init__.py', 'raise RuntimeError("broken package")\n')
    write('dirapp/__main__.py', 'print("dir main", __name__, __file__.endswith("__main__.py"))\nvalue = 7\n')
    write('zz.pkg', '# extra portion\n/extra/portion\n\n')
    sys.path.insert(0, tmp)
    try:
        g = runpy.run_path(script, init_globals={'seeded': 21})
        print(g['result'], g['__name__'], '__builtins__' in g)
        g = runpy.run_path(script, init_globals={'seeded': 1}, run_name='custom.name')
        print(g['result'], g['__package__'])
        g = runpy.run_path(os.path.join(tmp, 'dirapp'))
        print(g['value'], g['__name__'])
        g = runpy.run_module('app.tool')
        print(g['x'], g['__name__'], 'app.tool' in sys.modules)
        g = runpy.run_module('app.tool', run_name='__main__', alter_sys=True)
        print(g['__name__'], sys.argv[0] == os.path.join(tmp, 'app', 'tool.py'))
        g = runpy.run_module('app')
        print(g['main_ran'], g['__name__'])
        for bad in ['.rel', 'nosuch.module.here', 'nosuchmod', 'app.sub', 'json.py', 'app.tool.py']:
            try:
                runpy.run_module(bad)
            except ImportError as e:
                print('ImportError', str(e).replace(tmp, 'TMP'))
        infos = list(pkgutil.iter_modules([tmp]))
        print([(i.name, i.ispkg, type(i.module_finder).__name__) for i in infos])
        print([(i.name, i.ispkg) for i in pkgutil.iter_modules([os.path.join(tmp, 'app')], 'app.')])
        errs = []
        print([i.name for i in pkgutil.walk_packages([tmp], onerror=errs.append)], errs)
        print(pkgutil.get_data('app', 'data/greeting.txt'), pkgutil.get_data('nosuchpkg', 'x'))
        print(pkgutil.resolve_name('app.tool:x'), pkgutil.resolve_name('app.sub.leaf.LEAF'), pkgutil.resolve_name('os.path:join').__name__, pkgutil.resolve_name('app:').__name__)
        for bad in ['1abc', 'app.tool:', 'app.nothing', 'app:nothing', 'nosuchmod.x']:
            try:
                print(bad, repr(pkgutil.resolve_name(bad)).replace(tmp, 'TMP'))
            except Exception as e:
                print(bad, type(e).__name__, str(e).replace(tmp, 'TMP'))
        imp = pkgutil.get_importer(tmp)
        print(type(imp).__name__, imp.path == tmp, pkgutil.get_importer(script), pkgutil.get_importer(tmp) is imp)
        print(pkgutil.extend_path([os.path.join(tmp, 'zz')], 'zz') == [os.path.join(tmp, 'zz'), '/extra/portion'], pkgutil.extend_path('notalist', 'x'))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(type(pkgutil.find_loader('app.tool')).__name__, pkgutil.get_loader('nosuchmod'), type(pkgutil.get_loader('json')).__name__)
        print([str(x.message) for x in w])
        try:
            list(pkgutil.iter_modules('notalist'))
        except ValueError as e:
            print(e)
        print(type(pkgutil.iter_importer_modules(object())).__name__)
        import io
        print(pkgutil.read_code(io.BytesIO(b'not a pyc')))
    finally:
        sys.path.remove(tmp)
        for name in list(sys.modules):
            if name.split('.')[0] in ('app', 'broken', 'zz'):
                del sys.modules[name]
print(runpy.__all__, pkgutil.__all__)
