"""Windows path names (Immortal's own implementation of CPython 3.12's ntpath, as it behaves on a
non-Windows host).

Everything that only looks at strings (splitting, joining, normalizing, drive letters and UNC
shares, relpath, commonpath, environment expansion) gives Windows' answers for str and bytes
paths. Functions that need the file system use the host's, as CPython's ntpath does on Linux:
abspath joins with os.getcwd() and normalizes, realpath is abspath, isjunction and isdevdrive are
always False, ismount only recognizes drive and share roots."""

import genericpath
import os
import stat
import sys
from genericpath import *

# The Windows spellings of the path syntax.
sep, altsep, pathsep, extsep = '\\', '/', ';', '.'
curdir, pardir = '.', '..'
defpath = '.;C:\\bin'
devnull = 'nul'

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink',
           'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep',
           'extsep', 'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'samefile',
           'sameopenfile', 'samestat', 'commonpath', 'isjunction']

supports_unicode_filenames = True


class _Syntax:
    """The separator characters of str or of bytes paths."""

    def __init__(self, kind):
        def text(s):
            return s if kind is str else s.encode('ascii')
        self.sep, self.altsep, self.colon = text('\\'), text('/'), text(':')
        self.seps = text('\\/')
        self.curdir, self.pardir = text('.'), text('..')
        self.unc_prefix = text('\\\\?\\UNC\\')
        self.empty = text('')


_STR, _BYTES = _Syntax(str), _Syntax(bytes)


def _syntax(path):
    return _BYTES if isinstance(path, bytes) else _STR


def _get_bothseps(path):
    return _syntax(path).seps


def normcase(s):
    """Lower-case the path and turn slashes into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(normcase(os.fsdecode(s)))
    return s.replace('/', '\\').lower()


def isabs(s):
    """Whether the path is absolute: it starts with a slash, or with a drive letter and one."""
    s = os.fspath(s)
    syn = _syntax(s)
    head = s[:3].replace(syn.altsep, syn.sep)
    return head.startswith(syn.sep) or head.startswith(syn.colon + syn.sep, 1)


def splitroot(p):
    """(drive, root, tail): the drive letter or UNC share, the separator after it (or nothing),
    and the rest. splitroot('//server/share/x') == ('//server/share', '/', 'x')."""
    p = os.fspath(p)
    syn = _syntax(p)
    unified = p.replace(syn.altsep, syn.sep)
    if unified[:1] == syn.sep:
        if unified[1:2] != syn.sep:
            return syn.empty, p[:1], p[1:]
        # UNC: \\server\share (or \\?\UNC\server\share); without a share the whole path is the drive
        first = 8 if unified[:8].upper() == syn.unc_prefix else 2
        server_end = unified.find(syn.sep, first)
        share_end = -1 if server_end < 0 else unified.find(syn.sep, server_end + 1)
        if share_end < 0:
            return p, syn.empty, syn.empty
        return p[:share_end], p[share_end:share_end + 1], p[share_end + 1:]
    if unified[1:2] == syn.colon:
        root_len = 1 if unified[2:3] == syn.sep else 0
        return p[:2], p[2:2 + root_len], p[2 + root_len:]
    return syn.empty, syn.empty, p


def splitdrive(p):
    """(drive, rest) with drive + rest == p; the drive is a letter and colon or a UNC share."""
    drive, root, tail = splitroot(p)
    return drive, root + tail


def join(path, *paths):
    """Join path components the Windows way: an absolute component restarts the path, a new
    drive replaces the drive, and a separator is added between components when needed."""
    path = os.fspath(path)
    syn = _syntax(path)
    try:
        if not paths:
            path[:0] + syn.sep  # the same type error as with components
        drive, root, tail = splitroot(path)
        for part in map(os.fspath, paths):
            p_drive, p_root, p_tail = splitroot(part)
            if p_root:
                # an absolute component: keep our drive unless it names one
                if p_drive or not drive:
                    drive = p_drive
                root, tail = p_root, p_tail
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, tail = p_drive, p_root, p_tail
                    continue
                drive = p_drive  # the same drive, spelled differently
            if tail and tail[-1:] not in syn.seps:
                tail += syn.sep
            tail += p_tail
        # a UNC drive needs a separator before a relative tail ("c:" does not)
        if tail and not root and drive and drive[-1:] not in syn.colon + syn.seps:
            return drive + syn.sep + tail
        return drive + root + tail
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def split(p):
    """(head, tail): tail is the last component, head the rest without trailing separators
    (except the root's)."""
    p = os.fspath(p)
    seps = _get_bothseps(p)
    drive, root, rest = splitroot(p)
    cut = len(rest)
    while cut and rest[cut - 1:cut] not in seps:
        cut -= 1
    return drive + root + rest[:cut].rstrip(seps), rest[cut:]


def splitext(p):
    """(root, ext): ext is everything from the last dot of the last component (a leading dot
    of a name does not count)."""
    p = os.fspath(p)
    syn = _syntax(p)
    return genericpath._splitext(p, syn.sep, syn.altsep, syn.curdir)


def basename(p):
    """The last component of the path."""
    return split(p)[1]


def dirname(p):
    """The path without its last component."""
    return split(p)[0]


def isjunction(path):
    """Whether path is an NTFS junction: never, on this host."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Whether path is on a Windows Dev Drive: never, on this host."""
    return False


def lexists(path):
    """Whether path exists (True for a dangling symbolic link too)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether path is a drive root or the root of a share (no volumes here)."""
    path = os.fspath(path)
    seps = _get_bothseps(path)
    drive, root, rest = splitroot(abspath(path))
    if drive and drive[:1] in seps:
        return not rest
    return bool(root and not rest)


def expanduser(path):
    """Replace a leading ~ or ~user with the home directory (USERPROFILE, or HOMEDRIVE and
    HOMEPATH); the path is returned as it is when that can't be known."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    seps = _get_bothseps(path)
    end = 1
    while end < len(path) and path[end:end + 1] not in seps:
        end += 1
    environ = os.environ
    if 'USERPROFILE' in environ:
        home = environ['USERPROFILE']
    elif 'HOMEPATH' in environ:
        home = join(environ.get('HOMEDRIVE', ''), environ['HOMEPATH'])
    else:
        return path
    if end != 1:
        # ~user: another user's home is guessed as a sibling of ours
        user = path[1:end]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
        me = environ.get('USERNAME')
        if user != me:
            if me != basename(home):
                return path
            home = join(dirname(home), user)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[end:]


_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'


def expandvars(path):
    """Expand $name, ${name} and %name% from the environment; unknown names, $$, %% and text in
    single quotes are left alone."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if not any(c in path for c in (b'$', b'%')):
            return path
        text = os.fsdecode(path)
        environ = getattr(os, 'environb', None)
        lookup = ((lambda name: environ[os.fsencode(name)]) if environ is not None
                  else (lambda name: os.fsencode(os.environ[name])))
        return os.fsencode(_expand(text, lookup, os.fsdecode))
    if '$' not in path and '%' not in path:
        return path
    return _expand(path, lambda name: os.environ[name], lambda value: value)


def _expand(text, lookup, as_text):
    # lookup(name) raises KeyError for an unknown variable; as_text makes its value text again.
    def value_of(name, spelled):
        try:
            return as_text(lookup(name))
        except KeyError:
            return spelled
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            close = text.find("'", i + 1)
            if close < 0:
                out.append(text[i:])
                break
            out.append(text[i:close + 1])
            i = close + 1
        elif c == '%':
            if text[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            close = text.find('%', i + 1)
            if close < 0:
                out.append(text[i:])
                break
            name = text[i + 1:close]
            out.append(value_of(name, '%' + name + '%'))
            i = close + 1
        elif c == '$':
            following = text[i + 1:i + 2]
            if following == '$':
                out.append('$')
                i += 2
            elif following == '{':
                close = text.find('}', i + 2)
                if close < 0:
                    out.append(text[i:])
                    break
                name = text[i + 2:close]
                out.append(value_of(name, '${' + name + '}'))
                i = close + 1
            else:
                j = i + 1
                while j < n and text[j] in _NAME_CHARS:
                    j += 1
                name = text[i + 1:j]
                out.append(value_of(name, '$' + name))
                i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def normpath(path):
    """Normalize separators to backslashes and remove '.', empty and resolvable '..' components."""
    path = os.fspath(path)
    syn = _syntax(path)
    drive, root, tail = splitroot(path.replace(syn.altsep, syn.sep))
    parts = []
    for part in tail.split(syn.sep):
        if not part or part == syn.curdir:
            continue
        if part == syn.pardir:
            if parts and parts[-1] != syn.pardir:
                parts.pop()
                continue
            if root and not parts:
                continue  # '..' at the root stays at the root
        parts.append(part)
    if not drive and not root and not parts:
        return syn.curdir
    return drive + root + syn.sep.join(parts)


def _abspath_fallback(path):
    """The path joined to the current directory (when relative) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


abspath = _abspath_fallback
realpath = abspath


def relpath(path, start=None):
    """path relative to start (default the current directory); both on the same drive."""
    path = os.fspath(path)
    syn = _syntax(path)
    if start is None:
        start = syn.curdir
    if not path:
        raise ValueError('no path specified')
    start = os.fspath(start)
    try:
        start_drive, _, start_rest = splitroot(abspath(normpath(start)))
        path_drive, _, path_rest = splitroot(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError('path is on mount %r, start on mount %r' % (path_drive, start_drive))
        start_parts = [x for x in start_rest.split(syn.sep) if x]
        path_parts = [x for x in path_rest.split(syn.sep) if x]
        shared = 0
        for a, b in zip(start_parts, path_parts):
            if normcase(a) != normcase(b):
                break
            shared += 1
        parts = [syn.pardir] * (len(start_parts) - shared) + path_parts[shared:]
        return join(*parts) if parts else syn.curdir
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path that all the paths share (compared case-insensitively); they must be
    all absolute or all relative, on the same drive."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    syn = _syntax(paths[0])
    try:
        folded = [splitroot(p.replace(syn.altsep, syn.sep).lower()) for p in paths]
        if len({root for _, root, _ in folded}) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        if len({drive for drive, _, _ in folded}) != 1:
            raise ValueError("Paths don't have the same drive")

        def components(tail):
            return [c for c in tail.split(syn.sep) if c and c != syn.curdir]
        drive, root, tail = splitroot(paths[0].replace(syn.altsep, syn.sep))
        common = components(tail)
        lists = [components(t) for _, _, t in folded]
        low, high = min(lists), max(lists)
        size = len(low)
        for i, c in enumerate(low):
            if c != high[i]:
                size = i
                break
        return drive + root + syn.sep.join(common[:size])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
