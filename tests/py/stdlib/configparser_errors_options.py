# configparser: every error class with its message and attributes (duplicate sections/options with
# source and line, parsing errors listing lines, missing section header, interpolation errors), plus
# the parser options: ExtendedInterpolation, interpolation=None, custom delimiters and comment
# prefixes, inline comments, allow_no_value, empty_lines_in_values, strict=False, default_section,
# optionxform, converters, read() of files and read_dict().
import configparser
import io
import os
import tempfile


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, repr(str(e)), e.args)
    else:
        print(label, '=', repr(result))


def parse(text, **options):
    cp = configparser.ConfigParser(**options)
    cp.read_string(text)
    return cp


attempt('dup section', parse, "[a]\nx=1\n[b]\n[a]\n")
attempt('dup option', parse, "[a]\nx=1\ny=2\nX = 3\n")
attempt('no header', parse, "# comment\nkey = value\n")
attempt('bad lines', parse, "[a]\nok = 1\njust words\n\tmore\n[b]\n= nothing\n")
try:
    parse("[a]\nnot an option\n[b]\nalso bad\n")
except configparser.ParsingError as e:
    print(e.source, e.errors)
attempt('dict dup', configparser.ConfigParser().read_dict, {'s': {'k': 1, 'K': 2}})
loose = parse("[a]\nx=1\nx=2\n[a]\ny=3\n", strict=False)
print('strict=False', dict(loose['a']))

cp = parse("[v]\nloop1 = %(loop2)s\nloop2 = %(loop1)s\nmissing = %(nothing)s\n"
           "lonely = 50%\nunclosed = %(name\nok = 5%% of %(loop3)s\nloop3 = x\n")
for option in ('loop1', 'missing', 'lonely', 'unclosed', 'ok'):
    attempt('get ' + option, cp.get, 'v', option)
attempt('set bad', cp.set, 'v', 'p', '%d')
attempt('set int', cp.set, 'v', 'p', 3)
attempt('set nosection', cp.set, 'nope', 'p', 'x')
attempt('add default', cp.add_section, 'DEFAULT')
attempt('add twice', cp.add_section, 'v')
attempt('add int', cp.add_section, 1)
attempt('get nosection', cp.get, 'nope', 'x')
attempt('get nooption', cp.get, 'v', 'nothing')
attempt('getint bad', cp.getint, 'v', 'loop3')
attempt('getboolean bad', cp.getboolean, 'v', 'loop3')
attempt('items nosection', cp.items, 'nope')
attempt('options nosection', cp.options, 'nope')
attempt('remove nosection', cp.remove_option, 'nope', 'x')
attempt('getitem', cp.__getitem__, 'nope')
attempt('del default', cp.__delitem__, 'DEFAULT')
attempt('proxy getitem', cp['v'].__getitem__, 'nope')
attempt('proxy delitem', cp['v'].__delitem__, 'nope')
attempt('bad interpolation', configparser.ConfigParser, interpolation=object())
e = configparser.InterpolationMissingOptionError('opt', 'sec', 'raw %(x)s', 'x')
print(e.option, e.section, e.reference, isinstance(e, configparser.InterpolationError))
print(repr(configparser.Error('plain')), configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)

# ExtendedInterpolation
ext = parse("[common]\nroot = /opt\nbin = ${root}/bin\n[tool]\npath = ${common:bin}/tool\n"
            "cost = $$5\nbad = ${a:b:c}\nmissing = ${nowhere:x}\nstray = $x\n",
            interpolation=configparser.ExtendedInterpolation())
print(ext.get('tool', 'path'), ext.get('tool', 'cost'))
for option in ('bad', 'missing', 'stray'):
    attempt('ext ' + option, ext.get, 'tool', option)
attempt('ext set', ext.set, 'tool', 'x', 'a$b')

# no interpolation
none = parse("[a]\nx = %(y)s 100%\n", interpolation=None)
print(none.get('a', 'x'))

# custom syntax
custom = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                                   inline_comment_prefixes=(';',), allow_no_value=True,
                                   empty_lines_in_values=False, default_section='common')
custom.read_string("[common]\nlevel -> 3\n[main]\n// a comment\nname -> value ; note\n"
                   "semi -> a;b\nflag\nlong -> one\n  two\n\n  three -> 4\n")
print(custom.sections(), custom.defaults(), dict(custom['main']))
out = io.StringIO()
custom.write(out)
print(out.getvalue())

# optionxform keeps case
class CaseParser(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr

case = CaseParser()
case.read_dict({'S': {'Key': 'V', 'key': 'v'}})
print(dict(case['S']))

# converters
conv = configparser.ConfigParser(converters={'list': lambda value: value.split(',')})
conv.read_string("[s]\nitems = a,b,c\n")
print(sorted(conv.converters), conv.getlist('s', 'items'), conv['s'].getlist('items'))
print(conv['s'].getlist('absent', ['none']))
conv.converters['upper'] = str.upper
print(conv['s'].getupper('items'))
del conv.converters['upper']
print(hasattr(conv, 'getupper'), hasattr(conv['s'], 'getupper'))
attempt('conv key', conv.converters.__setitem__, '', str)

# read() of files: missing ones are skipped
folder = tempfile.mkdtemp()
first = os.path.join(folder, 'one.ini')
with open(first, 'w', encoding='utf-8') as f:
    f.write("[one]\nvalue = 1\n")
files = configparser.ConfigParser()
read = files.read([first, os.path.join(folder, 'missing.ini')], encoding='utf-8')
print([os.path.basename(name) for name in read], files.sections())
with open(first, encoding='utf-8') as f:
    files.read_file(f)
attempt('read_file twice', files.read_file, ["[one]\n", "[one]\n"], 'lines')
os.remove(first)
os.rmdir(folder)
