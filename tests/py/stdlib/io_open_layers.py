# open() builds its layers as CPython's _io.open: mode checks and their messages, the binary-mode
# argument checks and the buffering=1 RuntimeWarning, unbuffered text refused after the file is opened,
# the buffer class by mode, line buffering, and FileIO's mode string ('w+' reads 'rb+').
import os, warnings
warnings.simplefilter('always')
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print('warning:', category.__name__, message)
p = f'/tmp/immortal-open-{os.getpid()}'
for args in [('rb', 1), ('wt', 0), ('w', 0), ('rbt', -1), ('rw', -1), ('+', -1), ('wb', 0), ('w+b', 5), ('r+', -1), ('a', 1)]:
    try:
        f = open(p, args[0], buffering=args[1])
        print(args, type(f).__name__, getattr(f, 'line_buffering', None), f.mode)
        f.close()
    except Exception as e:
        print(args, type(e).__name__, str(e).replace(p, 'P'))
for kw in [dict(encoding='utf-8'), dict(errors='strict'), dict(newline='')]:
    try: open(p, 'rb', **kw)
    except ValueError as e: print(e)
try: open(p, 'w', encoding='nope')
except LookupError as e: print(e)
os.unlink(p)
