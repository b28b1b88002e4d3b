# The traceback object: tb_frame.f_globals of a frame that kept no locals, types.TracebackType(...)
# with its argument errors, the tb_next setter (type check, loop detection, no delete), the
# read-only fields and their messages, a synthetic traceback raised through, and a cut chain.
import types,sys
def f():
    raise ValueError('x')
try: f()
except ValueError as e: tb=e.__traceback__
print(type(tb.tb_next.tb_frame.f_globals), tb.tb_next.tb_frame.f_globals is globals(), tb.tb_lasti >= 0, tb.tb_next.tb_lineno)
for args in [(None, tb.tb_frame, 0, 1), (1, tb.tb_frame, 0, 1), (None, 1, 0, 1), (None, tb.tb_frame, 'x', 1), (None, tb.tb_frame, 0, 'y'), (None,), ()]:
  try: t=types.TracebackType(*args); print(t.tb_lasti, t.tb_lineno, t.tb_next)
  except Exception as e: print(type(e).__name__, e)
for v in [1, tb]:
  try: tb.tb_next = v
  except Exception as e: print(type(e).__name__, e)
try: del tb.tb_next
except Exception as e: print(type(e).__name__, e)
for a in ['tb_lineno', 'tb_frame', 'tb_lasti']:
  try: setattr(tb, a, 3)
  except Exception as e: print(type(e).__name__, e)
print([n for n in dir(tb) if not n.startswith('__')])
t2 = types.TracebackType(tb, tb.tb_frame, 4, 5)
try: tb.tb_next = t2
except Exception as e: print(type(e).__name__, e)
print(types.TracebackType(None, tb.tb_frame, 7, 5).tb_lasti)
tb.tb_next = None
print(tb.tb_next)
# a synthetic traceback raised through
t3 = types.TracebackType(None, sys._getframe(), 0, 99)
try:
    raise KeyError('k').with_traceback(t3)
except KeyError as e:
    print([x.tb_lineno for x in [e.__traceback__, e.__traceback__.tb_next]])
import traceback
try:
    f()
except ValueError as e:
    e.__traceback__.tb_next = None
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
