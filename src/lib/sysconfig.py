"""Installation paths and build configuration, written for Immortal from the sysconfig module's
documentation.

The install schemes are the documented ones, expanded from sys.prefix and friends. Immortal's own
standard library is the directory its Python-source modules are read from (src/lib), so the stdlib
and platstdlib paths of the default schemes name that directory (the LIBDEST variable). Immortal
has no C build: the configuration variables describe what is true of it (sizes of C types on this
64-bit platform, no fork, no shared libpython, no extension modules); variables about a C compiler
are absent (None), as unknown names are."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def _scheme(stdlib, platstdlib, site, platsite, include, platinclude, scripts, data):
    paths = dict(zip(('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude',
                      'scripts', 'data'),
                     (stdlib, platstdlib, site, platsite, include, platinclude, scripts, data)))
    if platinclude is None:
        del paths['platinclude']
    return paths


def _schemes():
    ver = 'python{py_version_short}'
    posix = _scheme('{LIBDEST}', '{LIBDEST}', '{base}/lib/' + ver + '/site-packages',
                    '{platbase}/{platlibdir}/' + ver + '/site-packages',
                    '{installed_base}/include/' + ver + '{abiflags}',
                    '{installed_platbase}/include/' + ver + '{abiflags}', '{base}/bin', '{base}')
    nt = _scheme('{installed_base}/Lib', '{base}/Lib', '{base}/Lib/site-packages',
                 '{base}/Lib/site-packages', '{installed_base}/Include', '{installed_base}/Include',
                 '{base}/Scripts', '{base}')
    winuser = '{userbase}/Python{py_version_nodot_plat}'
    return {
        'posix_prefix': posix,
        'posix_venv': dict(posix),
        'venv': dict(posix),
        'posix_home': _scheme('{installed_base}/lib/python', '{base}/lib/python', '{base}/lib/python',
                              '{base}/lib/python', '{installed_base}/include/python',
                              '{installed_base}/include/python', '{base}/bin', '{base}'),
        'posix_user': _scheme('{userbase}/{platlibdir}/' + ver, '{userbase}/{platlibdir}/' + ver,
                              '{userbase}/lib/' + ver + '/site-packages',
                              '{userbase}/lib/' + ver + '/site-packages',
                              '{userbase}/include/' + ver, None, '{userbase}/bin', '{userbase}'),
        'nt': nt,
        'nt_venv': dict(nt),
        'nt_user': _scheme(winuser, winuser, winuser + '/site-packages', winuser + '/site-packages',
                           winuser + '/Include', None, winuser + '/Scripts', '{userbase}'),
        'osx_framework_user': _scheme('{userbase}/lib/python', '{userbase}/lib/python',
                                      '{userbase}/lib/python/site-packages',
                                      '{userbase}/lib/python/site-packages',
                                      '{userbase}/include/' + ver, None, '{userbase}/bin',
                                      '{userbase}'),
    }


_schemes_cache = None


def _get_schemes():
    global _schemes_cache
    if _schemes_cache is None:
        _schemes_cache = _schemes()
    return _schemes_cache


def get_scheme_names():
    """The names of the install schemes, sorted."""
    return tuple(sorted(_get_schemes()))


def get_path_names():
    """The names of the paths a scheme defines."""
    return _PATH_NAMES


def get_default_scheme():
    """The scheme of this interpreter: 'venv' inside a virtual environment, else 'posix_prefix'."""
    if sys.prefix != sys.base_prefix:
        return 'venv'
    return 'posix_prefix' if os.name == 'posix' else 'nt'


def get_preferred_scheme(key):
    """The preferred scheme for 'prefix', 'home' or 'user' installs."""
    if key == 'prefix':
        return get_default_scheme()
    table = {'home': 'posix_home', 'user': 'posix_user'} if os.name == 'posix' else \
        {'home': 'nt', 'user': 'nt_user'}
    return table[key]


# ---- configuration variables -----------------------------------------------------------------------

_config_vars = None


def _user_base():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    return os.path.expanduser('~/.local')


def _init_config_vars():
    v = sys.version_info
    short = '%d.%d' % (v.major, v.minor)
    prefix, exec_prefix = os.path.normpath(sys.prefix), os.path.normpath(sys.exec_prefix)
    libdest = os.path.dirname(os.path.abspath(os.__file__))
    multiarch = '%s-linux-gnu' % os.uname().machine if sys.platform == 'linux' else ''
    project = os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd()
    include = os.path.join(prefix, 'include', 'python' + short + sys.abiflags)
    d = {
        'prefix': prefix, 'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % (v.major, v.minor, v.micro), 'py_version_short': short,
        'py_version_nodot': '%d%d' % (v.major, v.minor), 'py_version_nodot_plat': '',
        'installed_base': os.path.normpath(sys.base_prefix), 'base': prefix,
        'installed_platbase': os.path.normpath(sys.base_exec_prefix), 'platbase': exec_prefix,
        'projectbase': project, 'srcdir': project, 'platlibdir': sys.platlibdir,
        'abiflags': sys.abiflags, 'ABIFLAGS': sys.abiflags, 'userbase': _user_base(),
        'VERSION': short, 'EXE': '', 'MACHDEP': sys.platform,
        'BINDIR': os.path.join(exec_prefix, 'bin'), 'LIBDIR': os.path.join(exec_prefix, 'lib'),
        'LIBDEST': libdest, 'BINLIBDEST': libdest, 'DESTLIB': libdest,
        'INCLUDEPY': include, 'CONFINCLUDEPY': include,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'Py_DEBUG': 0, 'Py_TRACE_REFS': 0, 'Py_ENABLE_SHARED': 0, 'PY_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1, 'HAVE_FORK': 0, 'SHLIB_SUFFIX': '.so',
        'SIZEOF_VOID_P': 8, 'SIZEOF_SIZE_T': 8, 'SIZEOF_LONG': 8, 'SIZEOF_LONG_LONG': 8,
        'SIZEOF_INT': 4, 'SIZEOF_SHORT': 2, 'SIZEOF_FLOAT': 4, 'SIZEOF_DOUBLE': 8,
        'SIZEOF_WCHAR_T': 4, 'SIZEOF_TIME_T': 8, 'SIZEOF_OFF_T': 8, 'SIZEOF_PID_T': 4,
    }
    if multiarch:
        d['MULTIARCH'] = multiarch
        d['HOST_GNU_TYPE'] = multiarch.replace('-linux-gnu', '-pc-linux-gnu')
    return d


def get_config_vars(*args):
    """All configuration variables as a dict, or the values of the names given, as a list."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _init_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """The value of one configuration variable, None when it has none."""
    return get_config_vars().get(name)


# ---- paths ----------------------------------------------------------------------------------------

class _Vars(dict):
    def __missing__(self, key):
        try:
            return os.environ[key]
        except KeyError:
            raise AttributeError('{%s}' % key) from None


def _expand(template, values):
    return os.path.normpath(os.path.expanduser(template).format_map(values))


def get_paths(scheme=None, vars=None, expand=True):
    """The install paths of a scheme (the default scheme unless given), expanded from the
    configuration variables updated with vars."""
    if scheme is None:
        scheme = get_default_scheme()
    paths = _get_schemes()[scheme]
    if not expand:
        return dict(paths)
    values = _Vars(get_config_vars())
    if vars:
        values.update(vars)
    return {name: _expand(template, values) for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    """One install path of a scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """'major.minor'."""
    return get_config_var('VERSION')


def get_platform():
    """The platform's tag for built distributions: 'linux-x86_64' here."""
    if os.name == 'nt':
        return 'win-amd64' if sys.maxsize > 2 ** 32 else 'win32'
    u = os.uname()
    osname = u.sysname.lower().replace('/', '')
    machine = u.machine.replace(' ', '_').replace('/', '-')
    if osname == 'linux':
        return 'linux-%s' % machine
    return '%s-%s-%s' % (osname, u.release, machine)


def is_python_build(check_home=None):
    """Whether this interpreter runs from a CPython source tree: never for Immortal."""
    return False


def get_config_h_filename():
    """Where pyconfig.h would be installed (Immortal installs none)."""
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def get_makefile_filename():
    """Where the build Makefile would be installed (Immortal installs none)."""
    short = get_config_var('VERSION')
    tag = 'config-%s%s' % (short, sys.abiflags)
    multiarch = get_config_var('MULTIARCH')
    if multiarch:
        tag += '-' + multiarch
    return os.path.join(get_config_var('LIBDEST'), tag, 'Makefile')


def parse_config_h(fp, vars=None):
    """Reads '#define NAME value' and '/* #undef NAME */' lines of a pyconfig.h-style file into
    vars (a new dict by default): values that are integers become ints, #undef gives 0."""
    if vars is None:
        vars = {}

    def macro(name):
        return len(name) >= 2 and 'A' <= name[0] <= 'Z' and all(c.isalnum() or c == '_' for c in name)

    for line in fp:
        if line.startswith('#define '):
            name, space, value = line[8:].rstrip('\n').partition(' ')
            if space and macro(name):
                try:
                    value = int(value)
                except ValueError:
                    pass
                vars[name] = value
        elif line.startswith('/* #undef ') and line.rstrip('\n').endswith(' */'):
            name = line.rstrip('\n')[10:-3]
            if macro(name):
                vars[name] = 0
    return vars


def expand_makefile_vars(s, vars):
    """Replaces each $(NAME) and ${NAME} in s by vars[NAME] until none is left (the values must be
    strings; a name missing from vars is a TypeError, as in CPython)."""
    while True:
        start = -1
        for opener, closer in (('$(', ')'), ('${', '}')):
            at = s.find(opener)
            if at >= 0 and (start < 0 or at < start):
                start, close = at, closer
        if start < 0:
            return s
        end = s.find(close, start + 2)
        if end < 0:
            return s
        s = s[:start] + vars.get(s[start + 2:end]) + s[end + 1:]
