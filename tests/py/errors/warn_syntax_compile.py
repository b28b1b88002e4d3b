# SyntaxWarnings from compile() and exec(): shown each time source is compiled (there is no
# registry), turned into SyntaxError by the 'error' filter, recorded by catch_warnings, ignored by
# the 'ignore' filter.
import warnings

code = compile('y = 2\nprint(y is 2)\n', 'fake_source', 'exec')
exec(code)
compile('y is 2', 'fake_source', 'exec')
exec("print('\\d')")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    compile("z = '\\d'\nz is 'x'\n(1, 2)()\n", 'recorded', 'exec')
for w in log:
    print(w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    compile('x is 1', 'ignored', 'exec')

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in ['a = 1\nb = a is 1\n', "s = 'ok'\nt = '\\q'\n", 'assert (1, 2)\n', '1if 1 else 0\n',
                'f = 5()\n', "x = '\\d' + 1 +\n"]:
        try:
            compile(src, 'as_error', 'exec')
            print('compiled', repr(src))
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
            if "'" in src:
                print('  text', repr(e.text))

print("done")
