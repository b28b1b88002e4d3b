# platform: uname() and its parts checked against os.uname(), the uname_result tuple (six items,
# five in the repr, processor found lazily, _asdict/_replace, pickling), platform()'s shape,
# architecture and libc_ver, python_version(_tuple), and the other systems' defaults.
import os
import pickle
import platform
import sys

u = platform.uname()
o = os.uname()
print(type(u).__name__, len(u), u._fields)
print(u is platform.uname())
print((u.system, u.node, u.release, u.version, u.machine) == tuple(o))
print(platform.system() == o.sysname, platform.node() == o.nodename, platform.release() == o.release,
      platform.version() == o.version, platform.machine() == o.machine)
print(isinstance(platform.processor(), str), u.processor == u[5] == u[-1] == platform.processor())
print(list(u)[:5] == list(o), u[:2] == (o.sysname, o.nodename))
print(sorted(u._asdict()))
print(u._replace(node='elsewhere').node, u._replace(node='elsewhere').system == u.system)
print(pickle.loads(pickle.dumps(u)) == u)

r = platform.uname_result('Plan9', 'box', '4', 'fourth', 'mips')
print(r)
print(list(r)[:5], len(r), r[1:3])
try:
    platform.uname_result('a', 'b', 'c', 'd', 'e', 'f')
except TypeError as e:
    print('TypeError')

text = platform.platform()
print(text.startswith('%s-%s' % (o.sysname, o.release)), ' ' not in text)
print(platform.platform(terse=True) == text if o.sysname == 'Linux' else True)
bits, linkage = platform.architecture()
print(bits, linkage)
print(platform.architecture('/etc/passwd')[1] == '', platform.architecture('/no/such/file')[1] == '')
name, ver = platform.libc_ver()
print(name, all(p.isdigit() for p in ver.split('.')))
print(platform.libc_ver('/etc/passwd'))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(x) for x in sys.version_info[:3]))
print(type(platform.python_build()).__name__, len(platform.python_build()))
print(type(platform.python_compiler()).__name__, platform.python_implementation() in ('CPython', 'Immortal'))
print(platform.python_branch() == '' or isinstance(platform.python_branch(), str))
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.java_ver())
print(platform.system_alias('Linux', '6.1', '#1'), platform.system_alias('SunOS', '5.9', 'x'))
