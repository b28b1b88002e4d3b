# optparse: Option's consistency checks and their messages, conflict handling, callbacks reading
# rargs, default processing, Values, and the documented subclassing recipes (new type, new action).
import os, io, sys, contextlib
os.environ['COLUMNS'] = '60'
from optparse import *
import optparse

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args[:1])

err(lambda: Option())
err(lambda: Option('', None))
err(lambda: Option('x'))
err(lambda: Option('--'))
err(lambda: Option('-xy'))
err(lambda: Option('--x', '-ab'))
err(lambda: Option('---x'))
err(lambda: Option('-a', '--bad', foo=1, bar=2))
err(lambda: Option('-a', action='jump'))
err(lambda: Option('-a', type='decimal'))
err(lambda: Option('-a', action='count', type='int'))
err(lambda: Option('-a', type='choice'))
err(lambda: Option('-a', type='choice', choices={'a'}))
err(lambda: Option('-a', choices=('a', 'b'), type='int'))
err(lambda: Option('-a', action='store', const=1))
err(lambda: Option('-a', action='store_true', nargs=2))
err(lambda: Option('-a', action='callback', callback=3))
err(lambda: Option('-a', action='callback', callback=print, callback_args=[1]))
err(lambda: Option('-a', action='callback', callback=print, callback_kwargs=[1]))
err(lambda: Option('-a', callback=len))
err(lambda: Option('-a', callback_args=(1,)))
err(lambda: Option('-a', callback_kwargs={}))
o = Option('-a', '--all-things', type=int)
print(o.type, o.dest, o.nargs, o.action, o.default, str(o), o.get_opt_string(), o.takes_value())
o = Option('-b', type=str, choices=None)
print(o.type, o.dest)
o = Option('-b', choices=['x'])
print(o.type, o.dest, o.choices)
o = Option('-z', action='help')
print(o.dest, o.type, o.nargs)
print(repr(o).startswith('<Option at 0x'), repr(o).endswith(': -z>'))
p = OptionParser()
p.add_option('-a')
err(lambda: p.add_option('-a', '--all'))
err(lambda: p.add_option(5))
err(lambda: p.add_option(Option('-q'), 'x'))
err(lambda: p.add_option_group(5))
err(lambda: p.add_option_group(OptionGroup(OptionParser(), 'x')))
err(lambda: OptionParser(conflict_handler='ignore'))
p = OptionParser(conflict_handler='resolve', prog='r')
p.add_option('-n', '--dry-run', action='store_true', help='do no harm')
p.add_option('-n', '--noisy', action='store_true', help='be noisy')
p.add_option('--dry-run', action='store_true', help='new dry run')
print([str(o) for o in p.option_list])
p.print_help()
p.add_option('-h', action='store_true', help='hours')
p.print_help()
# callbacks
def record(option, opt_str, value, parser, *args, **kw):
    print('callback', opt_str, repr(value), args, sorted(kw.items()), parser.largs, parser.rargs)
    setattr(parser.values, option.dest, value)
def vararg(option, opt_str, value, parser):
    got = []
    while parser.rargs and not parser.rargs[0].startswith('-'):
        got.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, got)
def bad(option, opt_str, value, parser):
    raise OptionValueError('%s is not allowed here' % opt_str)
p = OptionParser(prog='cb')
p.add_option('-c', action='callback', callback=record, type='int', callback_args=(1, 2), callback_kwargs={'k': 'v'}, dest='cval')
p.add_option('--files', action='callback', callback=vararg, dest='files')
p.add_option('--bad', action='callback', callback=bad)
p.add_option('--two', action='callback', callback=record, type='float', nargs=2, dest='two')
v, a = p.parse_args(['x', '-c', '5', 'y', '--files', 'a', 'b', '-c7', '--two', '1', '2.5']); print(v, a)
v, a = p.parse_args(['--files'])
print(v, a, v == {'cval': None, 'files': [], 'two': None}, v == Values({'cval': None, 'files': [], 'two': None}), v == 3)
e = io.StringIO()
with contextlib.redirect_stderr(e):
    try:
        p.parse_args(['--bad'])
    except SystemExit as ex:
        print('exit', ex.code)
print(e.getvalue())
# defaults processing
p = OptionParser()
p.add_option('-n', type='int', default='12')
p.add_option('-f', type='float', default='2.5')
p.add_option('-s', default='text')
p.set_defaults(s='other', zz=1)
p.set_default('n', '0x10')
print(p.get_default_values())
p.set_process_default_values(False)
print(p.get_default_values())
v = Values({'a': 1, 'b': None})
v._update({'a': 2, 'b': 3, 'c': 4}, 'careful'); print(v)
v._update({'a': None, 'c': 4}, 'loose'); print(v)
err(lambda: v._update({}, 'messy'))
print(v.ensure_value('d', []), v.ensure_value('a', 7))
print(Values(), Values(None) == Values({}))
# exceptions
print(str(BadOptionError('--x')), str(optparse.AmbiguousOptionError('--c', ['--cat', '--cow'])))
print(str(OptionError('bad', Option('-q'))), str(OptionError('bad', '')))
print(str(OptionValueError('v')), OptionValueError('v').args, OptParseError('m').msg)
print(issubclass(OptionConflictError, OptionError), issubclass(optparse.AmbiguousOptionError, BadOptionError))
print(optparse._match_abbrev('--co', {'--color': 1, '--count': 2, '--cat': 3}) if False else '')
for s in ['--col', '--c', '--x', '--cat']:
    err(lambda: print(optparse._match_abbrev(s, {'--color': 1, '--count': 2, '--cat': 3, '--co': 0})))
print(optparse._parse_num('0x1F', int), optparse._parse_num('0b', int), optparse._parse_num('010', int), optparse._parse_num('10', int))
print(check_choice(Option('-c', choices=['a']), '-c', 'a'))
err(lambda: optparse.check_builtin(Option('-i', type='int'), '-i', '1.5'))
print(optparse.__all__ == optparse.__all__, optparse.__version__, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.NO_DEFAULT, optparse.make_option is Option)
print(Option.ATTRS, Option.TYPES, sorted(Option.TYPE_CHECKER), [f.__name__ for f in Option.CHECK_METHODS])
# subclass: new type and action (the documented extension recipe)
from copy import copy
def check_mylist(option, opt, value):
    return value.split(',')
class MyOption(Option):
    TYPES = Option.TYPES + ('mylist',)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['mylist'] = check_mylist
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)
    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)
p = OptionParser(option_class=MyOption)
p.add_option('-l', type='mylist')
p.add_option('--names', action='extend', dest='names')
v, a = p.parse_args(['-l', 'a,b', '--names', 'x,y', '--names=z']); print(v, a)
class StrictParser(OptionParser):
    def error(self, msg):
        raise RuntimeError(msg)
    def check_values(self, values, args):
        if not args:
            self.error('need at least one file')
        return values, [a.upper() for a in args]
sp = StrictParser(option_list=[make_option('-v', action='store_true')])
v, a = sp.parse_args(['-v', 'f']); print(v, a)
err(lambda: sp.parse_args(['-v']))
err(lambda: sp.parse_args(['-w']))
err(lambda: sp.parse_args(['--verbose']))
sp.destroy()
print(hasattr(sp, 'option_list'), hasattr(sp, 'defaults'))
