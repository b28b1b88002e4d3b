# subprocess.Popen: PIPE streams read with read()/iteration, communicate() with and without input
# (bytes and text), stdin written before communicate, the with-statement, wait/poll/returncode,
# repr, kill() of a finished child, CompletedProcess details and the module's public names.
import subprocess

PIPE = subprocess.PIPE

p = subprocess.Popen(['printf', 'alpha\\nbeta\\ngamma\\n'], stdout=PIPE)
print(p.wait(), p.poll(), p.returncode, isinstance(p.pid, int))
print([line for line in p.stdout])
p.stdout.close()
print(repr(p))

with subprocess.Popen(['sh', '-c', 'echo to-out; echo to-err >&2; exit 1'], stdout=PIPE, stderr=PIPE,
                      text=True) as p:
    out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
print(p.communicate())

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
p.stdin.write(b'written first\n')
out, err = p.communicate(b'then more\n')
print(out, err, p.returncode)
try:
    p.communicate(b'again')
except ValueError as e:
    print('ValueError:', e)

p = subprocess.Popen(['wc', '-l'], stdin=PIPE, stdout=PIPE, text=True)
for i in range(5):
    print('line', i, file=p.stdin)
print(p.communicate()[0].strip(), p.returncode)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, universal_newlines=True)
print(p.communicate('windows\r\nold mac\rend')[0].split('\n'))

p = subprocess.Popen(['sh', '-c', 'exit 3'])
print(p.wait(), p.wait(timeout=1))
p.kill()
p.terminate()
print(p.returncode)

p = subprocess.Popen(['echo', 'x' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p))

cp = subprocess.CompletedProcess(['prog', '-v'], 0, 'out', None)
print(repr(cp), cp.check_returncode())
cp = subprocess.CompletedProcess('prog', 2, None, b'err')
print(repr(cp))
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(e))
print(subprocess.CompletedProcess[str], subprocess.Popen[bytes])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('bufsize:', lambda: subprocess.Popen(['true'], bufsize='big'))
attempt('startupinfo:', lambda: subprocess.Popen(['true'], startupinfo=object()))
attempt('creationflags:', lambda: subprocess.Popen(['true'], creationflags=1))
attempt('missing:', lambda: subprocess.Popen(['definitely_not_a_program']))
e = subprocess.CalledProcessError(1, 'x')
e.stdout = b'set through stdout'
print(e.output, e.stderr)
