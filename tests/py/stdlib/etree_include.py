# xml.etree.ElementInclude: XInclude of XML documents and text files into a tree, with a custom
# loader, base URLs, nesting limits and the errors for recursive and unknown includes.
import os
import tempfile
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude as EI

with tempfile.TemporaryDirectory() as tmp:
    def write(name, text):
        with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
            f.write(text)
    write('header.xml', '<header><title>Manual</title></header>')
    write('note.txt', 'plain & simple\n')
    write('loop.xml', '<loop xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="loop.xml"/></loop>')
    main = ('<doc xmlns:xi="http://www.w3.org/2001/XInclude">intro '
            '<xi:include href="header.xml"/> after header '
            '<p>text: <xi:include href="note.txt" parse="text"/> end</p></doc>')
    root = ET.fromstring(main)
    EI.include(root, base_url=os.path.join(tmp, 'main.xml'))
    print(ET.tostring(root, encoding='unicode'))
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        tree = ET.ElementTree(ET.fromstring(main))
        EI.include(tree)
        print(ET.tostring(tree.getroot(), encoding='unicode'))
        for doc, kwargs in [('<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="loop.xml"/></a>', {}),
                            ('<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="header.xml"/></a>',
                             {'max_depth': 0}),
                            ('<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="x" parse="pdf"/></a>', {}),
                            ('<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:fallback/></a>', {})]:
            try:
                EI.include(ET.fromstring(doc), **kwargs)
            except EI.FatalIncludeError as e:
                print(type(e).__name__, e)
    finally:
        os.chdir(cwd)

loaded = []


def loader(href, parse, encoding=None):
    loaded.append((href, parse, encoding))
    if parse == 'xml':
        return ET.fromstring('<chapter n="%s"/>' % href)
    return None if href == 'missing' else 'TEXT(%s)' % href


root = ET.fromstring('<book xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="c1"/>'
                     '<xi:include href="c2"/>tail<xi:include href="t1" parse="text" encoding="latin-1"/></book>')
EI.include(root, loader=loader)
print(ET.tostring(root, encoding='unicode'), loaded)
try:
    EI.include(ET.fromstring('<b xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="missing" parse="text"/></b>'),
               loader=loader)
except EI.FatalIncludeError as e:
    print('FatalIncludeError', e)
try:
    EI.include(root, max_depth=-1)
except ValueError as e:
    print('ValueError', e)
print(EI.XINCLUDE_INCLUDE, EI.DEFAULT_MAX_INCLUSION_DEPTH, issubclass(EI.LimitedRecursiveIncludeError, SyntaxError))
