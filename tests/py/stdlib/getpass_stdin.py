# getpass: reading a password from stdin when the terminal can't be controlled (GetPassWarning,
# the echo warning and the prompt on the given stream), EOF, and getuser() from the environment.
# immortal-test: stdin=hunter2\nsecond line\n
import getpass
import io
import os
import warnings

stream = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    password = getpass.getpass('Secret: ', stream=stream)
    second = getpass.getpass(stream=stream)
    try:
        getpass.getpass('Third: ', stream=stream)
    except EOFError:
        print('EOFError')
print(repr(password), repr(second))
print(repr(stream.getvalue()))
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'from-username'
print(getpass.getuser())
os.environ['USER'] = 'from-user'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
os.environ['LOGNAME'] = 'from-logname'
print(getpass.getuser())
