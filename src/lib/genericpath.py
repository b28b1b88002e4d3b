"""Path functions shared by posixpath and ntpath (Immortal's own implementation of CPython 3.12's
genericpath): the stat-based tests, commonprefix, samefile/samestat, and the helpers _splitext
and _check_arg_types that the OS-specific modules build on. Not meant to be used directly.
(Immortal's posixpath carries its own copies of these; ntpath imports them from here.)"""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'islink', 'samefile', 'sameopenfile', 'samestat']


def _mode(path, follow=True):
    # st_mode, or None where the path can't be stat()ed (missing, bad name, embedded NUL ...)
    try:
        return (os.stat(path) if follow else os.lstat(path)).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (False for a dangling symbolic link)."""
    return _mode(path) is not None


def isfile(path):
    """Whether path is, or links to, an existing regular file."""
    mode = _mode(path)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """Whether s is, or links to, an existing directory."""
    mode = _mode(s)
    return mode is not None and stat.S_ISDIR(mode)


def islink(path):
    """Whether path is a symbolic link (False where the platform has none)."""
    try:
        mode = _mode(path, follow=False)
    except AttributeError:
        return False
    return mode is not None and stat.S_ISLNK(mode)


def getsize(filename):
    """The size of a file in bytes, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of the last change of the file's contents, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of the last access to the file, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the last change of the file's metadata, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading part that every item of m starts with, compared item by item
    (characters of paths, or elements of lists and tuples)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The shortest common start of all items is that of the smallest and the largest.
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """Whether two stat results describe the same file (same inode on the same device)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (os.stat() errors propagate)."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split the extension from a pathname: (root, ext), ext running from the last dot of the
    last component to the end; leading dots of a name do not start an extension."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        name = p[last_sep + 1:dot]
        if name.strip(extsep):
            return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Called when a path function failed on its arguments: explain a wrong type or a str/bytes mix.
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {arg.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
