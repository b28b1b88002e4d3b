# linecache: what getlines() reads (coding cookies, a BOM, universal newlines, undecodable bytes
# give []), lazycache() entries from a module loader's get_source, checkcache() dropping changed
# files, and the module's __all__.
import linecache
import os

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, '_linecache_sources.tmp')


def lines_of(data):
    with open(path, 'wb') as f:
        f.write(data)
    linecache.checkcache()
    linecache.cache.pop(path, None)
    return linecache.getlines(path)


try:
    print(lines_of(b'a\nb\nno newline'))
    print(lines_of(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\ny\rz'))
    print(lines_of(b'\xef\xbb\xbfbom\n'))
    print(lines_of(b'x=1\n# coding: latin-1\n\xe9\n'))
    print(lines_of(b'\xff\xfe bad\n'))
    print(lines_of(b'#!/usr/bin/python\n# vim: set fileencoding=nosuchcodec :\nx\n'))
    print(lines_of(b'a\x0cb\n\xe2\x80\xa8c\n'))
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 0)), repr(linecache.getline(path, 9)))
    os.utime(path, (1, 1))
    linecache.checkcache(path)
    print(path in linecache.cache)
finally:
    os.remove(path)
linecache.checkcache()
print(path in linecache.cache)


class Loader:
    def get_source(self, name):
        return 'source of ' + name + '\nsecond line'


g = {'__name__': 'fake_mod', '__loader__': Loader()}
missing = os.path.join(here, 'no_such_module.py')
print(linecache.lazycache(missing, g), linecache.lazycache(missing, g), len(linecache.cache[missing]))
print(linecache.getlines(missing), linecache.cache[missing][:2], linecache.lazycache(missing, g))
print(linecache.lazycache('<string>', g), linecache.lazycache('', g), linecache.lazycache('x.py', {}))


class Spec:
    loader = Loader()


print(linecache.getline('no_such_rel.py', 2, {'__name__': 'via_spec', '__spec__': Spec()}))
print(sorted(linecache.__all__))
