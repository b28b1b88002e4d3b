# subprocess.run and its helpers: capturing stdout/stderr (bytes and text), merging stderr into
# stdout, DEVNULL, input, env, cwd, shell, check=True, CompletedProcess, CalledProcessError for
# exit codes and signals, TimeoutExpired, check_output/call/check_call/getoutput/getstatusoutput,
# list2cmdline, and the errors for bad arguments, missing programs and missing directories.
import subprocess
import sys

PIPE, STDOUT, DEVNULL = subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)
    print(repr(e))
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb\\n"; echo warn >&2'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))

r = subprocess.run(['sh', '-c', 'echo one; echo two >&2; echo three'], stdout=PIPE, stderr=STDOUT)
print(r.stdout, r.stderr)

r = subprocess.run(['sh', '-c', 'echo hidden; echo gone >&2'], stdout=DEVNULL, stderr=DEVNULL)
print(r)

r = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'shout this\n', capture_output=True)
print(r.stdout)
r = subprocess.run(['sort'], input='pear\napple\nfig\n', stdout=PIPE, text=True)
print(r.stdout.split())

r = subprocess.run(['sh', '-c', 'echo "$GREETING, $NAME"'], env={'GREETING': 'hello', 'NAME': 'world'},
                   stdout=PIPE, encoding='utf-8')
print(repr(r.stdout))
print(subprocess.run('pwd', shell=True, cwd='/', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['echo $0 $1', 'first', 'second'], shell=True, capture_output=True).stdout)
print(subprocess.run(['anything', 'from', 'echo'], executable='echo', capture_output=True).stdout)
print(subprocess.run('echo caf\u00e9', shell=True, capture_output=True, text=True).stdout, end='')

print('before the child', flush=True)
subprocess.run(['echo', 'the child writes here'])
print('after the child')

try:
    subprocess.run(['sh', '-c', 'exit 7'], check=True)
except subprocess.CalledProcessError as e:
    print(e, '|', repr(e))
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
print(subprocess.CalledProcessError(-200, 'cmd'))
print(subprocess.CalledProcessError(0, ['a', 'b']))

try:
    subprocess.run(['sh', '-c', 'echo partial; sleep 5'], capture_output=True, timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout, e.stdout, e.stderr)
print(subprocess.TimeoutExpired(['x'], 2.5, output=b'o'))

print(repr(subprocess.check_output(['echo', 'checked'])))
print(repr(subprocess.check_output('echo text; echo more >&2', shell=True, text=True, stderr=STDOUT)))
print(subprocess.call(['sh', '-c', 'exit 4']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(['sh', '-c', 'echo got this far; exit 2'])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output)
print(subprocess.getstatusoutput('echo status; exit 5'))
print(repr(subprocess.getoutput('echo first; echo second')))
print(subprocess.getstatusoutput('no_such_command_here_42 2>/dev/null'))

print(subprocess.list2cmdline(['plain', 'with space', 'quote"inside', 'trailing\\', 'both\\"', '', 'tab\there']))

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('missing program:', lambda: subprocess.run(['no_such_program_xyz']))
attempt('missing cwd:', lambda: subprocess.run(['true'], cwd='/no/such/dir'))
attempt('cwd is a file:', lambda: subprocess.run(['true'], cwd='/etc/passwd'))
attempt('not executable:', lambda: subprocess.run(['/etc/passwd']))
attempt('int arg:', lambda: subprocess.run(['echo', 1]))
attempt('stdin+input:', lambda: subprocess.run(['cat'], input=b'x', stdin=PIPE))
attempt('capture+stdout:', lambda: subprocess.run(['true'], capture_output=True, stdout=PIPE))
attempt('str input:', lambda: subprocess.run(['cat'], input='x', stdout=DEVNULL))
attempt('stdout=:', lambda: subprocess.check_output(['true'], stdout=PIPE))
attempt('bad env:', lambda: subprocess.run(['true'], env={'A=B': '1'}))
attempt('text clash:', lambda: subprocess.run(['true'], text=True, universal_newlines=False))
sys.stdout.flush()
