# The top-level printer keeps a source line's trailing whitespace and so draws carets under a call
# that spans the rest of the line (traceback.print_exc strips both and draws none), and draws a
# single caret for an IndentationError whatever its end offset (print_exc draws the range).
# immortal-test: exit=1
import traceback


def fail(n):
    raise ValueError(n)  


def indentation():
    return IndentationError('unexpected indent', ('cfg.py', 2, 6, '    x = 1\n', 2, 9))


try:
    fail(1)
except ValueError:
    traceback.print_exc()
traceback.print_exception(indentation())
try:
    fail(2)
except ValueError as e:
    raise ExceptionGroup('both', [e, indentation()])
