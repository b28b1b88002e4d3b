# argparse text and values: the five formatter classes on one parser (raw description/text,
# defaults appended, metavars from types), long-usage wrapping, custom usage with %(prog)s, SUPPRESSed
# help, version text wrapping, type converters (ArgumentTypeError, FileType, choices strings) with
# exit_on_error=False, a custom Action class, add_argument's ValueError/TypeError messages, argument
# files (fromfile_prefix_chars, nested), argument_default=SUPPRESS, string defaults through type=,
# an existing namespace, print_usage/print_help and the '--' separator.
import io
import os
import sys
import tempfile
os.environ['COLUMNS'] = '60'
import argparse

def run(p, args, meth='parse_args', shown=None):
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
    print(args if shown is None else shown, '->', res)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')

desc = '''First line of description.
    Indented second line,   with   spaces.

Another paragraph.'''
for fc in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
           argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='Epilog  text\n  kept?', formatter_class=fc)
    p.add_argument('--width', type=int, default=10, help='the width\n  of the thing, which is a long sentence that must wrap around somewhere')
    p.add_argument('--name', type=str, default='bob', help='name')
    p.add_argument('--none', type=float, help='no default shown %(default)s')
    p.add_argument('count', type=int, nargs='?', default=3, help='how many')
    p.add_argument('items', type=str, nargs='*', help='items (%(type)s)')
    print('=====', fc.__name__)
    print(p.format_help())

p = argparse.ArgumentParser(prog='a_really_long_program_name_that_goes_on_and_on')
for i in range(6):
    p.add_argument('--option-number-%d' % i, metavar='VALUE_%d' % i)
p.add_argument('positional_one'); p.add_argument('positional_two', nargs='+')
print(p.format_usage())
p = argparse.ArgumentParser(prog='prog', usage='%(prog)s [options] FILE')
p.add_argument('file', help=argparse.SUPPRESS)
p.add_argument('--secret', help=argparse.SUPPRESS)
print(p.format_help())
run(p, [])

p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', action='version', version='ver version 1.2.3, a long version string that is going to be wrapped by the formatter')
run(p, ['-V'])

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
p = argparse.ArgumentParser(prog='types', exit_on_error=False)
p.add_argument('--n', type=positive)
p.add_argument('--f', type=argparse.FileType('r'))
p.add_argument('--c', choices='abc')
for a in (['--n', '5'], ['--n', '-5'], ['--n', 'x'], ['--f', '/nonexistent/file'], ['--c', 'd'], ['--n']):
    try:
        print(p.parse_args(a))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
print(argparse.FileType('rb', 0), argparse.FileType(), argparse.FileType('w', errors='strict'))
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, **kw)
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, values.upper() + '/' + str(option_string))
p = argparse.ArgumentParser(prog='custom')
p.add_argument('--up', action=Upper)
p.add_argument('word', action=Upper)
run(p, ['--up', 'abc', 'def'])

for kwargs in ({'nargs': 0}, {'action': 'append', 'nargs': 0}, {'const': 1}, {'metavar': ('A', 'B')},
               {'action': 'nope'}, {'type': 'int'}, {'type': argparse.FileType}, {'nargs': 'x'}):
    try:
        argparse.ArgumentParser().add_argument('--z', **kwargs)
        print(kwargs, 'ok')
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
for args, kwargs in ((('x',), {'dest': 'y'}), (('x',), {'required': True}), (('--',), {}), (('z',), {'action': 'store_true'})):
    try:
        argparse.ArgumentParser().add_argument(*args, **kwargs); print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print(e)

workdir = tempfile.mkdtemp()
main_file = os.path.join(workdir, 'args.txt')
more_file = os.path.join(workdir, 'more.txt')
with open(main_file, 'w') as f:
    f.write('--name\nalice\n@' + more_file + '\n')
with open(more_file, 'w') as f:
    f.write('pos\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name'); p.add_argument('pos')
run(p, ['@' + main_file], shown='@args.txt')
run(p, ['@no_such_args_file.txt'])
os.remove(main_file); os.remove(more_file); os.rmdir(workdir)

p = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
p.add_argument('--a'); p.add_argument('--b', default=2)
run(p, []); run(p, ['--a', '1'])
p = argparse.ArgumentParser(prog='strdef')
p.add_argument('--n', type=int, default='7'); p.add_argument('--l', nargs='*', default=['x'])
run(p, [])
print(p.get_default('n'), p.get_default('zz'))
ns = argparse.Namespace(n=1)
print(p.parse_args(['--l', 'a'], namespace=ns) is ns, ns)
p.print_usage(); p.print_help()
run(p, ['-'])
run(p, ['--n', '1', '--', '--l'])
