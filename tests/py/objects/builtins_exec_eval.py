# exec/eval/compile: namespaces, modes, code objects, the errors for bad arguments.
g = {}
exec('x = 1\ny = x + 1', g)
print(type(g['__builtins__']).__name__, g['x'], g['y'])
print(eval('x * 10', g), eval('a + b', {'a': 1}, {'b': 2}), eval('  3 + 4\n'))
loc = {}
exec('def sq(n):\n    return n * n\nr = sq(9)', {}, loc)
print(sorted(loc), loc['r'])
code = compile('total = sum(range(5))\nprint("total", total)', 'calc', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
expr = compile('2 ** 10', '<expr>', 'eval')
print(eval(expr), eval(expr))
exec(compile('40 + 2', '<single>', 'single'))
def f():
    z = 7
    return eval('z + 1'), eval('len(w)', {'w': 'abc'})
print(f())
exec('print(__name__)')
exec(b'print("from bytes")')
for bad in [lambda: exec('x', []), lambda: eval(5), lambda: compile('1', 'f', 'bad'),
            lambda: exec('1', None, 5), lambda: compile(3, 'f', 'exec'), lambda: eval('1', [])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    exec('raise KeyError("inside")')
except KeyError as e:
    print('KeyError', e)
try:
    eval('undefined_name_xyz')
except NameError as e:
    print('NameError', e)
