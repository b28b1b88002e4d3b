# argparse corner cases: help at several terminal widths (long option names, wrapping help, metavar
# tuples, nargs N, range choices, a dashed positional dest, a mutually exclusive group holding a
# positional, a description-only group), short options with '=' and attached values, '-' as a
# value, prefix_chars='+', usage=SUPPRESS, custom formatter widths, ArgumentDefaultsHelpFormatter's
# rules, convert_arg_line_to_args, a custom nargs=0 Action, nested subparsers with defaults,
# conflicting subparser names, a second add_subparsers, Namespace equality/contains/repr, and the
# module constants.
import io
import os
import sys
import argparse

def run(p, args, meth='parse_args'):
    err = io.StringIO(); out = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        r = getattr(p, meth)(args)
        res = repr(r)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    except Exception as e:
        res = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = old
    print(args, '->', res)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')

def build():
    p = argparse.ArgumentParser(prog='edge', description='Edge %(prog)s description.')
    p.add_argument('--an-extremely-long-option-name-for-testing', metavar='SOMETHING_LONG', help='this help text is long enough that it must wrap onto several lines at narrow widths')
    p.add_argument('-s', '--short', help='short')
    p.add_argument('--tuple', nargs='*', metavar=('A', 'B'))
    p.add_argument('--tplus', nargs='+', metavar=('X', 'Y'))
    p.add_argument('--three', nargs=3)
    p.add_argument('--one', nargs=1, type=int)
    p.add_argument('--rng', type=int, choices=range(3))
    p.add_argument('--req', required=True, help='required one')
    p.add_argument('kind', choices=['alpha', 'beta'], help='the kind')
    p.add_argument('my-arg', nargs='?', help='dashed dest %(default)r')
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--only')
    g2 = p.add_mutually_exclusive_group()
    g2.add_argument('--x1', action='store_true')
    g2.add_argument('pos', nargs='?', default='dflt')
    ag = p.add_argument_group(description='Group with only a description.')
    ag.add_argument('--in-group')
    return p
for cols in ('100', '30'):
    os.environ['COLUMNS'] = cols
    p = build()
    print('== COLUMNS', cols)
    print(p.format_help())
os.environ['COLUMNS'] = '80'
p = build()
for a in (['alpha', '--req', 'r', '--only', 'o'], ['gamma', '--req', 'r', '--only', 'o'], ['alpha', '--req', 'r'],
          ['alpha', 'd', 'e', '--req', 'r', '--only', 'o', '--x1'], ['beta', '--req=r', '--only=o', '--three', '1', '2'],
          ['beta', '--req=r', '--only=o', '--one', '5', '--rng', '7'], ['beta', '--req=r', '--only=o', '--rng', '2', '--tuple'],
          ['-s=v', 'alpha', '--req', '1', '--only', 'x'], ['-sv', 'alpha', '--req', '1', '--only', 'x', '-'],
          ['alpha', '--req', '1', '--only', 'x', '--tplus']):
    run(p, a)

p = argparse.ArgumentParser(prog='plus', prefix_chars='+')
p.add_argument('+f', '++foo', action='store_true', required=True)
print(p.format_help())
run(p, ['+f']); run(p, [])
p = argparse.ArgumentParser(prog='nohelp', add_help=False, usage=argparse.SUPPRESS, description='desc')
p.add_argument('x', type=lambda s: int(s, 16))
print(repr(p.format_help()))
run(p, ['zz']); run(p, ['ff'])
def bad_type(s):
    raise TypeError('nope')
p = argparse.ArgumentParser(prog='bt', exit_on_error=False)
p.add_argument('--v', type=bad_type)
p.add_argument('--w', type=float)
run(p, ['--v', '1']); run(p, ['--w', 'abc']); run(p, ['--zz'])
run(p, ['--v'])
p = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100))
p.add_argument('--medium-length-option', help='help here')
p.add_argument('--a', help='a')
print(p.format_help())
p = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--sup', default=argparse.SUPPRESS, help='suppressed default')
p.add_argument('--nohelp', default=3)
p.add_argument('--has', default=4, help='already %(default)s')
p.add_argument('pos', nargs='?', default='P', help='pos')
p.add_argument('pos2', default='Q', help='pos2')
print(p.format_help())
class Lines(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
import tempfile
fd, path = tempfile.mkstemp()
with os.fdopen(fd, 'w') as f:
    f.write('--a 1 --b 2\n\nextra\n')
p = Lines(prog='lines', fromfile_prefix_chars='@')
p.add_argument('--a'); p.add_argument('--b'); p.add_argument('rest', nargs='*')
print(p.parse_args(['@' + path, 'x']))
os.remove(path)
class Flag(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0, **kw)
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, 'flagged:' + option_string)
p = argparse.ArgumentParser(prog='fl')
p.add_argument('-f', '--flag', action=Flag, default='no')
run(p, ['-f']); run(p, ['--flag']); run(p, [])
print(p.format_usage())
# subparsers nested and defaults
p = argparse.ArgumentParser(prog='top')
p.set_defaults(level='top')
sp = p.add_subparsers(dest='cmd')
a = sp.add_parser('a', help='A cmd')
a.set_defaults(level='a')
sp2 = a.add_subparsers(dest='sub', required=True)
b = sp2.add_parser('b')
b.add_argument('--bb', type=int, default=0)
run(p, ['a', 'b', '--bb', '4']); run(p, ['a']); run(p, ['a', 'c']); run(p, []); run(p, ['a', 'b', '--bb', 'z'])
print(sp2._name_parser_map.keys(), a.format_usage())
try:
    sp.add_parser('a')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    sp.add_parser('z', aliases=['a'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
run(p, ['--help'])
run(a, ['-h'])
saved_stderr, sys.stderr = sys.stderr, io.StringIO()
try:
    p.add_subparsers()
except SystemExit as e:
    print('SystemExit', e.code, sys.stderr.getvalue().splitlines())
finally:
    sys.stderr = saved_stderr
ns = argparse.Namespace(a=1)
print(ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=2), ns == {'a': 1}, 'b' in ns, vars(ns))
print(argparse.Namespace(**{'1x': 1, 'ok': 2, 'with space': 3}))
print(argparse.ArgumentError(None, 'plain msg'), argparse.ArgumentTypeError('t'))
act = argparse.Action(['-q'], 'q')
try:
    act(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
