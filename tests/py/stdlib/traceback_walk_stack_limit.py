# traceback: StackSummary.extract(walk_stack(None)) starts at extract's caller with or without a
# limit, and a limit stops extract from asking the frame generator for more entries.
import sys
import traceback


def where(**kw):
    return [fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None), **kw)]


def outer():
    return inner()


def inner():
    return where(), where(limit=1), where(limit=2), where(limit=-1)


print(outer())


def frames():
    for n in (1, 2, 3):
        print('pulled', n)
        yield sys._getframe(), n


for limit in (2, 0, -1, None):
    print(limit, [fs.lineno for fs in traceback.StackSummary.extract(frames(), limit=limit)])
