# html.parser on tricky and broken markup: the exact handler calls in both convert_charrefs modes,
# fed at once and one character at a time, and what close() does with unfinished input: bogus
# comments, unclosed tags, CDATA content of script/style, marked sections, references cut at the
# end of the data, '<' and '&' that start nothing, malformed attributes, reset() and getpos().
from html.parser import HTMLParser
import _markupbase


class Tracer(HTMLParser):
    def __init__(self, **kw):
        self.calls = []
        super().__init__(**kw)

    def _add(self, *call):
        self.calls.append(call)

    def handle_starttag(self, tag, attrs):
        self._add('start', tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._add('startend', tag, attrs)

    def handle_endtag(self, tag):
        self._add('end', tag)

    def handle_data(self, data):
        self._add('data', data)

    def handle_charref(self, name):
        self._add('charref', name)

    def handle_entityref(self, name):
        self._add('entityref', name)

    def handle_comment(self, data):
        self._add('comment', data)

    def handle_decl(self, decl):
        self._add('decl', decl)

    def handle_pi(self, data):
        self._add('pi', data)

    def unknown_decl(self, data):
        self._add('unknown_decl', data)


def run(doc, convert, chunked, close=True):
    p = Tracer(convert_charrefs=convert)
    try:
        for piece in (doc if chunked else [doc]):
            p.feed(piece)
        if close:
            p.close()
    except AssertionError as e:
        p.calls.append(('AssertionError', str(e)))
    return p.calls, p.rawdata, p.getpos()


DOCS = [
    '<p class="a" id=b>Hi &amp; bye &#169; &#xA9; &copy &unknown; x</p>',
    '<a href="a&b&amp;c&notit;&#39;">t</a>',
    '<div  /><br/ ><img/src="x"/><input disabled/>',
    '<a b=\'1\' c="2" d=3 e f = "g" h=>text',
    '<a =x b==y "c">',
    '<p><b>bold <i>both</b> italic?</i></p>',
    '<script>if (a<b && c>"</p>") {}</script>after',
    '<script>x = "</scr" + "ipt>";</SCRIPT >done',
    '<style>p{}</style extra><style>q</ style>',
    '<script><!-- never closed',
    '<title>a &amp; <b>b</b></title>',
    '<!-- a -- b --><!----><!---->x<!-- unfinished',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"><!doctype x>',
    '<![CDATA[ <raw> & ]]><![if !IE]>ie<![endif]>',
    '<!bogus comment><!><!-x><?pi stuff?></>',
    '</ p></p attr="x"></3></ >',
    'a < b and c <d e> f <',
    'fish &chips & &#x &# &#12a &#xzz; end &',
    'cut &am',
    'cut &#1',
    'cut &#x4',
    '<a href="unterminated',
    '<a href=x',
    '<div\n class="multi\nline"\n>line\ntwo</div\n>',
    '<p>',
    '&lt;&gt',
]
for doc in DOCS:
    print(repr(doc))
    results = {}
    for convert in (True, False):
        calls, rest, pos = run(doc, convert, False)
        byone = run(doc, convert, True)
        results[convert] = calls
        print(f'  convert={convert}: {calls}')
        print(f'    left {rest!r} at {pos}; one char at a time same: {byone == (calls, rest, pos)}')
        if byone != (calls, rest, pos):
            print('    by char:', byone)
    open_calls, rest, pos = run(doc, True, False, close=False)
    if rest:
        print(f'  before close(): left {rest!r} at {pos}')

for doc in ['<![foo[ x ]]>', '<![ x', '<!ELEMENT x>']:
    print(repr(doc), run(doc, True, False))

p = Tracer()
p.feed('<a href="x">text')
print(p.get_starttag_text(), p.lasttag, p.cdata_elem)
p.feed('<script>')
print(p.cdata_elem, p.interesting.pattern, p.interesting.flags & 2)
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag, p.cdata_elem, p.get_starttag_text())
p.feed('<b>x</b>')
p.close()
print(p.calls[-3:])
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print('RuntimeError', e)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)
