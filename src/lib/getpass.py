"""Reading a password without echo, and finding the user's login name (Immortal's own
implementation of CPython 3.12's getpass).

getuser() takes LOGNAME, USER, LNAME or USERNAME from the environment, else the password database
entry of os.getuid(). getpass() follows CPython's unix_getpass: it prefers /dev/tty, else stdin.
Immortal has no termios, so echo can never be turned off: getpass() then does what CPython does
when the terminal can't be controlled, it issues GetPassWarning, prints "Warning: Password input
may be echoed." to the stream (stderr by default), reads one line from stdin with the prompt, and
ends the stream's line."""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password on the terminal (or stdin) and return it without its newline."""
    try:
        # CPython reads and writes the controlling terminal when there is one ...
        os.close(os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY))
    except OSError:
        pass
    # ... but without termios echo can't be turned off there or on stdin: CPython's fallback then
    # reads stdin, and the prompt and warning go to stream (stderr by default).
    stream = stream or sys.stderr
    password = fallback_getpass(prompt, stream)
    stream.write('\n')
    return password


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo on, after warning (GetPassWarning and a line on stream)."""
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt='', stream=None, input=None):
    # input() without readline: the prompt goes to stream, the line comes from input (stdin).
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            stream.write(prompt.encode(stream.encoding, 'replace').decode(stream.encoding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def getuser():
    """The login name: from the environment (LOGNAME, USER, LNAME, USERNAME), else the password
    database entry of the real user id (KeyError when it has none)."""
    for variable in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(variable)
        if name:
            return name
    import pwd
    return pwd.getpwuid(os.getuid())[0]


getpass = unix_getpass
