# signal: installing and reading handlers (signal/getsignal with SIG_DFL, SIG_IGN and callables,
# the handlers CPython starts with), delivering with raise_signal and pthread_kill to a Python
# handler, SIGINT's default_int_handler raising KeyboardInterrupt, and the errors for numbers out
# of range, uncatchable signals and handlers that are not callable.
import signal
import threading

received = []


def on_usr1(signum, frame):
    received.append((signum, type(signum).__name__, frame is not None))
    print('handler got', signal.Signals(signum).name)


print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGCHLD))
print(repr(signal.getsignal(signal.SIGUSR1)))

old = signal.signal(signal.SIGUSR1, on_usr1)
print('previous:', repr(old))
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(received)
print(signal.pthread_kill(threading.get_ident(), 0), signal.raise_signal(0))

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
print('ignored, received still', len(received))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.signal(signal.SIGUSR1, 1)), repr(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGUSR1, 0)

signal.raise_signal(signal.SIGWINCH)  # ignored by default
print('SIGWINCH default: nothing happened')

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('default_int_handler raised KeyboardInterrupt')

class Alarm(Exception):
    pass

def raiser(signum, frame):
    raise Alarm('from handler %d' % signum)

signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
except Alarm as e:
    print('handler exception:', e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('signal 0:', lambda: signal.signal(0, signal.SIG_DFL))
attempt('signal 65:', lambda: signal.signal(signal.NSIG, signal.SIG_DFL))
attempt('SIGKILL:', lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
attempt('SIGSTOP:', lambda: signal.signal(signal.SIGSTOP, signal.SIG_DFL))
attempt('handler 5:', lambda: signal.signal(signal.SIGUSR1, 5))
attempt('handler str:', lambda: signal.signal(signal.SIGUSR1, 'ignore'))
attempt('name:', lambda: signal.signal('SIGUSR1', signal.SIG_DFL))
attempt('getsignal -1:', lambda: signal.getsignal(-1))
attempt('getsignal 65:', lambda: signal.getsignal(65))
attempt('raise 99:', lambda: signal.raise_signal(99))
attempt('pthread_kill 99:', lambda: signal.pthread_kill(threading.get_ident(), 99))
