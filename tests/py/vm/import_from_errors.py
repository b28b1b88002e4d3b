# `from m import x` failing: ImportError's name, path (the module's __file__) and name_from, the message
# for a module whose body is still running ("partially initialized", a circular import) and for one with
# no __file__, the "Did you mean" of the top-level report; sys.stdlib_module_names; and the args of
# SyntaxErrors found after parsing (the symtable's have only the message, codegen's the location too).
import os
import sys


def short(text):
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '').replace(os.path.dirname(os.__file__) + os.sep, '<lib>/')


try:
    import _fromcirc_a
except ImportError as e:
    print(short(str(e)), '|', e.name, os.path.basename(e.path), e.name_from)
try:
    from os import pth
except ImportError as e:
    print(short(str(e)), '|', e.name, os.path.basename(e.path), e.name_from)
try:
    from sys import nothing_here
except ImportError as e:
    print(str(e), '|', e.name, e.path, e.name_from)
print(type(sys.stdlib_module_names).__name__, 'json' in sys.stdlib_module_names, 'immortal' in sys.stdlib_module_names,
      sorted(sys.stdlib_module_names)[:3])

for src in ['def f(a, a): pass', 'nonlocal x', 'return', 'x = (', 'def g():\n    x = 1\n    global x', '\x00']:
    try:
        compile(src, '<prog>', 'exec')
    except SyntaxError as e:
        print(repr(e.args), '|', str(e), '|', e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
