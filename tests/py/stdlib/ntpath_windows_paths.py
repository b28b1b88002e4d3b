# ntpath: Windows path syntax on a POSIX host: drives, UNC shares, both separators, joining,
# splitting, normalizing, relpath/commonpath, environment expansion, str and bytes, type errors.
import ntpath
import os

PATHS = ['', 'a', 'C:', 'c:foo', 'C:\\', 'C:/Users/Barney', 'C:///spam///ham', '\\\\server\\share',
         '//server/share/dir/file.txt', '\\\\?\\UNC\\srv\\shr\\f', '\\\\?\\C:\\x', '\\\\server',
         '\\\\server\\', 'dir\\sub\\', 'x\\..\\y', '..\\..\\x', 'C:\\..\\..\\a', '.bashrc',
         'archive.tar.gz', 'a\\\\b//c\\.\\d', 'Windows/notepad', '\\rooted\\path']
for p in PATHS:
    print('%-30r %-40r %r' % (p, ntpath.splitroot(p), ntpath.split(p)))
    print('   ', ntpath.splitdrive(p), ntpath.splitext(p), ntpath.normpath(p), ntpath.isabs(p),
          ntpath.basename(p), ntpath.dirname(p), ntpath.normcase(p), ntpath.ismount(p) if ntpath.isabs(p) else '-')
for parts in [('C:', 'a', 'b'), ('C:\\a', 'D:b'), ('C:\\a', 'c:b'), ('C:\\a', '\\b'), ('a', 'C:\\b', 'c'),
              ('\\\\srv\\shr', 'dir', 'f'), ('\\\\srv\\shr\\', 'f'), ('a/', 'b\\', 'c'), ('', ''), ('', 'a'),
              ('C:', ''), ('c:', 'C:x')]:
    print('join', parts, '->', ntpath.join(*parts))
print(ntpath.join(b'C:', b'x'), ntpath.normpath(b'a/b/../c'), ntpath.splitroot(b'//s/h/x'), ntpath.isabs(b'\\x'))
for path, start in [('C:\\a\\b\\c', 'C:\\a\\d'), ('C:\\A\\b', 'c:\\a'), ('a\\b', 'a\\c\\d'), ('x', 'x'),
                    ('\\\\s\\h\\x', '\\\\S\\H\\y\\z')]:
    print('relpath', path, start, '->', ntpath.relpath(path, start))
for paths in [['C:\\a\\b', 'c:\\A\\c'], ['a\\b\\c', 'a\\b'], ['\\\\s\\h\\x', '\\\\S\\h\\y'], ['a/./b', 'a\\b\\c']]:
    print('commonpath', paths, '->', ntpath.commonpath(paths))
print(ntpath.commonprefix(['C:\\abc', 'C:\\abd', 'C:\\ab']), repr(ntpath.commonprefix([])))

os.environ.update({'USERPROFILE': 'C:\\Users\\alice', 'USERNAME': 'alice', 'FOO': 'foo-val'})
for p in ['~', '~\\docs', '~alice/x', '~bob\\x', 'x~', '%FOO%\\x', '$FOO/${FOO}', "'$FOO' $FOO",
          '%%a%% $$b', '%NOPE%', '${NOPE}', '$NOPE-x', '%unterminated', '${unterminated', "'unterminated"]:
    print('expand', repr(p), repr(ntpath.expanduser(p)), repr(ntpath.expandvars(p)))
print(ntpath.expandvars(b'$FOO %FOO%'))
del os.environ['USERPROFILE']
print(ntpath.expanduser('~\\x'))
os.environ.update({'HOMEDRIVE': 'D:', 'HOMEPATH': '\\home\\alice'})
print(ntpath.expanduser('~\\x'), ntpath.expanduser('~carol'))

for func, args in [(ntpath.join, ('a', 1)), (ntpath.join, ('a', b'b')), (ntpath.join, (5,)),
                   (ntpath.relpath, ('',)), (ntpath.relpath, ('C:\\a', 'D:\\b')), (ntpath.relpath, ('a', b'b')),
                   (ntpath.commonpath, ([],)), (ntpath.commonpath, (['C:\\a', 'b'],)),
                   (ntpath.commonpath, (['C:\\a', 'D:\\b'],)), (ntpath.commonpath, (['a', b'b'],)),
                   (ntpath.split, (3,))]:
    try:
        func(*args)
    except (TypeError, ValueError) as e:
        print(func.__name__, type(e).__name__, e)
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.extsep, ntpath.curdir, ntpath.pardir,
      ntpath.defpath, ntpath.devnull, ntpath.supports_unicode_filenames, ntpath.isjunction('x'),
      ntpath.isdevdrive('x'), ntpath.realpath is ntpath.abspath)
print(ntpath.__all__)
