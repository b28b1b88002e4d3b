# The site module: imported at start-up (unless -S), it binds exit/quit/help/copyright/credits/license in
# builtins and adds the site-packages folders that exist to sys.path, processing their .pth files.
# Stands for CPython's Lib/site.py. Invariants: importing it loads only sys, builtins, posix and
# _sitebuiltins (start-up cost; CPython's imports os): paths are handled with posix and string operations,
# and os is imported only by the functions that need more (addpackage's `import` lines, customize hooks).

import sys
import builtins
import posix
import _sitebuiltins

PREFIXES = [sys.prefix, sys.exec_prefix]
# None: not decided yet (main() decides); False: refused for security or by -s; True: enabled.
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def _join(*parts):
    # os.path.join for the absolute and relative POSIX paths this module builds
    path = ''
    for part in parts:
        if part.startswith('/') or not path:
            path = part
        elif path.endswith('/'):
            path += part
        else:
            path += '/' + part
    return path


def _normpath(path):
    # os.path.normpath (POSIX): collapse '.', '..' and repeated slashes
    if not path:
        return '.'
    lead = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part != '..' or (not lead and (not parts or parts[-1] == '..')):
            parts.append(part)
        elif parts:
            parts.pop()
    result = '/' * lead + '/'.join(parts)
    return result or '.'


def _isdir(path):
    try:
        return (posix.stat(path).st_mode & 0o170000) == 0o040000
    except (OSError, ValueError):
        return False


def makepath(*paths):
    """The absolute, normalized form of the joined paths, and its case-normalized twin (equal on POSIX)."""
    path = _join(*paths)
    if not path.startswith('/'):
        path = _join(posix.getcwd(), path)
    path = _normpath(path)
    return path, path


def abs_paths():
    """Make the __file__ and __cached__ of the modules imported so far absolute."""
    for module in set(sys.modules.values()):
        loader_module = None
        try:
            loader_module = module.__loader__.__module__
        except AttributeError:
            try:
                loader_module = module.__spec__.loader.__module__
            except AttributeError:
                pass
        if loader_module not in {'_frozen_importlib', '_frozen_importlib_external'}:
            continue
        for attr in ('__file__', '__cached__'):
            try:
                value = getattr(module, attr)
            except (AttributeError, TypeError):
                continue
            if isinstance(value, str):
                try:
                    setattr(module, attr, makepath(value)[0])
                except (AttributeError, TypeError):
                    pass


def removeduppaths():
    """Make sys.path's entries absolute and drop repeats; returns the set of (normalized) entries."""
    kept = []
    seen = set()
    for entry in sys.path:
        path, key = makepath(entry)
        if key not in seen:
            kept.append(path)
            seen.add(key)
    sys.path[:] = kept
    return seen


def _init_pathinfo():
    known = set()
    for entry in sys.path:
        try:
            if _isdir(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file `name` in `sitedir`: each line names a folder to add, or is an import."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        fresh = True
    else:
        fresh = False
    fullname = _join(sitedir, name)
    try:
        st = posix.lstat(fullname)
    except OSError:
        return None
    if getattr(st, 'st_flags', 0) & 0x8000 or getattr(st, 'st_file_attributes', 0) & 0x2:
        return None  # hidden files are skipped, as CPython does
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError:
        text = data.decode(_locale_encoding())
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith('#') or not line.strip():
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            line = line.rstrip()
            folder, key = makepath(sitedir, line)
            if key not in known_paths and _exists(folder):
                sys.path.append(folder)
                known_paths.add(key)
        except Exception:
            print(f'Error processing line {number:d} of {fullname}:\n', file=sys.stderr)
            import traceback
            for record in traceback.format_exception(sys.exception()):
                for piece in record.splitlines():
                    print('  ' + piece, file=sys.stderr)
            print('\nRemainder of file ignored', file=sys.stderr)
            break
    if fresh:
        known_paths = None
    return known_paths


def _exists(path):
    try:
        posix.stat(path)
        return True
    except (OSError, ValueError):
        return False


def _locale_encoding():
    import locale
    return locale.getencoding()


def addsitedir(sitedir, known_paths=None):
    """Add `sitedir` to sys.path (if not there) and process the .pth files in it, in name order."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        fresh = True
    else:
        fresh = False
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = posix.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    if fresh:
        known_paths = None
    return known_paths


def check_enableusersite():
    """False when -s is given or the process runs set-uid/set-gid, else True."""
    if sys.flags.no_user_site:
        return False
    if hasattr(posix, 'getuid') and hasattr(posix, 'geteuid') and posix.geteuid() != posix.getuid():
        return None
    if hasattr(posix, 'getgid') and hasattr(posix, 'getegid') and posix.getegid() != posix.getgid():
        return None
    return True


def _getuserbase():
    # (posix.environ's keys and values are str here, not CPython's bytes)
    base = posix.environ.get('PYTHONUSERBASE')
    if base:
        return base
    return _join(posix.environ.get('HOME') or '~', '.local')


def getuserbase():
    """The user base folder (PYTHONUSERBASE, else ~/.local), kept in USER_BASE."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    version = sys.version_info
    return f'{userbase}/lib/python{version[0]}.{version[1]}/site-packages'


def getusersitepackages():
    """The user's site-packages folder, kept in USER_SITE."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages folder when user site is enabled and it exists."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and _isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages folders of each prefix (lib/python3.12/site-packages)."""
    folders = []
    seen = set()
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [sys.platlibdir]
        if sys.platlibdir != 'lib':
            libdirs.append('lib')
        version = sys.version_info
        for libdir in libdirs:
            folders.append(_join(prefix, libdir, f'python{version[0]}.{version[1]}', 'site-packages'))
    return folders


def addsitepackages(known_paths, prefixes=None):
    """Add the global site-packages folders that exist."""
    for sitedir in getsitepackages(prefixes):
        if _isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    """Bind exit and quit in builtins."""
    for name in ('quit', 'exit'):
        setattr(builtins, name, _sitebuiltins.Quitter(name, 'Ctrl-D (i.e. EOF)'))


def setcopyright():
    """Bind copyright, credits and license in builtins."""
    builtins.copyright = _sitebuiltins._Printer('copyright', sys.copyright or
                                                'Immortal: a Python 3.12 runtime written in TypeScript.')
    builtins.credits = _sitebuiltins._Printer(
        'credits',
        '    Immortal reproduces CPython 3.12; thanks to the Python Software Foundation and\n'
        '    everyone who built CPython, whose behaviour is its specification.')
    builtins.license = _sitebuiltins._Printer(
        'license', 'See https://www.python.org/psf/license/', ['LICENSE.txt', 'LICENSE'],
        [_join(sys.prefix, 'lib', 'python3.12'), posix.getcwd()])


def sethelper():
    """Bind help in builtins."""
    builtins.help = _sitebuiltins._Helper()


def enablerlcompleter():
    """Tab completion for the interactive prompt: Immortal's REPL has none (nothing to set up)."""
    sys.__interactivehook__ = lambda: None


def venv(known_paths):
    """A virtual environment (pyvenv.cfg beside or above the executable): not supported; unchanged."""
    return known_paths


def execsitecustomize():
    """Import sitecustomize if there is one on sys.path."""
    _import_optional('sitecustomize')


def execusercustomize():
    """Import usercustomize if there is one on sys.path."""
    _import_optional('usercustomize')


def _import_optional(name):
    try:
        try:
            __import__(name)
        except ImportError as exc:
            if exc.name != name:
                raise
    except Exception as err:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            sys.stderr.write(f'Error in {name}; set PYTHONVERBOSE for traceback:\n'
                             f'{type(err).__name__}: {err}\n')


def main():
    """What start-up runs: paths (made absolute, deduplicated, site-packages added) and the builtins."""
    global ENABLE_USER_SITE
    before = list(sys.path)
    known = removeduppaths()
    if sys.path != before:
        abs_paths()  # the entries changed: so may the modules' files
    known = venv(known)
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    for add_folders in (addusersitepackages, addsitepackages):
        known = add_folders(known)
    for bind in (setquit, setcopyright, sethelper):
        bind()
    if not sys.flags.isolated:
        enablerlcompleter()
    # sitecustomize always, usercustomize only with the user site enabled
    for customize, wanted in ((execsitecustomize, True), (execusercustomize, ENABLE_USER_SITE)):
        if wanted:
            customize()


if not sys.flags.no_site:
    main()


def _script():
    """python -m site: print sys.path and the user site settings."""
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print('sys.path = [')
        for entry in sys.path:
            print(f'    {entry!r},')
        print(']')

        def state(path):
            return 'exists' if path is not None and _isdir(path) else "doesn't exist"
        print(f'USER_BASE: {user_base!r} ({state(user_base)})')
        print(f'USER_SITE: {user_site!r} ({state(user_site)})')
        print(f'ENABLE_USER_SITE: {ENABLE_USER_SITE!r}')
        sys.exit(0)
    parts = []
    if '--user-base' in args:
        parts.append(USER_BASE)
    if '--user-site' in args:
        parts.append(USER_SITE)
    if parts:
        print(':'.join(parts))
        sys.exit(0 if ENABLE_USER_SITE else 1 if ENABLE_USER_SITE is False else
                 2 if ENABLE_USER_SITE is None else 3)
    usage = [
        f'{sys.argv[0]} [--user-base] [--user-site]',
        '',
        'With no argument: show sys.path, USER_BASE, USER_SITE and ENABLE_USER_SITE.',
        'With --user-base and/or --user-site: print those values, joined by a colon.',
        '',
        'The exit status then says whether the user site directory is used:',
        '  0 - it is enabled',
        '  1 - the user disabled it',
        '  2 - it is disabled for security reasons or by an administrator',
        ' >2 - something else went wrong',
    ]
    print('\n'.join(usage))
    sys.exit(10)


if __name__ == '__main__':
    _script()
