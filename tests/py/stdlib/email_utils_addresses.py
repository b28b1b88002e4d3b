# email.utils: address parsing and formatting (parseaddr, getaddresses, formataddr), dates
# (formatdate, format_datetime, parsedate, parsedate_tz, parsedate_to_datetime, mktime_tz),
# quoting, RFC 2231 parameters, make_msgid with a domain, and _parseaddr.AddressList.
import datetime
import random
import warnings
from email import utils
from email._parseaddr import AddressList

fields = [
    'John Doe <jdoe@example.com>',
    '"Doe, Jane" <jane@example.com>, bob@example.org (Bob Smith)',
    'undisclosed-recipients:;',
    'Team: alice@example.com, "Bob B." <bob@example.com>;, carol@example.com',
    '<@relay.example,@hop.example:route@example.com>',
    'Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>',
    '"Giant; \\"Big\\" Box" <sysservices@example.net>',
    'Pete(A wonderful \\) chap) <pete(his account)@silly.test(his host)>',
    'joe@[192.168.1.1], user@localhost',
    'broken <no-close@example.com',
    '=?utf-8?q?Andr=C3=A9?= <andre@example.com>',
    '',
    '   ',
    'a@b, , c@d',
    'first.last @ example . com',
]
for field in fields:
    print(repr(field))
    print('   parseaddr:', utils.parseaddr(field))
    print('   getaddresses:', utils.getaddresses([field]))
print(utils.getaddresses(['a@b.c', 'Name <n@m.o>', 'x@y, z@w']))

for pair in [('John Doe', 'jdoe@example.com'), ('Doe, John', 'jdoe@example.com'),
             ('a "quoted" \\name', 'q@example.com'), ('', 'bare@example.com'),
             ('André Müller', 'andre@example.com'), ('Zoë', 'zoe@example.com')]:
    print(utils.formataddr(pair), '|', utils.formataddr(pair, 'iso-8859-1'))
try:
    utils.formataddr(('Name', 'josé@example.com'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)

print('--- dates')
for ts in (0, 1e9, 1234567890.75, 1700000000):
    print(utils.formatdate(ts), '|', utils.formatdate(ts, usegmt=True))
aware = datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)))
print(utils.format_datetime(aware))
print(utils.format_datetime(aware.replace(tzinfo=None)))
print(utils.format_datetime(datetime.datetime(1999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc), usegmt=True))
try:
    utils.format_datetime(aware, usegmt=True)
except ValueError as e:
    print('ValueError:', e)
dates = ['Mon, 20 Nov 1995 19:12:08 -0500', 'Tue, 1 Jan 2002 00:00:00 GMT', '20 Nov 95 19:12:08 EST',
         'Sunday, 06-Nov-94 08:49:37 GMT', 'Nov 20 1995 19:12', '20 Nov 1995 19.12.08 +0100',
         'Mon, 20 Nov 1995 19:12:08', 'Fri, 09 Nov 2001 01:08:47 -0000', '5 Jan 2020 10:00:00+0200',
         '1 Feb 69 1:2:3 PDT', '12:00:00 20 Nov 1995 +0000', 'garbage', '', 'Thu,26 Feb 2004 12:00:00 +0000']
for d in dates:
    tz = utils.parsedate_tz(d)
    print(repr(d), utils.parsedate(d), tz)
    try:
        when = utils.parsedate_to_datetime(d)
        print('    ->', when, when.tzinfo, utils.mktime_tz(tz) if tz[9] is not None else '')
    except ValueError as e:
        print('    ValueError:', e)
print(utils.mktime_tz((2000, 1, 1, 0, 0, 0, 0, 1, -1, 3600)))
local = utils.localtime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc))
print(local.tzinfo is not None, local == datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    utils.localtime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), isdst=0)
print([str(w.message) for w in caught], caught[0].category.__name__)

print('--- message ids')
random.seed(3)
mid = utils.make_msgid(domain='mail.example.com')
print(mid.startswith('<'), mid.endswith('@mail.example.com>'), mid.count('.') >= 2)
mid = utils.make_msgid('invoice', domain='example.org')
print('.invoice@example.org>' in mid)

print('--- quoting and RFC 2231')
for s in ['"abc"', '<abc>', '"a\\"b\\\\c"', 'plain', '"', '<', '"open']:
    print(repr(s), repr(utils.unquote(s)))
print(utils.quote('say "hi" \\ bye'))
print(utils.encode_rfc2231('résumé final.pdf', 'utf-8'), utils.encode_rfc2231('a b', None, 'en'),
      utils.encode_rfc2231('plain~_.-'))
print(utils.decode_rfc2231("utf-8'en'r%C3%A9sum%C3%A9"), utils.decode_rfc2231('no ticks'))
params = [('text/plain', ''), ('title*0*', "us-ascii'en'This%20is%20"), ('title*1*', '%2A%2A%2Afun%2A%2A%2A'),
          ('name', '"a b"'), ('x*', "utf-8''%E2%82%AC%20rate"), ('y*1', 'second'), ('y*0', 'first')]
decoded = utils.decode_params(params)
print(decoded)
for name, value in decoded[1:]:
    print(name, repr(utils.collapse_rfc2231_value(value)))
print(utils.collapse_rfc2231_value(('bogus-charset', '', '"x"')), utils.collapse_rfc2231_value((None, None, 'abc')))

print('--- AddressList')
a = AddressList('a@b.c, Bee <b@b.c>')
b = AddressList('b@b.c, c@c.c, c@c.c')
print(len(a), a[1], (a + b).addresslist, (a - b).addresslist)
a += b
print(a.addresslist)
a -= AddressList('c@c.c')
print(a.addresslist)
