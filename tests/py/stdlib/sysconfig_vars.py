# sysconfig's configuration variables and helpers: get_config_var(s) for the common keys (with
# None for unknown names), get_python_version, get_platform checked against os.uname(),
# is_python_build, parse_config_h on a pyconfig.h-style text, expand_makefile_vars, and the
# shapes of get_config_h_filename/get_makefile_filename.
import io
import os
import sys
import sysconfig

v = sysconfig.get_config_vars()
print(type(v).__name__, v is sysconfig.get_config_vars())
print(sysconfig.get_python_version(), sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('py_version_short'))
print(sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3], sysconfig.get_config_var('py_version_nodot'))
print(sysconfig.get_config_var('prefix') == os.path.normpath(sys.prefix),
      sysconfig.get_config_var('exec_prefix') == os.path.normpath(sys.exec_prefix),
      sysconfig.get_config_var('base') == os.path.normpath(sys.prefix),
      sysconfig.get_config_var('installed_base') == os.path.normpath(sys.base_prefix))
print(sysconfig.get_config_var('platlibdir') == sys.platlibdir, repr(sysconfig.get_config_var('abiflags')))
print(sysconfig.get_config_var('TZPATH'))
print(sysconfig.get_config_var('SIZEOF_VOID_P'), sysconfig.get_config_var('SIZEOF_INT'), sysconfig.get_config_var('SIZEOF_LONG'))
print(sysconfig.get_config_var('Py_DEBUG'), sysconfig.get_config_var('WITH_DOC_STRINGS'), repr(sysconfig.get_config_var('EXE')))
print(sysconfig.get_config_var('MACHDEP'), sysconfig.get_config_var('SHLIB_SUFFIX'))
print(sysconfig.get_config_var('BINDIR') == os.path.join(sysconfig.get_config_var('exec_prefix'), 'bin'))
print(sysconfig.get_config_var('no such variable'), sysconfig.get_config_vars('VERSION', 'nothing', 'py_version_nodot'))
print(isinstance(sysconfig.get_config_var('userbase'), str))

u = os.uname()
print(sysconfig.get_platform() == ('linux-' + u.machine if u.sysname == 'Linux' else sysconfig.get_platform()))
print(sysconfig.is_python_build())
print(os.path.basename(sysconfig.get_config_h_filename()), os.path.basename(sysconfig.get_makefile_filename()))

header = io.StringIO(
    '/* pyconfig.h */\n'
    '#define HAVE_FORK 1\n'
    '#define SIZEOF_LONG 8\n'
    '#define PLATFORM_NAME "demo box"\n'
    '#define Z 1\n'
    '/* #undef HAVE_WINDOWS_H */\n'
    '#define lowercase 3\n'
    '#define FLAG_ONLY\n'
    '#   define INDENTED 2\n')
parsed = sysconfig.parse_config_h(header)
print(sorted(parsed.items()))
existing = {'KEEP': 'me'}
print(sysconfig.parse_config_h(io.StringIO('#define ADDED 42\n'), existing) is existing, existing)

mk = {'prefix': '/usr', 'libdir': '$(prefix)/lib', 'name': 'demo'}
print(sysconfig.expand_makefile_vars('$(libdir)/${name}.so', mk))
print(sysconfig.expand_makefile_vars('no variables here', mk))
try:
    sysconfig.expand_makefile_vars('$(missing)', mk)
except TypeError as e:
    print('TypeError', e)
