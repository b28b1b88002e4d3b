# os: running programs to completion (system, popen, spawn*), decoding wait statuses (W* functions,
# waitstatus_to_exitcode), uname/times results, device numbers, register_at_fork's checks.
import os
import sys


def attempt(f, *args, **kw):
    try:
        print(' ', f.__name__, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(' ', f.__name__, '!', type(e).__name__, e)


print('system')
sys.stdout.flush()
status = os.system('echo from the shell; exit 3')
print(' ', status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
sys.stdout.flush()
print(' ', os.system('true'), os.system('exit 255') >> 8)

print('popen')
with os.popen('printf "one\\ntwo\\nthree\\n"') as p:
    lines = [line.rstrip('\n') for line in p]
print(' ', lines)
p = os.popen('echo partial; exit 2')
print(' ', repr(p.read()), p.close())
p = os.popen('echo ok')
print(' ', p.read().strip(), p.close())
attempt(os.popen, 'ls', 'rw')
attempt(os.popen, 42)

print('spawn')
sys.stdout.flush()  # CPython forks: a child must not inherit unwritten output
print(' ', os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 5'))
print(' ', os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 0']))
print(' ', os.spawnv(os.P_WAIT, '/no/such/program', ['x']))
sys.stdout.flush()
env = {'GREETING': 'hello'}
print(' ', os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'test "$GREETING" = hello', env))
attempt(os.spawnv, os.P_WAIT, 'sh', 'not a list')
attempt(os.spawnv, os.P_WAIT, 'sh', [])

print('wait statuses')
for st in [0, 256, 3 << 8, 9, 0x80 | 6, 0x137f, 0xffff]:
    print(' ', hex(st), os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st))
for st in [0, 9, 7 << 8, 0x137f, -1]:
    attempt(os.waitstatus_to_exitcode, st)
attempt(os.WEXITSTATUS, 'x')

print('uname and times')
u = os.uname()
print(' ', type(u).__name__, len(u), u.sysname, u == (u.sysname, u.nodename, u.release, u.version, u.machine))
print(' ', repr(os.uname_result(('a', 'b', 'c', 'd', 'e'))))
t = os.times()
print(' ', type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed > 0, t[0] == t.user)
print(' ', repr(os.times_result((1, 2, 3, 4, 5))))
attempt(os.times_result, (1, 2))

print('devices')
for maj, mi in [(8, 1), (259, 70000), (0, 0), (4095, 255), (4096, 256)]:
    dev = os.makedev(maj, mi)
    print(' ', maj, mi, dev, os.major(dev), os.minor(dev))

print('misc')
print(' ', os.ctermid(), os.device_encoding(12345), os.sched_yield())
attempt(os.register_at_fork)
attempt(os.register_at_fork, before=1)
attempt(os.register_at_fork, after_in_child=lambda: None)
print(' ', os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG, os.P_WAIT, os.P_NOWAIT)
print(' ', os.RTLD_LAZY, os.RTLD_NOW, os.RTLD_GLOBAL, os.PRIO_PROCESS, os.PRIO_USER)
print(' ', os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0), type(os.getloadavg()).__name__, len(os.getloadavg()))
print(' ', type(os.getgroups()).__name__, all(type(g) is int for g in os.getgroups()))
print(' ', len(os.getrandom(16)), os.getrandom(0))
attempt(os.getrandom, -1)
print(' ', os.stat in os.supports_follow_symlinks, os.stat in os.supports_fd, type(os.supports_dir_fd).__name__)

print('waiting (no children left to wait for)')
for f, args in [(os.wait, ()), (os.waitpid, (-1, os.WNOHANG)), (os.waitpid, ('x', 0)), (os.wait3, (0,)),
                (os.wait4, (1, 0)), (os.waitid, (os.P_ALL, 0, os.WEXITED))]:
    attempt(f, *args)
print(' ', os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.WEXITED, os.WSTOPPED, os.WNOWAIT, os.P_ALL, os.P_PID)
print(' ', repr(os.waitid_result((1, 2, 3, 4, 5))))

print('environb')
os.environb[b'IMMORTAL_TEST_B'] = b'caf\xc3\xa9'
print(' ', os.environ['IMMORTAL_TEST_B'], os.environb[b'IMMORTAL_TEST_B'], os.getenvb(b'IMMORTAL_TEST_B'))
print(' ', b'IMMORTAL_TEST_B' in os.environb, os.supports_bytes_environ)
attempt(os.environb.__contains__, 'IMMORTAL_TEST_B')
sys.stdout.flush()  # CPython forks: a child must not inherit unwritten output
print(' ', os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'test "$IMMORTAL_TEST_B" = "café"'))
del os.environb[b'IMMORTAL_TEST_B']
print(' ', 'IMMORTAL_TEST_B' in os.environ, os.getenvb(b'IMMORTAL_TEST_B', b'gone'))
attempt(os.environb.__setitem__, 'k', b'v')
attempt(os.environb.__setitem__, b'k', 'v')
attempt(os.environb.__getitem__, b'IMMORTAL_NOT_SET')
print(' ', len(os.environb) == len(os.environ), sorted(os.environb.keys()) == sorted(k.encode() for k in os.environ))
