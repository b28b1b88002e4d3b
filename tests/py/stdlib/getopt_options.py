# getopt: a small C-style command line (getopt with short options, attached and separate values,
# bundled flags, long options with '=' and unique prefixes, '--' and '-'), gnu_getopt intermixing
# (and '+' / POSIXLY_CORRECT stopping at the first argument), and every GetoptError (message, opt,
# args): unknown short/long option, missing value, unexpected value, ambiguous prefix.
import getopt
import os

SHORT = 'ho:vn:'
LONG = ['help', 'output=', 'verbose', 'number=', 'version', 'dry-run']


def show(func, argv, short=SHORT, long=LONG):
    try:
        opts, args = func(argv, short, long)
    except getopt.GetoptError as err:
        print(func.__name__, argv, '-> error:', err, '| opt =', repr(err.opt), '| args =', err.args)
        return
    print(func.__name__, argv, '->', opts, args)


cases = [
    ['-h'],
    ['-o', 'out.txt', 'in.txt'],
    ['-oout.txt', '-vv', 'a', 'b'],
    ['-vn3', 'x'],
    ['--output=o', '--verbose', 'file'],
    ['--output', 'o', '--', '-v', 'file'],
    ['--out', 'o', '--num=5', '--dry'],
    ['-', '-v'],
    ['file', '-v', '--help'],
    ['-x'],
    ['-o'],
    ['--output'],
    ['--help=yes'],
    ['--ver'],
    ['--unknown'],
    ['--dry-run=1'],
    [],
]
for argv in cases:
    show(getopt.getopt, argv)
for argv in cases:
    show(getopt.gnu_getopt, argv)

show(getopt.gnu_getopt, ['a', '-v', 'b'], '+' + SHORT)
show(getopt.getopt, ['--verbose'], SHORT, 'verbose')
show(getopt.getopt, ['--opt', 'x'], '', ('opt=',))
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['a', '-v', 'b'])
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('bad thing')
print(repr(e), str(e), repr(e.opt), e.msg)


def main(argv):
    """A realistic user: collect settings, complain like a real tool."""
    try:
        opts, files = getopt.gnu_getopt(argv, 'ho:vn:', ['help', 'output=', 'verbose', 'number='])
    except getopt.GetoptError as err:
        return 'usage error: %s' % err
    config = {'output': '-', 'verbose': 0, 'number': 1}
    for name, value in opts:
        if name in ('-o', '--output'):
            config['output'] = value
        elif name in ('-v', '--verbose'):
            config['verbose'] += 1
        elif name in ('-n', '--number'):
            config['number'] = int(value)
        elif name in ('-h', '--help'):
            return 'help requested'
    return config, files


print(main(['-v', 'a.txt', '--number', '4', '-vo', 'result', 'b.txt']))
print(main(['--numb=2']))
print(main(['--outp']))
