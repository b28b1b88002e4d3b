# tomllib: every value kind of TOML 1.0 (strings of all four kinds with their escapes, integers in
# every base, floats and the special ones, dates, times and offsets, arrays and tables of all shapes).
import math
import tomllib

DOC = r'''
# strings
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
emoji = "\U0001F600 and \u00e9 and \\ and \b\f\r"
multi = """
Roses are red
Violets are blue"""
folded = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
five = """Here are three quotation marks: ""\"."""
edge = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
lines = @@@
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
@@@
apos = @@@'That,' she said, 'is still pointless.'@@@
# integers
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
bin1 = 0b11010110
big = 123456789012345678901234567890
# floats
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = -nan
# booleans
bool1 = true
bool2 = false
# dates and times
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00.5+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.1234567
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
# arrays
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green", ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>",   # first
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
empty = [ ]
# keys
bare_key = 1
bare-key = 2
1234 = 3
"127.0.0.1" = "value"
"character encoding" = "value"
"ʎǝʞ" = "value"
'key2' = "value"
'quoted "value"' = "value"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
food . flavor = "banana"
3.14159 = "pi"

[table-1]
key1 = "some string"
key2 = 123

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
inline = { first = "Tom", last = "Preston-Werner", point = { x = 1, y = 2 } }
animal = { type.name = "pug" }

[x.y.z.w]
[x]

[fruits]
apple.color = "red"
apple.taste.sweet = true

[fruits.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruit]]
name = "apple"
[fruit.physical]
color = "red"
[[fruit.variety]]
name = "red delicious"
[[fruit.variety]]
name = "granny smith"
[[fruit]]
name = "banana"
[[fruit.variety]]
name = "plantain"
'''

DOC = DOC.replace('@@@', "'''")
data = tomllib.loads(DOC)
for key, value in data.items():
    if isinstance(value, float) and math.isnan(value):
        value = 'nan (sign %s)' % math.copysign(1, value)
    print('%-24s %-10s %r' % (key, type(value).__name__, value))
odt = data['odt3']
print(odt.isoformat(), odt.utcoffset(), odt.tzinfo, data['odt1'].tzinfo)
print(data['odt5'].isoformat(), data['ldt1'].tzinfo)
print(data['odt2'].tzinfo is data['odt3'].tzinfo)
print(tomllib.loads('a = 1979-05-27T07:32:00+00:00')['a'].tzinfo)
print(tomllib.loads('')['__len__'] if False else tomllib.loads(''), tomllib.loads('# only a comment\n\n'))
