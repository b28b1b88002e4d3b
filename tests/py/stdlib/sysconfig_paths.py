# sysconfig's install schemes: the scheme and path names, get_paths/get_path expanded from the
# configuration variables or with vars given, unexpanded templates, the default and preferred
# schemes, and KeyError for unknown schemes and path names.
import os
import sys
import sysconfig

print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('prefix'),
      sysconfig.get_preferred_scheme('home'), sysconfig.get_preferred_scheme('user'))

paths = sysconfig.get_paths()
print(sorted(paths))
print(all(os.path.isabs(p) and os.path.normpath(p) == p for p in paths.values()))
print(paths['scripts'] == os.path.join(sys.prefix, 'bin'), paths['data'] == sys.prefix)
print(os.path.isfile(os.path.join(sysconfig.get_path('stdlib'), 'os.py')))
print(sysconfig.get_path('purelib').endswith('/lib/python%d.%d/site-packages' % sys.version_info[:2]))

for scheme in ('posix_prefix', 'posix_home', 'posix_user', 'nt', 'nt_user', 'osx_framework_user'):
    raw = sysconfig.get_paths(scheme, expand=False)
    print(scheme, sorted(raw), raw['scripts'], raw['data'])
print(sysconfig.get_paths('posix_user', expand=False)['purelib'])
print(sysconfig.get_paths('nt', expand=False)['purelib'])

fake = {'base': '/opt/app', 'platbase': '/opt/app', 'installed_base': '/opt/app',
        'installed_platbase': '/opt/app', 'userbase': '/home/me/.local'}
print(sysconfig.get_path('purelib', vars=fake), sysconfig.get_path('scripts', 'posix_home', fake))
print(sysconfig.get_paths('posix_user', vars=fake)['purelib'])
print(sysconfig.get_path('data', 'nt', fake))

for bad in (lambda: sysconfig.get_paths('no_scheme'), lambda: sysconfig.get_path('no_path'),
            lambda: sysconfig.get_preferred_scheme('nowhere')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
