# os: process groups, sessions and credentials (getpgid, getpgrp, getsid, getresuid, getresgid, killpg),
# CPU affinity and priority ranges (sched_getaffinity, sched_get_priority_max/min), terminals (ttyname,
# tcgetpgrp), descriptor flags (get_blocking, get_inheritable) and fchdir; checked against /proc.
import os

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(' ', label, '->', type(e).__name__, e)
    else:
        print(' ', label, '->', r)

def stat_fields(pid):
    text = open('/proc/%s/stat' % pid).read()
    return text[text.rindex(')') + 2:].split()

print('groups and sessions')
me = stat_fields('self')
print(' ', os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()) == int(me[2]))
print(' ', os.getsid(0) == os.getsid(os.getpid()) == int(me[3]))
print(' ', os.getpgid(os.getppid()) == int(stat_fields(os.getppid())[2]), os.getsid(1) == int(stat_fields(1)[3]))
print(' ', type(os.getpgrp()).__name__, os.getpgid(pid=0) == os.getpgrp())
attempt('getpgid(no such pid)', os.getpgid, 2**22 + 12345)
attempt('getsid(-1)', os.getsid, -1)
attempt("getpgid('x')", os.getpgid, 'x')
attempt('getpgid()', os.getpgid)
attempt('getpgrp(1)', os.getpgrp, 1)
attempt('getsid(pid=1)', os.getsid, pid=1)

print('credentials')
status = dict(l.split(':', 1) for l in open('/proc/self/status').read().splitlines())
r = os.getresuid()
print(' ', type(r).__name__, len(r), r == tuple(int(x) for x in status['Uid'].split()[:3]))
print(' ', r[0] == os.getuid(), r[1] == os.geteuid(), os.getresgid()[:2] == (os.getgid(), os.getegid()))
attempt('getresuid(0)', os.getresuid, 0)

print('killpg')
print(' ', os.killpg(os.getpgrp(), 0), os.killpg(0, 0))
attempt('killpg(no such group)', os.killpg, 2**22 + 12345, 0)
attempt('killpg(-1, 0)', os.killpg, -1, 0)
attempt('killpg(pgrp, 999)', os.killpg, os.getpgrp(), 999)
attempt('killpg(1)', os.killpg, 1)
attempt('abort(1)', os.abort, 1)

print('scheduling')
cpus = os.sched_getaffinity(0)
print(' ', type(cpus).__name__, 1 <= len(cpus) <= os.cpu_count(), all(type(c) is int and c >= 0 for c in cpus))
allowed = set()
for part in status['Cpus_allowed_list'].strip().split(','):
    lo, _, hi = part.partition('-')
    allowed.update(range(int(lo), int(hi or lo) + 1))
print(' ', os.sched_getaffinity(os.getpid()) == allowed, cpus <= allowed)
attempt('sched_getaffinity(-1)', os.sched_getaffinity, -1)
attempt("sched_getaffinity('x')", os.sched_getaffinity, 'x')
for policy in ('SCHED_OTHER', 'SCHED_FIFO', 'SCHED_RR', 'SCHED_BATCH', 'SCHED_IDLE'):
    p = getattr(os, policy)
    print(' ', policy, os.sched_get_priority_min(p), os.sched_get_priority_max(policy=p))
attempt('sched_get_priority_max(-1)', os.sched_get_priority_max, -1)
attempt('sched_get_priority_min(99)', os.sched_get_priority_min, 99)

print('terminals and descriptor flags')
root = '_os_process_groups_tmp'
if not os.path.isdir(root):
    os.mkdir(root)
name = os.path.join(root, 'f.txt')
fd = os.open(name, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
attempt('ttyname(file)', os.ttyname, fd)
attempt('tcgetpgrp(file)', os.tcgetpgrp, fd)
attempt('ttyname(closed)', os.ttyname, 1000)
attempt('tcgetpgrp(closed)', os.tcgetpgrp, 1000)
attempt('ttyname(-1)', os.ttyname, -1)
print(' ', os.get_blocking(fd), os.get_inheritable(fd))
fd2 = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
print(' ', os.get_blocking(fd2), os.get_inheritable(fd2))
os.close(fd2)
attempt('get_blocking(closed)', os.get_blocking, 1000)
attempt('get_inheritable(-1)', os.get_inheritable, -1)
attempt("get_blocking('x')", os.get_blocking, 'x')

print('fchdir')
here = os.getcwd()
dfd = os.open(root, os.O_RDONLY)
os.fchdir(dfd)
print(' ', os.getcwd() == os.path.join(here, root), os.path.exists('f.txt'))
os.chdir(here)

class Dir:
    def fileno(self):
        return dfd

os.fchdir(Dir())
print(' ', os.path.basename(os.getcwd()))
os.chdir(here)
os.close(dfd)
attempt('fchdir(file)', os.fchdir, fd)
attempt('fchdir(closed)', os.fchdir, 1000)
attempt('fchdir(-1)', os.fchdir, -1)
attempt("fchdir('x')", os.fchdir, 'x')
os.close(fd)
os.remove(name)
os.rmdir(root)
print(' ', os.getcwd() == here)
