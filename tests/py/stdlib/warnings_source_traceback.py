# A warning about an object (source=) names where the object was allocated when tracemalloc traced
# it, and suggests tracing otherwise.
import io
import sys
import tracemalloc
import warnings

warnings.simplefilter('always')


class Resource:
    pass


def make():
    return Resource()


before = make()
tracemalloc.start(5)
traced = make()
captured = sys.stderr = io.StringIO()
warnings.warn('untraced', ResourceWarning, source=before)
warnings.warn('traced', ResourceWarning, source=traced)
tracemalloc.stop()
warnings.warn('stopped', ResourceWarning, source=traced)
sys.stderr = sys.__stderr__
print(captured.getvalue().replace(__file__, '<this file>'), end='')
