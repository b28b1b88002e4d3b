# html.parser: a link and text extractor over a realistic page: attributes (quoted, unquoted, bare,
# with references), getpos(), get_starttag_text(), script/style content kept as text, the page fed
# in small chunks giving the same result as one feed, and urljoin of the links.
from html.parser import HTMLParser
from urllib.parse import urljoin

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Caf&eacute; &amp; Bistro &#8212; Menu</title>
  <link rel="stylesheet" href="/static/site.css?v=3">
  <style>a > b { color: red } /* <a href="not-a-link"> */</style>
  <script type="text/javascript">
    if (a < b && c > d) { document.write("<a href='nope'>x</a>"); }
  </script>
</head>
<body class=home data-id=42 hidden>
  <!-- navigation -->
  <nav>
    <a href="/">Home</a> |
    <a href='menu.html#drinks' title="Drinks &amp; more">Drinks</a> |
    <A HREF=../about/ TARGET=_blank>About&nbsp;us</A> |
    <a href="https://maps.example.com/?q=caf%C3%A9&amp;z=15">Find us</a>
    <a name="anchor-only">no href</a>
  </nav>
  <p>Open 7&#160;days &ndash; call <a href="tel:+33123456789">+33&nbsp;1&nbsp;23</a>.</p>
  <img src="img/logo.png" alt="Caf&eacute; logo"/><br/>
  <form action="/search" method=get><input name=q value="soup &amp; salad"><input type=submit disabled></form>
  <?php echo "processing instruction"; ?>
</body>
</html>
"""


class LinkExtractor(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.links = []
        self.text = []
        self.stack = []
        self.events = 0

    def handle_starttag(self, tag, attrs):
        self.events += 1
        self.stack.append(tag)
        attrs = dict(attrs)
        for name in ('href', 'src', 'action'):
            if attrs.get(name):
                self.links.append((self.getpos(), tag, name, attrs[name], urljoin(self.base, attrs[name])))
        if tag in ('a', 'img', 'input', 'body', 'meta'):
            print('start', self.getpos(), tag, sorted(attrs.items(), key=lambda kv: kv[0]),
                  repr(self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        print('empty', tag, attrs)
        super().handle_startendtag(tag, attrs)

    def handle_endtag(self, tag):
        self.events += 1
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        elif tag in self.stack:
            print('  unclosed before', tag, self.stack[self.stack.index(tag) + 1:])
            del self.stack[self.stack.index(tag):]

    def handle_data(self, data):
        self.events += 1
        if self.stack and self.stack[-1] in ('script', 'style'):
            print(self.stack[-1], 'content', repr(data))
        elif data.strip():
            self.text.append(' '.join(data.split()))

    def handle_comment(self, data):
        print('comment', repr(data), self.getpos())

    def handle_decl(self, decl):
        print('decl', repr(decl))

    def handle_pi(self, data):
        print('pi', repr(data))


p = LinkExtractor('https://bistro.example/fr/index.html')
p.feed(PAGE)
p.close()
for link in p.links:
    print(*link)
print(p.text)
print('left open:', p.stack, 'position', p.getpos(), 'last tag', p.lasttag)


class Recorder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.calls = []

    def handle_starttag(self, tag, attrs):
        self.calls.append(('start', tag, attrs))

    def handle_endtag(self, tag):
        self.calls.append(('end', tag))

    def handle_data(self, data):
        if self.calls and self.calls[-1][0] == 'data':
            self.calls[-1] = ('data', self.calls[-1][1] + data)
        else:
            self.calls.append(('data', data))

    def handle_comment(self, data):
        self.calls.append(('comment', data))

    def handle_decl(self, data):
        self.calls.append(('decl', data))

    def handle_pi(self, data):
        self.calls.append(('pi', data))


whole = Recorder()
whole.feed(PAGE)
whole.close()
for size in (1, 3, 7, 64):
    chunked = Recorder()
    for k in range(0, len(PAGE), size):
        chunked.feed(PAGE[k:k + size])
    chunked.close()
    print(size, chunked.calls == whole.calls, len(chunked.calls))
print(len(whole.calls), p.events)
