"""Path operations on POSIX paths (os.path), written for Immortal from the documented behaviour of
CPython's posixpath: pure string functions plus the few that ask the file system (exists, isfile,
isdir, getsize, ...). str and bytes paths are both accepted, as in CPython."""

import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath', 'commonpath', 'splitroot', 'isjunction']

# How POSIX spells paths (the str forms; bytes paths use the same characters).
sep, altsep, pathsep = '/', None, ':'
curdir, pardir, extsep = '.', '..', '.'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'      # the search path when PATH is not set
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


def _fspath_join(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return _fspath(p)
    raise TypeError


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = _fspath(a)
    s = _sep(a)
    path = a
    if not p:
        path[:0] + s  # a TypeError for a wrong type, as CPython
    try:
        for b in map(_fspath_join, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        elif not hasattr(type(s), '__fspath__'):
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(s).__name__)) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def split(p):
    p = _fspath(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    s = _sep(p)
    empty = p[:0]
    if p[:1] != s:
        return empty, empty, p
    if p[1:2] != s or p[2:3] == s:
        return empty, s, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head = p[:i]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        s, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    initial = 0
    if path.startswith(s):
        initial = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    comps = path.split(s)
    out = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    path = s.join(out)
    if initial:
        path = s * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


class _LinkDone:
    """A marker on realpath's work stack: the target of `link` is fully resolved once it is reached."""
    __slots__ = ('link',)

    def __init__(self, link):
        self.link = link


def realpath(filename, *, strict=False):
    # Components wait on a stack (the last one is next); a symbolic link's target is pushed in front of
    # what follows it, with a marker recording where the link led once its target is walked. A link met
    # again before its marker is a loop: strict raises ELOOP (through stat), otherwise the rest of the
    # path is returned unresolved, as CPython does. Missing components stop nothing unless strict.
    filename = _fspath(filename)
    sep = _sep(filename)
    dot, dotdot = ('.', '..') if sep == '/' else (b'.', b'..')
    resolved = sep if filename.startswith(sep) else filename[:0]
    todo = filename.split(sep)
    todo.reverse()
    targets = {}
    while todo:
        name = todo.pop()
        if type(name) is _LinkDone:
            targets[name.link] = resolved
            continue
        if not name or name == dot:
            continue
        if name == dotdot:
            # Up from what is resolved so far; a relative start climbs with '..' components.
            head, tail = split(resolved) if resolved else (resolved, dotdot)
            resolved = join(resolved, dotdot) if tail == dotdot else head
            continue
        candidate = join(resolved, name)
        try:
            mode = _posix.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            mode = 0
        if mode & 0o170000 != 0o120000:
            resolved = candidate
            continue
        if candidate in targets:
            known = targets[candidate]
            if known is not None:
                resolved = known
                continue
            if strict:
                _posix.stat(candidate)
            rest = [c for c in reversed(todo) if type(c) is not _LinkDone]
            return abspath(join(candidate, *rest))
        targets[candidate] = None
        target = _posix.readlink(candidate)
        if isinstance(target, str) and sep != '/':
            target = target.encode()
        todo.append(_LinkDone(candidate))
        pieces = target.split(sep)
        pieces.reverse()
        todo.extend(pieces)
        if target.startswith(sep):
            resolved = sep
    return abspath(resolved)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    if isinstance(path, bytes):
        cur, s, par = b'.', b'/', b'..'
    else:
        cur, s, par = '.', '/', '..'
    if start is None:
        start = cur
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(s) if x]
    path_list = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [par] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return cur
    return join(*rel_list)


def commonpath(paths):
    """The longest path, in whole components, that every path in paths starts with ('.' and empty
    components don't count). The paths must all be absolute or all relative, and all str or all
    bytes."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    slash, dot = (b'/', b'.') if isinstance(paths[0], bytes) else ('/', '.')
    rooted = {p[:1] == slash for p in paths}
    try:
        split = [[part for part in p.split(slash) if part and part != dot] for p in paths]
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(rooted) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    shared = split[0]
    for parts in split[1:]:
        n = 0
        for mine, theirs in zip(shared, parts):
            if mine != theirs:
                break
            n += 1
        del shared[n:]
    return (slash if rooted.pop() else slash[:0]) + slash.join(shared)


def expanduser(path):
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    s = _sep(path)
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(s)
    return (home + path[i:]) or s


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode()).encode()
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in _posix.environ:
            out.append(_posix.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _stat(path):
    try:
        return _posix.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    st = _stat(s)
    return st is not None and (st[0] & 0o170000) == 0o040000


def isfile(path):
    st = _stat(path)
    return st is not None and (st[0] & 0o170000) == 0o100000


def islink(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return (st[0] & 0o170000) == 0o120000


def isjunction(path):
    """Junctions are a Windows notion: on POSIX no path is one."""
    _fspath(path)
    return False


def ismount(path):
    path = abspath(_fspath(path))
    return path in ('/', b'/')


def getsize(filename):
    return _posix.stat(filename)[6]


def getatime(filename):
    return _posix.stat(filename).st_atime


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def getctime(filename):
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a = _posix.stat(f1)
    b = _posix.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    a = _posix.fstat(fp1)
    b = _posix.fstat(fp2)
    return a[1] == b[1] and a[2] == b[2]
