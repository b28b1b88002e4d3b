"""An interactive interpreter inside a program (Immortal's own implementation of CPython 3.12's
code module).

InteractiveInterpreter compiles and runs source in its own namespace (compile_command decides
whether more lines are needed) and reports errors the way the interactive interpreter does;
InteractiveConsole adds the prompt loop over raw_input() (input() by default) with a buffer for
multi-line statements; interact() runs one. Errors and the banner go through write(), which
writes to sys.stderr unless a subclass says otherwise."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


class InteractiveInterpreter:
    """Runs source in a namespace (self.locals) and shows its errors; no prompting or input."""

    def __init__(self, locals=None):
        """locals: the namespace the code runs in, by default {'__name__': '__console__',
        '__doc__': None}."""
        self.locals = {'__name__': '__console__', '__doc__': None} if locals is None else locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Compile and run source (arguments as for compile_command).

        A syntax error is shown (showsyntaxerror) and False returned; an incomplete command
        returns True and runs nothing; a complete one runs (runcode) and returns False.
        """
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True  # wait for more lines
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals; any exception but SystemExit is shown."""
        try:
            exec(code, self.locals)
        except BaseException as exc:
            if isinstance(exc, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Write the syntax error being handled, without a traceback. With filename, a plain
        SyntaxError is shown as coming from that file."""
        kind, error, tb = sys.exc_info()
        sys.last_exc = sys.last_value = error
        sys.last_type, sys.last_traceback = kind, tb
        if filename and kind is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = error.args
            except ValueError:
                pass
            else:
                error = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_exc = sys.last_value = error
        if sys.excepthook is not sys.__excepthook__:
            sys.excepthook(kind, error, tb)
            return
        self.write(''.join(traceback.format_exception_only(kind, error)))

    def showtraceback(self):
        """Write the traceback of the exception being handled, less its first entry (this
        module's own frame)."""
        info = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = info
        sys.last_exc = info[1]
        try:
            if sys.excepthook is sys.__excepthook__:
                self.write(''.join(traceback.format_exception(info[0], info[1], info[2].tb_next)))
            else:
                sys.excepthook(*info)
        finally:
            info = None

    def write(self, data):
        """Write data to sys.stderr (subclasses may send it elsewhere)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive loop like python's own: prompts sys.ps1/sys.ps2, buffered multi-line input."""

    def __init__(self, locals=None, filename='<console>'):
        """filename names the input in tracebacks."""
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished command."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read, run and repeat until end of input.

        banner: printed first (default: the Python version and this class's name; '' for none).
        exitmsg: printed at the end (default 'now exiting <class>...'; '' for none).
        """
        for name, prompt in (('ps1', '>>> '), ('ps2', '... ')):
            if not hasattr(sys, name):
                setattr(sys, name, prompt)
        if banner is None:
            notice = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write('Python %s on %s\n%s\n(%s)\n' % (sys.version, sys.platform, notice,
                                                       type(self).__name__))
        elif banner:
            self.write('%s\n' % str(banner))
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write('\n')
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line (without its newline) to the buffer and run the buffered command.

        Returns True while the command is incomplete (the buffer is kept), False once it was run
        or rejected (the buffer is emptied).
        """
        self.buffer.append(line)
        more = self.runsource('\n'.join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        """Prompt and read a line without its newline (EOFError at the end); input() by default."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole on the namespace `local`, reading lines with readfunc (input()
    by default, with readline's line editing when that module exists)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401  (line editing for input())
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true', help="don't print version and copyright messages")
    args = parser.parse_args()
    interact('' if args.q or sys.flags.quiet else None)
