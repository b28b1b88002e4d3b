# argparse structure: subcommands (add_subparsers with dest/required/aliases/help/title/metavar,
# set_defaults per subcommand, errors from a subparser), mutually exclusive groups (required or not,
# a SUPPRESSed member), argument groups with descriptions, REMAINDER, parents with
# conflict_handler='resolve', option conflicts, prefix_chars, allow_abbrev=False, ambiguous
# abbreviations, negative-number arguments, and parse_intermixed_args / parse_known_args.
import io
import os
import sys
os.environ['COLUMNS'] = '70'
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

p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir')
sub = p.add_subparsers(dest='cmd', help='sub-command help', required=True)
c = sub.add_parser('commit', aliases=['ci'], help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='do_status')
l = sub.add_parser('log')
l.add_argument('-n', type=int, default=10)
print(p.format_help())
print(c.format_help())
for a in (['commit', '-m', 'x'], ['ci', '-m', 'y', '--amend'], ['status', 'a', 'b'], ['log'], ['log', '-n', '3'],
          [], ['push'], ['commit'], ['--git-dir', 'd', 'status'], ['status', '--zzz'], ['log', '-n', 'q']):
    run(p, a)
run(p, ['status', '--zzz'], 'parse_known_args')

# title/description subparsers and metavar
p2 = argparse.ArgumentParser(prog='app', description='d')
sp = p2.add_subparsers(title='commands', description='available commands', metavar='COMMAND')
a1 = sp.add_parser('run', help='run it', description='Run the thing.')
a1.add_argument('target')
sp.add_parser('stop', help='stop it')
print(p2.format_help())
run(p2, [])
run(p2, ['run'])
run(p2, ['run', 'x'])

# mutually exclusive groups and argument groups
p3 = argparse.ArgumentParser(prog='mx')
g = p3.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', type=int)
g2 = p3.add_mutually_exclusive_group()
g2.add_argument('-a', action='store_true')
g2.add_argument('-b', action='store_true', help=argparse.SUPPRESS)
g2.add_argument('-c', action='store_true')
grp = p3.add_argument_group('network', 'Network options go here.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, default=80, help='port number')
p3.add_argument('rest', nargs=argparse.REMAINDER)
print(p3.format_help())
for a in (['--foo'], ['--foo', '--bar', '1'], [], ['--bar', '2', '-a', '-c'], ['--foo', '-b', 'x', '--y'],
          ['--bar=3', '--host', 'h', 'cmd', '--foo']):
    run(p3, a)
try:
    g.add_argument('pos')
except ValueError as e:
    print('ValueError', e)

# parents, conflict handler
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--debug', action='store_true')
base.set_defaults(level=1)
child = argparse.ArgumentParser(prog='child', parents=[base], conflict_handler='resolve')
child.add_argument('--debug', type=int, help='debug level')
print(child.format_help())
run(child, ['--debug', '3'])
try:
    argparse.ArgumentParser(prog='x', parents=[base]).add_argument('--debug')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    q = argparse.ArgumentParser(prog='x'); q.add_argument('-h')
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# prefix chars, fromfile, allow_abbrev
p4 = argparse.ArgumentParser(prog='win', prefix_chars='-+/')
p4.add_argument('+x', action='store_true')
p4.add_argument('/path')
p4.add_argument('--long-name')
print(p4.format_help())
run(p4, ['+x', '/path', 'p', '--long', 'v'])
p5 = argparse.ArgumentParser(prog='nabbrev', allow_abbrev=False)
p5.add_argument('--verbose', action='store_true')
p5.add_argument('--version-x')
run(p5, ['--verb'])
p6 = argparse.ArgumentParser(prog='amb')
p6.add_argument('--verbose'); p6.add_argument('--version')
run(p6, ['--ver', 'x'])
run(p6, ['--verb', 'x'])
# negative numbers
p7 = argparse.ArgumentParser(prog='neg')
p7.add_argument('-x', type=float)
p7.add_argument('nums', nargs='*', type=int)
run(p7, ['-x', '-1.5', '-3', '4'])
p8 = argparse.ArgumentParser(prog='neg2')
p8.add_argument('-1', dest='one', action='store_true')
p8.add_argument('n', nargs='?')
run(p8, ['-1'])
run(p8, ['-2'])
# intermixed
p9 = argparse.ArgumentParser(prog='mix')
p9.add_argument('--foo')
p9.add_argument('cmd')
p9.add_argument('rest', nargs='*', type=int)
run(p9, 'doit 1 --foo bar 2 3'.split())
run(p9, 'doit 1 --foo bar 2 3'.split(), 'parse_intermixed_args')
run(p9, 'doit 1 --foo bar 2 3 --zz'.split(), 'parse_known_intermixed_args')
