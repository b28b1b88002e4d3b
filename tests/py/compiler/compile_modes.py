# compile() in its three modes: 'eval' takes one expression list (then only blank lines), 'single'
# one statement (a compound one must end its input), 'exec' any module. Their SyntaxErrors, with
# CPython's locations and quoted text: the end of eval/single input has no implicit newline, and
# errors found after parsing quote the line of the file named by `filename` (None when there is none).


def show(src, mode, filename='<m>'):
    try:
        c = compile(src, filename, mode)
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        consts = [k for k in c.co_consts if not hasattr(k, 'co_code')]
        print(mode, repr(src), 'ok', consts)


common = ['', '\n', '\n\n', '# c', '# c\n', '  # c\n', '   ', ' 1', '1 2', '*a,', '*a', 'a, *b', '1,',
          'yield 1', '(yield)', 'await x', 'x := 1', '1\n\n\n', '1 # c\n# d\n', '1\n 2', 'if 1: pass',
          '1 if 2', 'x = ', '(1', 'f(**)', '1;2', '1;', 'a.b = 1', 'del x', '"a" "b"', 'x\n=1', ' \n1',
          '\\\n1', '1\\\n', '\\', 'x\\', 'a b c', 'print "x"', 'import os', 'pass', 'x = 1', '$', '1\n$']
for mode in ['eval', 'single', 'exec']:
    for src in common:
        show(src, mode)

for src in ['if 1:\n  pass\n', 'if 1:\n  pass', 'if 1:\n  pass\n\n', 'def f():\n  return 1\n',
            'for x in y: pass\nelse: pass\n', 'x = 1\n', '1\n# c\n', '1\n  # c\n2', 'if 1:\n  pass\n  x\n y',
            'import os; os', '@d\ndef f(): pass\n', 'if 1:\n  pass\nelse:\n  pass\n# x\n', 'if 1: pass\n',
            'while 1: pass', 'if 1:\n pass\nelse: pass', 'if 1:\n pass\nelse: pass\n', 'x +', 'x +\n',
            'class A: pass', 'try: pass\nfinally: pass', 'if 1: pass\nx', 'if 1:\n pass\nx', 'if 1:', 'if 1:\n',
            'x=1;y=2', 'if 1:\n  pass\nx=1\n']:
    show(src, 'single')

# Errors the compiler finds after parsing quote the named file's line, or nothing.
for mode, src in [('exec', 'return'), ('exec', 'x = 1\nnonlocal x'), ('single', 'yield 1'), ('eval', '(yield)'),
                  ('exec', 'def f(x, x): pass')]:
    show(src, mode)
    show(src, mode, __file__)

# What each mode evaluates.
print(eval('1 + 2\n\n'), eval(' \n3'), eval('4,'))
ns = {}
exec(compile('x = 5; y = x * 2', '<m>', 'single'), ns)
print(ns['x'], ns['y'])
exec(compile('if 1:\n  z = 7\n', '<m>', 'single'), ns)
print(ns['z'])
