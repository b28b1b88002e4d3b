# urllib.parse.urljoin and urldefrag: the reference resolution examples of RFC 3986 section 5.4
# (normal and abnormal), schemes that are not relative, bytes, and a small site router that
# resolves the links of its pages.
from urllib.parse import urljoin, urldefrag, urlsplit, urlparse, unquote

base = 'http://a/b/c/d;p?q'
normal = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
          'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']
abnormal = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
            'g#s/../x', 'http:g', 'http:', 'https:g', '//g/..', 'g//h', 'a/./b/../../c/']
for ref in normal + abnormal:
    print(f'{ref!r:16} -> {urljoin(base, ref)}')

print(urljoin('', 'x'), urljoin('http://h/', ''), urljoin('', ''), repr(urljoin(None, 'x')))
print(urljoin('http://h/a/b', 'c', allow_fragments=False), urljoin('http://h/a#x', '#y', False))
print(urljoin('mailto:a@b', 'c@d'), urljoin('news:x', 'y'), urljoin('http://h/a', 'ftp://g/x'))
print(urljoin('svn+ssh://h/trunk/a', '../branches'), urljoin('ws://h/a/b', 'c?d'))
print(urljoin('file:///usr/lib/x', 'y'), urljoin('http://h', 'p'), urljoin('http://h/a/', '..'))
print(urljoin('http://h/a//b/c', '../d'), urljoin('http://h/a', './/x'), urljoin('https://h/a', '//o/p'))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''), urljoin(b'', b'x'))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError', e)

for u in ['http://h/p?q#frag', 'http://h/p', 'http://h/p#', '#x', 'http://h/p;a?q#f#g']:
    d = urldefrag(u)
    print(repr(u), d, d.url, repr(d.fragment), d.geturl())
d = urldefrag(b'http://h/p#f')
print(d, d.decode(), d.geturl())
print(urldefrag('http://h/p#f').encode('ascii'))


class Router:
    """Maps URL paths to pages; each page links to others by relative references."""

    def __init__(self, root):
        self.root = root
        self.pages = {}

    def add(self, path, links):
        self.pages[path] = links

    def resolve(self, page_url, href):
        target = urljoin(page_url, href)
        parts = urlsplit(target)
        origin = urlsplit(self.root)
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            return target, 'external'
        path = unquote(parts.path)
        return target, ('ok ' + path) if path in self.pages else 'missing ' + path

    def crawl(self):
        seen, queue = set(), [self.root]
        while queue:
            url = queue.pop(0)
            page, _ = urldefrag(url)
            if page in seen:
                continue
            seen.add(page)
            path = urlparse(page).path
            print('page', path)
            for href in self.pages.get(path, ()):
                target, status = self.resolve(page, href)
                print('   ', f'{href!r:28}', target, status)
                if status.startswith('ok'):
                    queue.append(target)


site = Router('https://docs.example.org/')
site.add('/', ['guide/', 'api/index.html', 'https://python.org/', 'guide/#install'])
site.add('/guide/', ['install.html', '../api/index.html?v=2', '../', 'faq%20page.html', '/guide/'])
site.add('/guide/install.html', ['./', '../../../api/index.html', '#top', '//cdn.example.org/x.js'])
site.add('/api/index.html', ['module/', '../guide/install.html#pip', 'mailto:help@example.org'])
site.add('/guide/faq page.html', [])
site.crawl()
