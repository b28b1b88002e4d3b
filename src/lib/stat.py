"""Constants and helpers for interpreting the st_mode and flags of os.stat() results.

Written for Immortal from the documented interface of CPython 3.12's stat module. The helpers
behave like CPython's C accelerator (_stat): the mode must be an int that fits a C unsigned int.
"""

# Positions inside the tuple that os.stat() returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types (the S_IFMT field of st_mode).
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Types that exist on other systems only (Solaris doors and event ports, BSD whiteouts).
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and special bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD st_flags values.
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes), defined everywhere.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def _as_mode(mode):
    # The C accelerator converts with an unsigned long conversion, then checks mode_t's range.
    if not isinstance(mode, int):
        raise TypeError('an integer is required')
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if mode >= 1 << 32:
        raise OverflowError('mode out of range')
    return int(mode)


def S_IMODE(mode):
    """The permission bits of mode (those that os.chmod() can set)."""
    return _as_mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return _as_mode(mode) & 0o170000


def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode is a FIFO's (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Whether mode is a door's (never, on this system)."""
    _as_mode(mode)
    return False


def S_ISPORT(mode):
    """Whether mode is an event port's (never, on this system)."""
    _as_mode(mode)
    return False


def S_ISWHT(mode):
    """Whether mode is a whiteout's (never, on this system)."""
    _as_mode(mode)
    return False


# For each of the ten characters filemode() writes: (bits, character) choices, first match wins.
_filemode_table = (
    ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
     (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p')),
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)

_TYPE_LETTERS = {
    S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
    S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p',
}


def filemode(mode):
    """The mode as `ls -l` shows it, e.g. '-rw-r--r--'."""
    mode = _as_mode(mode)
    out = [_TYPE_LETTERS.get(mode & 0o170000, '?')]
    for choices in _filemode_table[1:]:
        for bits, letter in choices:
            if mode & bits == bits:
                out.append(letter)
                break
        else:
            out.append('-')
    return ''.join(out)
