# argparse, everyday use: a file tool with positionals and optionals of every common action
# (store, store_const, store_true/false, append, append_const, count, extend, version,
# BooleanOptionalAction), nargs ('?', '*', '+', N), choices, type, defaults with %(default)s help,
# the full help and usage text (COLUMNS fixed), and the errors: missing, invalid choice, invalid
# type, wrong argument counts, unrecognized and abbreviated options, -h and --version exits.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
import argparse

def run(p, args):
    err = io.StringIO(); out = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        r = p.parse_args(args)
        res = repr(r)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stderr, sys.stdout = old
    print(args, '->', res)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and many other objects, described at length here.', epilog='See the manual for more.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-o', '--output', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', type=int, choices=[1, 2, 3], help='a number among %(choices)s')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('-I', action='append', dest='include', metavar='DIR')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colorize')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_usage(), end='')
print(p.format_help(), end='')
for a in (['a'], ['a', 'b', '-vv', '-o', 'x'], [], ['-n', '4', 'a'], ['-n', 'x', 'a'], ['--mode', 'medium', 'a'],
          ['-qIa', '-I', 'b', 'f'], ['--const', '--tag', '--tag', 'f'], ['--ext', 'a', 'b', '--ext', 'c', '--', 'f'],
          ['--pair', 'a', 'b', 'f'], ['--pair', 'a', 'f'], ['--opt', 'f'], ['f', '--opt'], ['f', '--opt', 'x'],
          ['--star', 'f'], ['f', '--star'], ['f', '--no-color'], ['--vers'], ['-h'], ['f', '--output=y', '--mo=slow'],
          ['f', '--bogus', 'x'], ['f', '-vvq'], ['f', '--o', 'z'], ['-n3', 'f'], ['-o'], ['f', '-x']):
    run(p, a)
print(repr(p))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
