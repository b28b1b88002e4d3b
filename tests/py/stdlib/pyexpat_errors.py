# pyexpat: ExpatError for malformed documents, with expat's message, code, line and column, the
# errors and model submodules, and exceptions raised by handlers.
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

BAD = [
    b'', b'   ', b'<a>', b'<a></b>', b'<a><b></a>', b'<a>x</a>y', b'<a/><b/>', b'<a>&foo;</a>',
    b'<a>&#0;</a>', b"<a b='1' b='2'/>", b'<a b=1/>', b"<a b='<'/>", b'<1a/>', b'<a>\xc3(</a>',
    b'<a>\xff</a>', b'<a>\xc3\xa9<</a>', b"<?xml version='1.0'?><?xml version='1.0'?><a/>",
    b" <?xml version='1.0'?><a/>", b"<?xml encoding='utf-8'?><a/>",
    b"<?xml version='1.0' standalone='maybe'?><a/>", b'<a><!-- x -- y --></a>',
    b'<a><![CDATA[x</a>', b'<a b', b'<a>&#x;</a>', b'<a>]]></a>', b'<a>\x01</a>', b'<!DOCTYPE><a/>',
    b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>", b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>",
    b'<!DOCTYPE a [ junk ]><a/>', b'<a>\n\n  <b>\n</a>', b'<a>\n\xc3\xa9\xc3\xa9 <1</a>',
    b'<a>\r\n\r\n<1</a>', b'<?XML x?><a/>', b'<a><?xml x?></a>', b'<a></a x>', b'<a/>&x;', b'x',
    b'<a>&#99999999999;</a>', b"<a b='&foo;'/>", b'<!-- x', b'<a>\xc3',
    b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x.ent'>]><a b='&e;'/>",
    b"<?xml version='1.0' encoding='utf-16'?><a/>",
]
for doc in BAD:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(doc, 'parsed')
    except expat.ExpatError as e:
        print(doc, '->', e, (e.code, e.lineno, e.offset), p.ErrorByteIndex,
              errors.messages[e.code] == str(e).rsplit(':', 2)[0])

print('--- namespace errors')
for doc in [b'<a:b/>', b"<a xmlns:x=''/>", b"<a xmlns:xml='u'/>", b"<a xmlns:xmlns='u'/>",
            b"<a xmlns:x='u' x:y='1' x:y='2'/>", b"<a xmlns:x='u' xmlns:z='u' x:y='1' z:y='2'/>",
            b"<x:a xmlns:x='u'></y:a>"]:
    p = expat.ParserCreate(namespace_separator='|')
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        print(doc, '->', e)

print('--- after an error and after the end')
p = expat.ParserCreate()
for data in (b'<a></b>', b'<a/>'):
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        print(e, e.code)
p = expat.ParserCreate()
print(p.Parse(b'<a/>', True))
try:
    p.Parse(b'', True)
except expat.ExpatError as e:
    print(e, e.code)

print('--- a handler raises')
p = expat.ParserCreate()
seen = []


def start(name, attrs):
    seen.append(name)
    if name == 'b':
        raise KeyError(name)


p.StartElementHandler = start
p.EndElementHandler = seen.append
try:
    p.Parse(b'<a><b/><c/></a>', True)
except KeyError as e:
    print('KeyError', e, seen, p.StartElementHandler, p.ErrorCode)

print('--- module contents')
print(expat.ErrorString(7), expat.ErrorString(0), expat.ErrorString(99))
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes['mismatched tag'], len(errors.messages))
print(model.XML_CTYPE_CHOICE, model.XML_CQUANT_REP, expat.error is expat.ExpatError)
print(expat.ExpatError.__module__, expat.ExpatError.__mro__[1].__name__)
for bad in [lambda: expat.ParserCreate(namespace_separator='ab'), lambda: expat.ParserCreate(intern=5),
            lambda: expat.ParserCreate(encoding=1), lambda: p.Parse(), lambda: p.Parse(5),
            lambda: p.ParseFile(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
