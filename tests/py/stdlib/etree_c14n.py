# xml.etree.ElementTree: canonical XML 2.0 (canonicalize and C14NWriterTarget): attribute and
# namespace ordering, comments, whitespace stripping, prefix rewriting, QName-aware content,
# excluded tags and attributes.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

print(ET.canonicalize('<r xmlns:b="urn:b" xmlns:a="urn:a" z="1" a:y="2" b:x="3"><a:c>t</a:c></r>'))
doc = '''<?xml version="1.0"?>
<!-- head -->
<doc xmlns="urn:d" xmlns:x="urn:x"><?keep me?>
   <e2   b="2"  a="1" ></e2>
   <e3 x:id="e3" name="elem3">  text &amp; more  </e3>
   <!-- inner -->
   <e4 xml:space="preserve">  spaced  </e4>
</doc>
<!-- tail -->'''
print(ET.canonicalize(doc))
print(ET.canonicalize(doc, with_comments=True))
print(ET.canonicalize(doc, strip_text=True))
print(ET.canonicalize(doc, rewrite_prefixes=True))
print(ET.canonicalize(doc, exclude_tags=['{urn:d}e3'], exclude_attrs=['a']))
qdoc = '<r xmlns:p="urn:p" xmlns:q="urn:q"><v type="p:t">q:name</v><w>p:other</w></r>'
print(ET.canonicalize(qdoc, qname_aware_tags=['v'], qname_aware_attrs=['type']))
print(ET.canonicalize(qdoc, qname_aware_tags=['v'], rewrite_prefixes=True))
out = io.StringIO()
print(ET.canonicalize('<a>x\r\ny</a>', out=out), repr(out.getvalue()))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'in.xml')
    with open(path, 'w') as f:
        f.write('<a c="3" b="2"><!--x--><b/></a>')
    print(ET.canonicalize(from_file=path))
try:
    ET.canonicalize()
except ValueError as e:
    print('ValueError', e)
parts = []
target = ET.C14NWriterTarget(parts.append, with_comments=True)
parser = ET.XMLParser(target=target)
parser.feed('<root a="&lt;&quot;&#9;&#10;"><child/>&lt;tail&gt;</root>')
parser.close()
print(parts)
try:
    ET.canonicalize('<r><v>z:name</v></r>', qname_aware_tags=['v'])
except ValueError as e:
    print('ValueError', e)
