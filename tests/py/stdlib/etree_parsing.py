# xml.etree.ElementTree: parsers and builders: XMLParser with custom targets (raw character data
# chunks, doctype, namespaces), TreeBuilder options, XMLPullParser fed in pieces, iterparse over a
# file, ParseError positions, the entity dict, copying and pickling.
import copy
import io
import os
import pickle
import tempfile
import xml.etree.ElementTree as ET


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, text):
        self.log.append(('data', text))

    def comment(self, text):
        self.log.append(('comment', text))

    def pi(self, target, text):
        self.log.append(('pi', target, text))

    def start_ns(self, prefix, uri):
        self.log.append(('start_ns', prefix, uri))

    def end_ns(self, prefix):
        self.log.append(('end_ns', prefix))

    def doctype(self, name, pubid, system):
        self.log.append(('doctype', name, pubid, system))

    def close(self):
        return self.log


parser = ET.XMLParser(target=Target())
parser.feed('<!DOCTYPE r PUBLIC "-//A//B" "r.dtd"><r xmlns="urn:r" xmlns:q="urn:q" q:a="1">t\nu&amp;v')
parser.feed('<!--c--><?p d?><q:x/></r>')
for entry in parser.close():
    print(entry)
print(parser.version, sorted(parser.entity))


class Counter:
    def __init__(self):
        self.depth = self.max = 0

    def start(self, tag, attrib):
        self.depth += 1
        self.max = max(self.max, self.depth)

    def end(self, tag):
        self.depth -= 1

    def close(self):
        return self.max


p = ET.XMLParser(target=Counter())
p.feed(b'<a><b><c/></b><b/></a>')
print('max depth', p.close())

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=builder)
p.feed("<?xml version='1.0'?><!-- before --><r>x<!--in-->y<?pi data?>z</r><!--after-->")
r = p.close()
print(ET.tostring(r), len(r), r.text, r[0].text, r[0].tail, r[1].text, r[1].tail)
r = ET.fromstring('<r>x<!--in-->y<?pi data?>z</r>')
print(ET.tostring(r), len(r), r.text)
tb = ET.TreeBuilder(element_factory=lambda tag, attrs: ET.Element(tag.upper(), attrs))
tb.start('a', {'k': 'v'})
tb.data('hello')
tb.start('b', {})
tb.end('b')
tb.data(' world')
print(ET.tostring(tb.end('a')), ET.tostring(tb.close()))
tb = ET.TreeBuilder(comment_factory=lambda text: ET.Element('comment', note=text), insert_comments=True)
tb.start('r', {})
print(tb.comment('hi').attrib, tb.pi('target', 'text').text)
tb.end('r')
print(ET.tostring(tb.close()))
print(ET.TreeBuilder().close())
for f in [lambda: ET.TreeBuilder().end('x'), lambda: ET.fromstring('<a/><b/>')]:
    try:
        f()
    except (IndexError, ET.ParseError) as e:
        print(type(e).__name__, e)

print('--- errors')
for text in ['', '<a>', '<a></b>', '<a><b></a>', '<a>&foo;</a>', '<a x="1" x="2"/>', '<a>\n\n<1/></a>',
             '<!DOCTYPE a SYSTEM "x"><a>&foo;</a>', b'<a>\xff</a>']:
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code, e.position, isinstance(e, SyntaxError))
p = ET.XMLParser()
p.entity['nbsp'] = '\u00a0'
p.entity['copy'] = '(c)'
p.feed('<!DOCTYPE html SYSTEM "xhtml.dtd"><p>a&nbsp;b &copy; 2024</p>')
print(repr(p.close().text))
p = ET.XMLParser()
p.feed('<a/>')
p.close()
try:
    p.feed('<b/>')
except ET.ParseError as e:
    print(e)

print('--- pull parsing')
pull = ET.XMLPullParser(['start', 'end', 'comment', 'pi', 'start-ns', 'end-ns'])
for chunk in ["<r xmlns:a='u'>", 'te', 'xt<a:b>x</a:b><!--c--', '><?p q?>', '</r>']:
    pull.feed(chunk)
    print([(ev, x if isinstance(x, (tuple, type(None))) else x.tag if isinstance(x.tag, str) else x.text)
           for ev, x in pull.read_events()])
pull.close()
pull = ET.XMLPullParser()
pull.feed('<a><b/></c>')
try:
    for ev, el in pull.read_events():
        print(ev, el.tag)
except ET.ParseError as e:
    print('ParseError', e)
for bad in [['foo'], ['start', 'bogus']]:
    try:
        ET.XMLPullParser(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ET.XMLParser(target=Target())._setevents([], ['start'])
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'log.xml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<log>' + ''.join('<entry level="%s">msg %d</entry>' % ('warn' if i % 3 else 'error', i)
                                 for i in range(40)) + '</log>')
    errors = []
    for event, elem in ET.iterparse(path):
        if elem.tag == 'entry':
            if elem.get('level') == 'error':
                errors.append(elem.text)
            elem.clear()
    print(errors)
    it = ET.iterparse(path, events=('start', 'end'))
    print(it.root, next(it)[0], type(it).__name__)
    for _ in it:
        pass
    print(it.root.tag, len(it.root))
    with open(path, 'rb') as f:
        print(ET.parse(f).getroot().find('entry').text)
    tree = ET.ElementTree()
    print(tree.parse(path).tag, tree.getroot().tag)
print([(ev, x) for ev, x in ET.iterparse(io.BytesIO(b'<a xmlns="u"><b/></a>'), ['start-ns', 'end-ns'])])

print('--- copies')
e = ET.fromstring('<a k="v"><b>x</b><c/></a>')
c = copy.copy(e)
d = copy.deepcopy(e)
e[0].text = 'changed'
print(c[0].text, d[0].text, c.attrib is e.attrib, d.attrib == e.attrib)
p = pickle.loads(pickle.dumps(e))
print(ET.tostring(p), type(p) is ET.Element)
print(ET.XMLID('<doc><s id="a">1</s><s id="b">2</s></doc>')[1]['b'].text)
print(ET.fromstringlist(['<a>', 'x', '</a>']).text, ET.iselement(e), ET.iselement('e'), ET.VERSION)
