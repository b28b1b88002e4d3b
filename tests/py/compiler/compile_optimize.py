# compile(..., optimize=N): 1 drops asserts and makes __debug__ False, 2 also drops docstrings; -1 is
# the interpreter's level (0 without -O); other values are refused.
src = '"module doc"\nassert False, "boom"\nprint(__debug__, globals().get("__doc__"))\ndef f():\n    "function doc"\nprint(f.__doc__)\n'
for level in (-2, 3, 2, 1, 0, -1):
    try:
        code = compile(src, 'opt', 'exec', optimize=level)
        exec(code, {'__builtins__': __builtins__})
    except Exception as e:
        print(level, type(e).__name__, e)
try:
    compile('x', 's', 'exec', flags=0x400, optimize=7)
except ValueError as e:
    print(e)
print(eval(compile('__debug__', 'e', 'eval', optimize=1)), eval(compile('__debug__', 'e', 'eval')))
