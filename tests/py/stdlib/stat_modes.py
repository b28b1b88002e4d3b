# stat: the file-type and permission constants, S_IFMT/S_IMODE, every S_IS* predicate,
# filemode() for all file types and the setuid/setgid/sticky combinations, the errors for bad
# modes, and an `ls -l`-style listing of made-up directory entries.
import stat

types = [stat.S_IFREG, stat.S_IFDIR, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO,
         stat.S_IFSOCK]
checks = [stat.S_ISREG, stat.S_ISDIR, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO,
          stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for kind in types:
    mode = kind | 0o644
    print(oct(kind), stat.filemode(mode), [f.__name__ for f in checks if f(mode)],
          oct(stat.S_IFMT(mode)), oct(stat.S_IMODE(mode)))

for perms in (0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1666, 0o7777, 0o7000, 0, 0o111):
    print(oct(perms), stat.filemode(stat.S_IFREG | perms), stat.filemode(stat.S_IFDIR | perms))
print(stat.filemode(0o170777), stat.filemode(0o644), stat.filemode(True))
print(stat.S_IFMT(0xFFFFFFFF), stat.S_IMODE(0xFFFFFFFF), stat.filemode(0xFFFFFFFF))

print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID,
      stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(stat.S_ISUID, stat.S_ISGID, stat.S_ENFMT, stat.S_ISVTX, stat.S_IREAD, stat.S_IWRITE,
      stat.S_IEXEC)
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IRWXG, stat.S_IRGRP,
      stat.S_IWGRP, stat.S_IXGRP, stat.S_IRWXO, stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH)
print(stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT)
print(stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.UF_APPEND, stat.UF_OPAQUE, stat.UF_NOUNLINK,
      stat.UF_COMPRESSED, stat.UF_HIDDEN, stat.SF_ARCHIVED, stat.SF_IMMUTABLE, stat.SF_APPEND,
      stat.SF_NOUNLINK, stat.SF_SNAPSHOT)
print(sorted((name, getattr(stat, name)) for name in dir(stat)
             if name.startswith("FILE_ATTRIBUTE_")))
print(stat._filemode_table[0], stat._filemode_table[3])

for bad in ("644", 1.5, None, -1, 1 << 32, 1 << 64):
    for fn in (stat.S_IFMT, stat.filemode, stat.S_ISDIR):
        try:
            fn(bad)
        except (TypeError, OverflowError) as exc:
            print(fn.__name__, type(exc).__name__, exc)

entries = [("README.md", stat.S_IFREG | 0o644, 1200), ("bin", stat.S_IFDIR | 0o755, 4096),
           ("run.sh", stat.S_IFREG | 0o755, 88), ("latest", stat.S_IFLNK | 0o777, 9),
           ("tmp", stat.S_IFDIR | 0o1777, 4096), ("passwd", stat.S_IFREG | 0o4755, 5000),
           ("fifo", stat.S_IFIFO | 0o600, 0)]
for name, mode, size in sorted(entries):
    suffix = "/" if stat.S_ISDIR(mode) else "@" if stat.S_ISLNK(mode) else \
        "*" if stat.S_IMODE(mode) & stat.S_IXUSR and stat.S_ISREG(mode) else ""
    print("%s %6d %s%s" % (stat.filemode(mode), size, name, suffix))
group_writable = [n for n, m, _ in entries if m & stat.S_IWGRP]
print(group_writable, [n for n, m, _ in entries if m & stat.S_ISVTX])
