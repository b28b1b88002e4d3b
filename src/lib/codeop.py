"""Compiling what a user typed at an interactive prompt (Immortal's own implementation of CPython
3.12's codeop).

compile_command(source) returns a code object when the source is a complete statement, None when
more lines could complete it, and raises SyntaxError (or ValueError, OverflowError) when nothing
could. It relies on compile()'s PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT flags, which
make a failure at the end of the input a SyntaxError('incomplete input'). CommandCompiler is the
same with memory: a `from __future__ import` it compiled stays in force for later commands."""

import __future__
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _is_blank(source):
    # only empty lines and comments
    return all(not line.strip() or line.strip().startswith('#') for line in source.split('\n'))


def _maybe_compile(compiler, source, filename, symbol):
    # A blank command is a complete one ('pass'), except for an expression.
    if symbol != 'eval' and _is_blank(source):
        source = 'pass'
    with warnings.catch_warnings():
        # warnings of a command still being typed would be shown again when it is complete
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            # Incomplete when a newline completes it, or when even then the input just ends early.
            try:
                compiler(source + '\n', filename, symbol)
                return None
            except SyntaxError as err:
                if 'incomplete input' in str(err):
                    return None
    # Complete (or plainly wrong): compiled once more without the flags, errors and warnings shown.
    return compiler(source, filename, symbol, incomplete_input=False)


def _is_syntax_error(err1, err2):
    # kept for code that used it: two errors that are the same, unless both are unclosed brackets
    first, second = repr(err1), repr(err2)
    if 'was never closed' in first and 'was never closed' in second:
        return False
    return first == second


def _compile(source, filename, symbol, incomplete_input=True):
    flags = PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT if incomplete_input else 0
    return compile(source, filename, symbol, flags)


def compile_command(source, filename='<input>', symbol='single'):
    r"""Compile a command, telling whether it is complete.

    source: the text typed (may contain \n); filename: the file name the code gets ('<input>');
    symbol: the grammar start symbol, 'single' (the default), 'exec' or 'eval'.
    Returns a code object for a complete and valid command, None for an incomplete one, and raises
    SyntaxError, ValueError or OverflowError for an invalid one.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the future statements of what it compiled and applies them to
    every later source."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        incomplete_flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT
        if kwargs.get('incomplete_input', True) is False:
            flags = self.flags & ~incomplete_flags
        else:
            flags = self.flags
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with a Compile inside, so that future statements stay in force."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        r"""Compile a command as compile_command() does (None when incomplete), with the future
        statements of earlier commands in force."""
        return _maybe_compile(self.compiler, source, filename, symbol)
