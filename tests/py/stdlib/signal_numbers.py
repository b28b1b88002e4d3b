# signal's numbers and enums: Signals (with its aliases SIGIOT, SIGCLD, SIGPOLL), Handlers and
# Sigmasks, NSIG/SIGRTMIN/SIGRTMAX, valid_signals, strsignal, the itimer constants and
# ItimerError, and what can be done without a timer or a pending signal: alarm(0), getitimer,
# setitimer(..., 0), pthread_sigmask, sigpending, siginterrupt, set_wakeup_fd.
import signal

print(list(signal.Signals.__members__))
print([int(s) for s in signal.Signals])
print(repr(signal.SIGINT), str(signal.SIGTERM), signal.SIGHUP.name, int(signal.SIGKILL))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.SIGIOT is signal.SIGABRT)
print(signal.Signals(2) is signal.SIGINT, signal.Signals['SIGSEGV'].value)
try:
    signal.Signals(32)
except ValueError as e:
    print('ValueError:', e)
print(list(signal.Handlers), list(signal.Sigmasks))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_SETMASK), signal.SIG_BLOCK + 0)
print(signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)

valid = signal.valid_signals()
print(type(valid).__name__, len(valid), min(valid), max(valid), 32 in valid, 33 in valid)
print(repr(min(valid)))
for n in (1, 2, 6, 9, 11, 13, 15, 17, 19, 28, 31, 32, 34, 40, 64):
    print(n, signal.strsignal(n))
for bad in (0, 65, 'x'):
    try:
        signal.strsignal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL), signal.setitimer(signal.ITIMER_REAL, 0))
print(signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]))
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])))
print(sorted(signal.pthread_sigmask(signal.SIG_SETMASK, [])))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.siginterrupt(signal.SIGUSR1, True))
print(signal.set_wakeup_fd(-1), signal.set_wakeup_fd(-1))
