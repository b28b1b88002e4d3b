# os.statvfs/fstatvfs and os.statvfs_result (a struct sequence: 10 visible fields, f_fsid hidden),
# sysconf/confstr/pathconf/fpathconf with their *_names tables, and the Linux constants (ST_*, SCHED_*,
# CLD_*, RWF_* ...): values checked against what the system says another way (/proc, statvfs, cpu_count).
import os

def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(' ', label, '->', type(e).__name__, e, getattr(e, 'filename', None))
    else:
        print(' ', label, '->', type(r).__name__)

print('statvfs_result')
T = os.statvfs_result
print(' ', T.__module__, T.__name__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(' ', T.__match_args__)
r = T(range(10))
print(' ', r, r.f_fsid)
print(' ', T(range(11)).f_fsid, r[2:5], len(r))
attempt('statvfs_result(range(9))', T, range(9))

print('statvfs')
s = os.statvfs('/')
print(' ', type(s) is T, len(s), all(type(x) is int for x in s), type(s.f_fsid).__name__)
print(' ', s.f_bsize > 0, s.f_frsize > 0, s.f_blocks >= s.f_bfree >= s.f_bavail >= 0)
print(' ', s.f_files >= s.f_ffree, s.f_favail == s.f_ffree, s.f_namemax == os.pathconf('/', 'PC_NAME_MAX'))
print(' ', os.statvfs(b'/')[:2] == s[:2])
print(' ', s.f_flag & os.ST_RDONLY == 0, s.f_flag & ~0x3fff == 0)
p = os.statvfs('/proc')
print(' ', p.f_blocks, p.f_files, p.f_bsize == os.sysconf('SC_PAGESIZE'))
fd = os.open('/', os.O_RDONLY)
f = os.fstatvfs(fd)
print(' ', f.f_fsid == s.f_fsid, f.f_bsize == s.f_bsize, f.f_namemax == s.f_namemax, f.f_flag == s.f_flag)
print(' ', os.statvfs(fd).f_fsid == s.f_fsid, os.fpathconf(fd, 'PC_NAME_MAX') == s.f_namemax)
os.close(fd)
print(' ', os.statvfs in os.supports_fd, os.pathconf in os.supports_fd)
attempt('statvfs(missing)', os.statvfs, '/no/such/dir')
attempt('statvfs(1.5)', os.statvfs, 1.5)
attempt('fstatvfs(str)', os.fstatvfs, 'x')
attempt('fstatvfs(closed)', os.fstatvfs, 1000)
attempt('statvfs()', os.statvfs)

print('sysconf')
names = os.sysconf_names
print(' ', len(names), names['SC_ARG_MAX'], names['SC_PAGESIZE'], names['SC_PAGE_SIZE'], names['SC_MINSIGSTKSZ'])
print(' ', list(names) == sorted(names), list(os.confstr_names) == sorted(os.confstr_names))
print(' ', os.sysconf('SC_ARG_MAX') == os.sysconf(0), os.sysconf('SC_CLK_TCK'))
print(' ', os.sysconf('SC_NPROCESSORS_ONLN') == os.cpu_count())
print(' ', os.sysconf('SC_NPROCESSORS_CONF') >= os.sysconf('SC_NPROCESSORS_ONLN') >= 1)
meminfo = dict(l.split(':', 1) for l in open('/proc/meminfo').read().splitlines())
total = int(meminfo['MemTotal'].split()[0]) * 1024
print(' ', os.sysconf('SC_PHYS_PAGES') == total // os.sysconf('SC_PAGE_SIZE'))
print(' ', 0 < os.sysconf('SC_AVPHYS_PAGES') <= os.sysconf('SC_PHYS_PAGES'))
limits = {l[:26].strip(): l[26:].split()[0] for l in open('/proc/self/limits').read().splitlines()[1:]}
def limit(name):
    v = limits[name]
    return -1 if v == 'unlimited' else int(v)
stack = limit('Max stack size')
print(' ', os.sysconf('SC_OPEN_MAX') == limit('Max open files'),
      os.sysconf('SC_CHILD_MAX') == limit('Max processes'),
      os.sysconf('SC_SIGQUEUE_MAX') == limit('Max pending signals'),
      os.sysconf('SC_ARG_MAX') == (2**62 - 1 if stack < 0 else max(131072, stack // 4)))
print(' ', os.sysconf('SC_NGROUPS_MAX') == int(open('/proc/sys/kernel/ngroups_max').read()))
print(' ', [os.sysconf(n) for n in ('SC_CHAR_BIT', 'SC_INT_MAX', 'SC_LONG_BIT', 'SC_ULONG_MAX', 'SC_VERSION',
                                    'SC_XOPEN_VERSION', 'SC_IOV_MAX', 'SC_LINE_MAX', 'SC_TZNAME_MAX')])
print(' ', os.sysconf('SC_THREAD_STACK_MIN') >= 16384, os.sysconf('SC_MINSIGSTKSZ') >= 2048)
attempt('sysconf(SC_EQUIV_CLASS_MAX)', os.sysconf, 'SC_EQUIV_CLASS_MAX')
attempt('sysconf(FOO)', os.sysconf, 'FOO')
attempt('sysconf(1.5)', os.sysconf, 1.5)
attempt('sysconf(9999)', os.sysconf, 9999)
attempt('sysconf()', os.sysconf)

print('confstr')
print(' ', os.confstr('CS_PATH'), os.confstr(0), repr(os.confstr('CS_LFS_CFLAGS')))
print(' ', os.confstr('CS_GNU_LIBC_VERSION').split()[0], os.confstr('CS_GNU_LIBPTHREAD_VERSION').split()[0])
print(' ', os.confstr('CS_GNU_LIBC_VERSION').split()[1] == os.confstr('CS_GNU_LIBPTHREAD_VERSION').split()[1])
print(' ', len(os.confstr_names), os.confstr_names['CS_LFS64_CFLAGS'])
attempt('confstr(9999)', os.confstr, 9999)
attempt('confstr(X)', os.confstr, 'X')

print('pathconf')
print(' ', sorted(os.pathconf_names.items(), key=lambda kv: kv[1])[:4])
fixed = ['PC_MAX_CANON', 'PC_MAX_INPUT', 'PC_PATH_MAX', 'PC_PIPE_BUF', 'PC_NO_TRUNC', 'PC_VDISABLE', 'PC_SYNC_IO',
         'PC_PRIO_IO', 'PC_SOCK_MAXBUF', 'PC_REC_INCR_XFER_SIZE', 'PC_REC_MAX_XFER_SIZE', 'PC_SYMLINK_MAX']
print(' ', [os.pathconf('/', n) for n in fixed])
print(' ', os.pathconf('/', 'PC_REC_MIN_XFER_SIZE') == s.f_bsize, os.pathconf('/', 'PC_ALLOC_SIZE_MIN') == s.f_frsize,
      os.pathconf('/', 'PC_REC_XFER_ALIGN') == s.f_frsize, os.pathconf('/', 'PC_CHOWN_RESTRICTED'))
print(' ', os.pathconf('/', 'PC_ASYNC_IO'), os.pathconf('/etc/passwd', 'PC_ASYNC_IO'))
print(' ', os.pathconf('/proc', 'PC_LINK_MAX'), os.pathconf('/proc', 'PC_FILESIZEBITS'))
print(' ', os.pathconf('/', 'PC_LINK_MAX') > 0, os.pathconf('/', 'PC_FILESIZEBITS') in (32, 64))
print(' ', os.pathconf('/no/such', 'PC_MAX_CANON'), os.fpathconf(1000, 'PC_MAX_CANON'))
attempt('pathconf(missing, PC_NAME_MAX)', os.pathconf, '/no/such', 'PC_NAME_MAX')
attempt('pathconf(missing, PC_LINK_MAX)', os.pathconf, '/no/such', 'PC_LINK_MAX')
attempt('pathconf(/, 999)', os.pathconf, '/', 999)
attempt('pathconf(/, None)', os.pathconf, '/', None)
attempt('fpathconf(closed, PC_NAME_MAX)', os.fpathconf, 1000, 'PC_NAME_MAX')
attempt('fpathconf(-1)', os.fpathconf, -1, 'PC_MAX_CANON')
attempt('fpathconf(1)', os.fpathconf, 1)
attempt('pathconf(/)', os.pathconf, '/')

print('constants')
print(' ', os.ST_RDONLY, os.ST_NOSUID, os.ST_NODEV, os.ST_NOEXEC, os.ST_SYNCHRONOUS, os.ST_MANDLOCK, os.ST_WRITE,
      os.ST_APPEND, os.ST_NOATIME, os.ST_NODIRATIME, os.ST_RELATIME)
print(' ', os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE, os.SCHED_RESET_ON_FORK)
print(' ', os.CLD_EXITED, os.CLD_KILLED, os.CLD_DUMPED, os.CLD_TRAPPED, os.CLD_STOPPED, os.CLD_CONTINUED)
print(' ', os.RWF_HIPRI, os.RWF_DSYNC, os.RWF_SYNC, os.RWF_NOWAIT, os.RWF_APPEND, os.SEEK_DATA, os.SEEK_HOLE)
print(' ', os.POSIX_FADV_NORMAL, os.POSIX_FADV_RANDOM, os.POSIX_FADV_SEQUENTIAL, os.POSIX_FADV_WILLNEED,
      os.POSIX_FADV_DONTNEED, os.POSIX_FADV_NOREUSE, os.F_ULOCK, os.F_LOCK, os.F_TLOCK, os.F_TEST)
print(' ', os.GRND_NONBLOCK, os.GRND_RANDOM, os.EFD_SEMAPHORE, os.EFD_NONBLOCK, os.EFD_CLOEXEC,
      os.SPLICE_F_MOVE, os.SPLICE_F_NONBLOCK, os.SPLICE_F_MORE, os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE,
      os.POSIX_SPAWN_DUP2, os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)
clone = [n for n in dir(os) if n.startswith('CLONE_')]
print(' ', clone, sum(getattr(os, n) for n in clone))
mfd = sorted((getattr(os, n), n) for n in dir(os) if n.startswith('MFD_HUGE_') and n[-1] == 'B')
print(' ', [n for v, n in mfd], all(v >> os.MFD_HUGE_SHIFT & os.MFD_HUGE_MASK == v >> 26 for v, n in mfd))
print(' ', os.MFD_CLOEXEC, os.MFD_ALLOW_SEALING, os.MFD_HUGETLB, os.MFD_HUGE_2MB >> 26, os.MFD_HUGE_16GB >> 26)
