"""Running child processes: run(), the call/check_* helpers, getoutput/getstatusoutput and Popen.

Written for Immortal from the subprocess module's documentation. Immortal can only run a child from
start to end in one step (the native _subprocess.run, over Node's spawnSync), so:

- a Popen whose stdin is not PIPE runs its child to completion while it is being constructed; its
  stdout/stderr PIPEs are then in-memory streams holding everything the child wrote;
- a Popen with stdin=PIPE starts its child when the input is complete: at communicate(), wait(), when
  the with-block ends, or on the first read of its stdout/stderr (whatever was written to stdin by
  then, followed by end of file, is the child's input);
- timeouts kill the child (as run() does in CPython); Popen.communicate(timeout=...) cannot leave
  the child running afterwards;
- what needs a live child (writing to stdin after reading its output, signalling a child that has
  not finished) raises NotImplementedError.

Output written by a child to an inherited stdout/stderr appears after everything the program wrote
before the call (sys.stdout and sys.stderr are flushed first)."""

import os
import sys
import io
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process checked by check_call/check_output/run(check=True) exits nonzero."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd, self.output, self.stderr = returncode, cmd, output, stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            import signal
            try:
                how = repr(signal.Signals(-code))
            except ValueError:
                how = 'unknown signal %d' % -code
            return "Command '%s' died with %s." % (self.cmd, how)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """Alias for output, matching the name CompletedProcess uses."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout passes before the child process ends."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout, self.output, self.stderr = cmd, timeout, output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout/stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode, self.stdout, self.stderr = args, returncode, stdout, stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raises CalledProcessError when returncode is nonzero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _text_encoding():
    if sys.flags.utf8_mode:
        return 'utf-8'
    try:
        import locale
        return locale.getencoding()
    except (ImportError, AttributeError):
        return 'utf-8'


class _StdinPipe(io.BufferedIOBase):
    # Popen.stdin for stdin=PIPE: collects what is written until the child starts.

    def __init__(self, popen):
        super().__init__()
        self._popen = popen
        self._chunks = []

    def writable(self):
        return True

    def write(self, b):
        if self.closed:
            raise ValueError('write to closed file')
        if self._popen._started:
            raise NotImplementedError(
                "subprocess: Immortal cannot write to a child's stdin after it has started "
                "(the child runs to completion once its output is read)")
        data = bytes(memoryview(b))
        self._chunks.append(data)
        return len(data)

    def _take(self):
        data = b''.join(self._chunks)
        self._chunks = []
        return data

    def fileno(self):
        raise io.UnsupportedOperation('fileno')


class _PendingOutput:
    # Popen.stdout/stderr for a PIPE of a child that has not run yet: the first use runs it.

    def __init__(self, popen, which):
        self._popen = popen
        self._which = which

    def _stream(self):
        self._popen._ensure_started()
        return getattr(self._popen, '_' + self._which + '_stream')

    def __getattr__(self, name):
        # facts known before the child runs do not start it
        if name in ('encoding', 'errors') and self._popen.text_mode:
            return getattr(self._popen, name)
        return getattr(self._stream(), name)

    def readable(self):
        return True

    def __iter__(self):
        return iter(self._stream())

    def __next__(self):
        return next(self._stream())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self._popen._started:
            self._stream().close()

    @property
    def closed(self):
        return self._popen._started and self._stream().closed

    def __repr__(self):
        if self._popen._started:
            return repr(self._stream())
        return '<subprocess pipe %s of a child not started yet>' % self._which


def _fsdecode_arg(a):
    return os.fsdecode(os.fspath(a))


def _stream_spec(value, name):
    if value is None or value in (PIPE, DEVNULL):
        return value
    if value == STDOUT:
        if name == 'stderr':
            return value
        raise OSError(9, 'Bad file descriptor')
    if isinstance(value, int):
        if value < 0:
            raise OSError(9, 'Bad file descriptor')
        return value
    fileno = value.fileno()
    if hasattr(value, 'flush'):
        value.flush()
    return fileno


class Popen:
    """A child process. See the module docstring for how Immortal runs it."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self._setup(args, bufsize, executable, stdin, stdout, stderr, preexec_fn, close_fds, shell,
                    cwd, env, universal_newlines, startupinfo, creationflags, restore_signals,
                    start_new_session, pass_fds, user, group, extra_groups, encoding, errors, text,
                    umask, pipesize, process_group)
        if self._stdin_spec != PIPE:
            self._start(None, None)

    def _setup(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
               preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
               universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
               start_new_session=False, pass_fds=(), user=None, group=None, extra_groups=None,
               encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self._started = False
        self._communication_started = False
        self.args = args
        self.returncode = None
        self._pid = None
        self.stdin = self.stdout = self.stderr = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if startupinfo is not None:
            raise ValueError('startupinfo is only supported on Windows platforms')
        if creationflags != 0:
            raise ValueError('creationflags is only supported on Windows platforms')
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        for what, value, default in (('preexec_fn', preexec_fn, None), ('pass_fds', tuple(pass_fds), ()),
                                     ('user', user, None), ('group', group, None),
                                     ('extra_groups', extra_groups, None), ('umask', umask, -1),
                                     ('process_group', process_group, None)):
            if value != default:
                raise NotImplementedError('subprocess.Popen(%s=...) is not supported by Immortal yet' % what)
        self.universal_newlines = universal_newlines
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            encoding = _text_encoding()
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._bufsize = bufsize

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        self._argv = [_fsdecode_arg(a) for a in argv]
        self._executable = _fsdecode_arg(executable)
        self._cwd = None if cwd is None else _fsdecode_arg(cwd)
        self._cwd_given = cwd
        if env is None:
            self._env = None
        else:
            pairs = []
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError('illegal environment variable name')
                pairs.append('%s=%s' % (k, os.fsdecode(v)))
            self._env = pairs
        self._new_session = bool(start_new_session)
        self._stdin_spec = _stream_spec(stdin, 'stdin')
        self._stdout_spec = _stream_spec(stdout, 'stdout')
        self._stderr_spec = _stream_spec(stderr, 'stderr')
        if self._stdin_spec == PIPE:
            pipe = _StdinPipe(self)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(pipe, encoding, errors, write_through=True,
                                              line_buffering=(bufsize == 1))
            else:
                self.stdin = pipe
            if self._stdout_spec == PIPE:
                self.stdout = _PendingOutput(self, 'stdout')
            if self._stderr_spec == PIPE:
                self.stderr = _PendingOutput(self, 'stderr')
        self._stdout_stream = self._stderr_stream = None
        self._outputs = None

    @property
    def pid(self):
        if self._pid is None:
            raise NotImplementedError('subprocess: in Immortal a child with stdin=PIPE starts when its '
                                      'input is complete (communicate()); it has no pid before that')
        return self._pid

    def _start(self, input, timeout):
        # Runs the child to completion. input: bytes for stdin=PIPE (None otherwise).
        self._started = True
        if self._stdin_spec == PIPE:
            data = self._stdin_pipe()._take() + (input or b'')
            self.stdin.close()
        else:
            data = None
        if self._stdout_spec is None or self._stderr_spec is None:
            for f in (sys.stdout, sys.stderr):
                if f is not None:
                    f.flush()
        if isinstance(timeout, (int, float)) and timeout <= 0:
            timeout = 0.001
        cwd = self._cwd
        try:
            pid, code, out, err, timed_out = _subprocess.run(
                self._executable, self._argv, self._env, cwd, self._stdin_spec, data,
                self._stdout_spec, self._stderr_spec, timeout, self._new_session)
        except OSError as e:
            if cwd is not None and e.filename == cwd and self._cwd_given is not cwd:
                e.filename = self._cwd_given
            raise
        self._pid = pid
        self.returncode = code
        if self._stdout_spec == PIPE:
            self._stdout_stream = self._wrap(out)
        if self._stderr_spec == PIPE:
            self._stderr_stream = self._wrap(err)
        if self._stdin_spec != PIPE:
            self.stdout = self._stdout_stream
            self.stderr = self._stderr_stream
        if timed_out:
            # what the child wrote before it was stopped; None when it wrote nothing
            raise TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)

    def _stdin_pipe(self):
        return self.stdin.buffer if self.text_mode else self.stdin

    def _wrap(self, data):
        stream = io.BytesIO(data)
        if self.text_mode:
            return io.TextIOWrapper(stream, self.encoding, self.errors)
        return stream

    def _ensure_started(self):
        if not self._started:
            self._start(None, None)

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + '...>'
        return text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        if self.stdin is not None and not self._started:
            self._ensure_started()
        self.wait()

    def poll(self):
        """The return code, or None while the child waits for its input (stdin=PIPE)."""
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child (for stdin=PIPE: closes its input and runs it); returns returncode."""
        if not self._started:
            self._start(None, timeout)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Sends input (stdin=PIPE), waits for the end, returns (stdout, stderr) of the PIPEs."""
        if self._communication_started and input:
            raise ValueError('Cannot send input after starting communication')
        self._communication_started = True
        if not self._started:
            if input is not None and self._stdin_spec == PIPE:
                if self.text_mode:
                    if not isinstance(input, str):
                        raise TypeError('write() argument must be str, not %s' % type(input).__name__)
                    input = input.encode(self.encoding, self.errors or 'strict')
                else:
                    input = bytes(memoryview(input))
            else:
                input = None
            self._start(input, timeout)
        elif self.stdin is not None and not self.stdin.closed:
            self.stdin.close()
        # What was read stays: a later communicate() (after a timeout) answers all of it again.
        if self._outputs is None:
            self._outputs = [None, None]
        for i, stream in enumerate((self._stdout_stream, self._stderr_stream)):
            if stream is not None and not stream.closed:
                self._outputs[i] = (self._outputs[i] or stream.read(0)) + stream.read()
                stream.close()
        return tuple(self._outputs)

    def send_signal(self, sig):
        if self.returncode is not None:
            return
        raise NotImplementedError('subprocess: Immortal cannot signal a child that has not started '
                                  '(stdin=PIPE children start at communicate())')

    def terminate(self):
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self.send_signal(signal.SIGKILL)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command and waits for it; returns a CompletedProcess."""
    has_input = input is not None
    if has_input and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output and (kwargs.get('stdout'), kwargs.get('stderr')) != (None, None):
        raise ValueError('stdout and stderr arguments may not be used with capture_output.')
    if has_input:
        kwargs['stdin'] = PIPE
    if capture_output:
        kwargs.update(stdout=PIPE, stderr=PIPE)
    process = Popen.__new__(Popen)
    process._setup(*popenargs, **kwargs)
    if input is not None:
        if process.text_mode:
            if not isinstance(input, str):
                raise TypeError('write() argument must be str, not %s' % type(input).__name__)
            input = input.encode(process.encoding, process.errors or 'strict')
        elif isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        else:
            input = bytes(memoryview(input))
    process._communication_started = True
    process._start(input, timeout)
    out = err = None
    if process._stdout_stream is not None:
        out = process._stdout_stream.read()
    if process._stderr_stream is not None:
        err = process._stderr_stream.read()
    if check and process.returncode:
        raise CalledProcessError(process.returncode, process.args, output=out, stderr=err)
    return CompletedProcess(process.args, process.returncode, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command, waits for it, returns its return code."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Runs a command and waits for it; CalledProcessError unless it returns 0. Returns 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its standard output; CalledProcessError when it fails."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                   or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, stderr included, one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as ex:
        data = ex.output
        status = ex.returncode
    if data.endswith('\n'):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command, one trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Joins arguments into one command line quoted by the MS C runtime's rules."""
    out = []
    for arg in map(os.fsdecode, seq):
        quoted = arg == '' or ' ' in arg or '\t' in arg
        piece = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                # backslashes before a quote are doubled, and the quote itself escaped
                piece.append('\\' * (2 * slashes + 1) + '"')
            else:
                piece.append('\\' * slashes + ch)
            slashes = 0
        # trailing backslashes are doubled only where a closing quote follows them
        piece.append('\\' * (slashes * 2 if quoted else slashes))
        text = ''.join(piece)
        out.append('"%s"' % text if quoted else text)
    return ' '.join(out)
