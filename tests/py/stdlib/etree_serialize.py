# xml.etree.ElementTree: serialising trees: tostring/tostringlist with encodings, XML declarations,
# namespaces (registered, generated, default), QName, short empty elements, html and text methods,
# indent, dump, and writing to files.
import io
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

svg = ET.Element('{http://www.w3.org/2000/svg}svg', width='100', height='50')
ET.SubElement(svg, '{http://www.w3.org/2000/svg}rect', x='0', y='0', fill='#f00')
text = ET.SubElement(svg, '{http://www.w3.org/2000/svg}text', {'{http://www.w3.org/1999/xlink}href': '#r'})
text.text = 'a < b & "c" > d'
text.tail = '\n'
print(ET.tostring(svg, encoding='unicode'))
ET.register_namespace('', 'http://www.w3.org/2000/svg')
ET.register_namespace('xlink', 'http://www.w3.org/1999/xlink')
print(ET.tostring(svg, encoding='unicode'))
try:
    ET.register_namespace('ns3', 'urn:x')
except ValueError as e:
    print('ValueError', e)
plain = ET.fromstring('<r xmlns="urn:d"><c/></r>')
print(ET.tostring(plain, 'unicode', default_namespace='urn:d'))
try:
    ET.tostring(ET.Element('x'), default_namespace='urn:d')
except ValueError as e:
    print('ValueError', e)
q = ET.Element(ET.QName('urn:q', 'tag'))
q.set('type', ET.QName('urn:q', 'value'))
print(ET.tostring(q, 'unicode'), ET.QName('urn:q', 'tag') == '{urn:q}tag', repr(ET.QName('x')))

doc = ET.fromstring('<a b="x&quot;y&#10;z&#9;w" c="&lt;">caf\u00e9 \u20ac<e/>tail</a>')
for enc in [None, 'us-ascii', 'utf-8', 'UTF-8', 'iso-8859-1', 'unicode']:
    print(enc, ET.tostring(doc, encoding=enc))
print(ET.tostring(doc, xml_declaration=True))
print(ET.tostring(doc, 'unicode', xml_declaration=True))
print(ET.tostring(doc, 'utf-16')[:12])
print(ET.tostring(doc, short_empty_elements=False))
print(ET.tostringlist(doc, 'unicode'))
print(ET.tostringlist(doc))
big = ET.Element('r')
for i in range(1500):
    ET.SubElement(big, 'item', n=str(i)).text = 'v%d' % i
print([len(x) for x in ET.tostringlist(big)], len(ET.tostring(big, 'unicode')))

page = ET.fromstring('<html><head><script>if (a &lt; b) x();</script><style>p&gt;b {}</style></head>'
                     '<body><p class="x&amp;y">Hi<br/>there<img src="i.png"/></p><!-- note --></body></html>')
print(ET.tostring(page, method='html'))
print(ET.tostring(page, method='text'))
print(ET.tostring(page, 'unicode', method='xml'))
try:
    ET.tostring(page, method='pdf')
except ValueError as e:
    print('ValueError', e)
for bad in [ET.Element(1), ET.Element('a', x=1)]:
    try:
        ET.tostring(bad)
    except TypeError as e:
        print('TypeError', e)
odd = ET.Element(None)
odd.text = 'only text'
ET.SubElement(odd, 'x')
print(ET.tostring(odd), ET.tostring(ET.Comment('c -- c')), ET.tostring(ET.PI('php', 'echo 1;')))

tree = ET.fromstring('<root><a><b>text</b><c/></a><d>  </d>\n</root>')
ET.indent(tree)
print(ET.tostring(tree, 'unicode'))
ET.indent(tree, space='\t', level=1)
print(repr(ET.tostring(tree, 'unicode')))
try:
    ET.indent(tree, level=-1)
except ValueError as e:
    print('ValueError', e)
ET.dump(ET.fromstring('<a><b/></a>'))
ET.dump(ET.ElementTree(ET.fromstring('<x>y</x>')))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'out.xml')
    t = ET.ElementTree(ET.fromstring('<cfg><opt name="a">\u00e9</opt></cfg>'))
    for kwargs in [{}, {'encoding': 'utf-8', 'xml_declaration': True}, {'encoding': 'unicode'},
                   {'encoding': 'iso-8859-1'}]:
        t.write(path, **kwargs)
        with open(path, 'rb') as f:
            print(kwargs, f.read())
    buf = io.BytesIO()
    t.write(buf, encoding='utf-8')
    print(buf.getvalue())
    s = io.StringIO()
    t.write(s, encoding='unicode', xml_declaration=True)
    print(s.getvalue())
    t.write(sys.stdout, encoding='unicode')
    print()
