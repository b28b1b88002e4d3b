# immortal-test: cycles
# urllib.request without the network: Request's attributes, OpenerDirector's handler chains with
# handlers of a made-up 'mem:' scheme (processors, error handlers, redirects, HTTPError as a
# response), build_opener's replacement of default handlers, data: and file: URLs through urlopen
# and urlretrieve, and the helpers (pathname2url, parse_http_list, proxies from the environment,
# password managers).
import io
import os
import tempfile
import urllib.request as ur
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.response import addinfourl, addbase, addclosehook
import email

# -- Request
r = ur.Request('http://www.example.com:8080/a/b?x=1#top', data=b'k=v',
               headers={'content-TYPE': 'text/plain', 'X-Trace': 'abc'})
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host, r.unverifiable)
print(r.get_method(), r.data, r.headers, r.has_header('Content-type'), r.has_header('content-type'))
r.add_unredirected_header('authorization', 'Basic xyz')
r.add_header('Content-length', '3')
print(r.header_items(), r.get_header('Authorization'), r.get_header('Nope', 'dflt'))
r.data = b'k=v'
print(r.has_header('Content-length'))
r.data = b'other'
print(r.has_header('Content-length'), r.get_method())
del r.data
print(r.data, r.get_method())
r.remove_header('X-trace')
r.remove_header('Authorization')
print(r.header_items(), r.has_proxy())
r.set_proxy('proxy:3128', 'http')
print(r.host, r.type, r.selector, r.has_proxy())
r2 = ur.Request('<URL:https://h.example/p>', method='PUT', origin_req_host='o', unverifiable=True)
print(r2.full_url, r2.get_method(), r2.origin_req_host, r2.unverifiable, r2.type, r2.host, r2.selector)
r2.set_proxy('proxy:3128', 'http')
print(r2.host, r2.type, r2._tunnel_host, r2.selector)
r2.full_url = 'ftp://u@files.example/x%20y#frag'
print(r2.full_url, r2.host, r2.selector, r2.fragment, r2.get_full_url())
del r2.full_url
print(r2.full_url, repr(r2.selector), r2.fragment)
print(ur.Request('http://%68ost/').host, ur.Request('data:,x').selector, ur.Request('file:/x').host)
for bad in ['www.example.com', '', '/path/only']:
    try:
        ur.Request(bad)
    except ValueError as e:
        print('ValueError', e)
print(ur.request_host(ur.Request('http://WWW.Example.COM:99/')),
      repr(ur.request_host(ur.Request('file:///x', headers={'Host': 'H:80'}))))


# -- a handler for the 'mem:' scheme: a little in-memory web
PAGES = {'/': b'<h1>home</h1>', '/about': b'about us', '/old': None, '/secret': None}


class MemHandler(ur.BaseHandler):
    def mem_open(self, req):
        path = req.selector or '/'
        log.append(('open', req.full_url, req.get_method()))
        if path == '/old':
            headers = email.message_from_string('Location: /about\n')
            resp = addinfourl(io.BytesIO(b''), headers, req.full_url, 301)
            resp.msg = 'Moved Permanently'
            # status errors go through the opener's http error chains
            return self.parent.error('http', req, resp, 301, 'Moved', headers)
        if path not in PAGES or PAGES[path] is None:
            headers = email.message_from_string('Content-type: text/plain\n')
            raise HTTPError(req.full_url, 404, 'Not Found', headers, io.BytesIO(b'no such page'))
        headers = email.message_from_string('Content-type: text/html\nContent-length: %d\n'
                                            % len(PAGES[path]))
        return addinfourl(io.BytesIO(PAGES[path]), headers, req.full_url, 200)


class Redirects(ur.BaseHandler):
    handler_order = 400     # before HTTPRedirectHandler

    def http_error_301(self, req, resp, code, msg, headers):
        log.append(('http_error_301', code, msg))
        return self.parent.open('mem:' + headers['Location'])


class Stamp(ur.BaseHandler):
    handler_order = 100

    def mem_request(self, req):
        req.add_header('X-stamp', 'yes')
        log.append(('request', self.handler_order, req.get_header('X-stamp')))
        return req

    def mem_response(self, req, resp):
        log.append(('response', resp.getcode()))
        return resp


class Late(Stamp):
    handler_order = 900


class NoTLS(ur.HTTPSHandler):
    # nothing here opens https: skip loading certificates (slow in CPython)
    def __init__(self):
        ur.AbstractHTTPHandler.__init__(self)


log = []
opener = ur.build_opener(MemHandler, Redirects(), Late, Stamp, NoTLS)
print([type(h).__name__ for h in opener.handlers])
print(sorted(opener.handle_open), sorted(opener.process_request), sorted(opener.handle_error))
print(opener.addheaders)
with opener.open('mem:/') as resp:
    print(resp.read(), resp.status, resp.getcode(), resp.geturl(), resp.info()['content-type'])
print(log)
log.clear()
resp = opener.open('mem:/old')
print(resp.read(), resp.url, log)
log.clear()
try:
    opener.open(ur.Request('mem:/missing'), data=b'x')
except HTTPError as e:
    print(repr(e), str(e), e.code, e.reason, e.msg, e.filename, e.headers['content-type'])
    print(e.read(), e.getcode(), e.geturl(), e.status, e.info() is e.hdrs, isinstance(e, URLError),
          isinstance(e, OSError), isinstance(e, addinfourl))
    e.close()
print(log)
try:
    opener.open('nope:/x')
except URLError as e:
    print(repr(e), e, e.reason, e.args)
try:
    ur.OpenerDirector().add_handler(object())
except TypeError as e:
    print('TypeError', e)
print(ur.OpenerDirector().open(ur.Request('mem:/')))


class MyFile(ur.FileHandler):
    pass


print([type(h).__name__ for h in ur.build_opener(MyFile, ur.HTTPHandler(), NoTLS()).handlers])
ur.install_opener(ur.build_opener(NoTLS))
print(ur.BaseHandler() < object(), ur.HTTPErrorProcessor.handler_order, ur.ProxyHandler.handler_order,
      ur.HTTPDigestAuthHandler.handler_order, ur.BaseHandler.handler_order)

# -- data: and file: URLs through urlopen
for url in ['data:,Hello%2C%20World%21', 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
            'data:text/html;charset=utf-8,%3Ch1%3Ecaf%C3%A9%3C%2Fh1%3E', 'data:;base64,AAEC']:
    with ur.urlopen(url) as resp:
        body = resp.read()
        print(body, resp.status, resp.info()['Content-type'], resp.info()['Content-length'],
              resp.geturl() == url, type(resp).__name__)
try:
    ur.urlopen('data:no-comma')
except ValueError as e:
    print('ValueError', e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'notes 1.txt')
    with open(path, 'w') as f:
        f.write('line one\nline two\n')
    url = 'file://' + ur.pathname2url(path)
    print(ur.pathname2url('/a b/c%d'), ur.url2pathname('/a%20b/c%25d'), ur.url2pathname(ur.pathname2url(path)) == path)
    with ur.urlopen(url) as resp:
        print(resp.readline(), list(resp), resp.info()['Content-type'], resp.info()['Content-length'],
              resp.url == url, resp.status, sorted(resp.info().keys()))
    resp = ur.urlopen('file://localhost' + ur.pathname2url(path))
    print(resp.read(4), resp.geturl().startswith('file://localhost/'))
    resp.close()
    try:
        with resp:
            pass
    except ValueError as e:
        print('ValueError', e)
    for bad in [url + '.missing', 'file://other.example' + ur.pathname2url(path),
                'file://localhost:80' + ur.pathname2url(path)]:
        try:
            ur.urlopen(bad)
        except URLError as e:
            print(type(e).__name__, type(e.reason).__name__, getattr(e.reason, 'errno', e.reason))
    reports = []
    copy = os.path.join(tmp, 'copy.txt')
    name, headers = ur.urlretrieve(url, copy, lambda *a: reports.append(a))
    print(name == copy, open(copy).read(), reports, headers['content-length'])
    name, headers = ur.urlretrieve(url)
    print(name == path.replace(' ', '%20'), headers.get_content_type())
    name, headers = ur.urlretrieve('data:,temporary')
    print(open(name).read(), os.path.exists(name))
    ur.urlcleanup()
    print(os.path.exists(name), ur._opener)

# -- install_opener: urlopen uses it
log.clear()
ur.install_opener(opener)
print(ur.urlopen('mem:/about').read(), log)
ur.install_opener(None)

# -- helpers
print(ur.parse_http_list('a, b="c, d", e="f\\"g", , h'), ur.parse_http_list(''))
print(ur.parse_keqv_list(['realm="x y"', 'nonce=abc', 'q=""']))
os.environ['HTTP_PROXY'] = 'http://upper:1'
os.environ['https_proxy'] = 'https://secure.proxy:443'
os.environ['FTP_PROXY'] = 'ftp://f:21'
os.environ['ftp_proxy'] = ''
os.environ['no_proxy'] = 'localhost, .internal.example,127.0.0.1:8080'
proxies = ur.getproxies()
print(sorted(proxies.items()))
for host in ['localhost', 'a.internal.example', 'internal.example', 'xinternal.example', 'LOCALHOST:80',
             '127.0.0.1:8080', '127.0.0.1', 'example.com']:
    print(host, ur.proxy_bypass(host), ur.proxy_bypass_environment(host, {'no': '*'}),
          ur.proxy_bypass_environment(host, {}))
os.environ['REQUEST_METHOD'] = 'GET'
print(sorted(ur.getproxies_environment()))
for name in ['HTTP_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'no_proxy', 'REQUEST_METHOD']:
    del os.environ[name]
print(ur._parse_proxy('proxy.example:3128'), ur._parse_proxy('http://joe:pw@proxy.example:3128/'),
      ur._parse_proxy('http://proxy.example'), ur._parse_proxy('joe:pw@proxy:1'))
try:
    ur._parse_proxy('file:/no/authority')
except ValueError as e:
    print('ValueError', e)

ph = ur.ProxyHandler({'mem': 'http://proxy.example:8000', 'HTTP': 'http://p:1'})
print(sorted(k for k in vars(ph) if k.endswith('_open')))
req = ur.Request('http://site.example/x')
ur.ProxyHandler({'http': 'http://joe:s%20cret@p.example:8000'}).proxy_open(req, 'http://joe:s%20cret@p.example:8000', 'http')
print(req.host, req.selector, req.get_header('Proxy-authorization'), req.has_proxy())

mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password('Realm', 'http://example.com/private/', 'alice', 'pw1')
mgr.add_password(None, ['https://example.com', 'other.example:8080'], 'bob', 'pw2')
for realm, uri in [('Realm', 'http://example.com/private/doc'), ('Realm', 'http://example.com:80/private'),
                   ('Realm', 'http://example.com/public'), ('Other', 'https://example.com:443/x'),
                   ('Other', 'other.example:8080'), ('Other', 'http://other.example:8080/a')]:
    print(realm, uri, mgr.find_user_password(realm, uri))
print(mgr.reduce_uri('http://h/p'), mgr.reduce_uri('https://h'), mgr.reduce_uri('h:1', False),
      mgr.is_suburi(('h', '/a'), ('h', '/a/b')), mgr.is_suburi(('h', '/a'), ('h', '/ab')))
prior = ur.HTTPPasswordMgrWithPriorAuth()
prior.add_password('R', 'http://api.example/v1/', 'k', 's', is_authenticated=True)
print(prior.is_authenticated('http://api.example/v1/items'), prior.is_authenticated('http://x/'),
      prior.find_user_password(None, 'http://api.example/v1/'))
auth = ur.HTTPBasicAuthHandler(prior)
auth.add_parent(opener)
req = auth.http_request(ur.Request('http://api.example/v1/items'))
print(req.unredirected_hdrs)
print(list(ur.AbstractBasicAuthHandler()._parse_realm('Basic realm="x", Digest realm=\'y\'')))
dig = ur.HTTPDigestAuthHandler()
dig.add_password('r', 'http://h/', 'u', 'p')
print(dig.get_authorization(ur.Request('http://h/dir/index.html'),
                            {'realm': 'r', 'nonce': 'n0nce', 'opaque': 'op'}))
try:
    dig.get_algorithm_impls('SHA-256')
except ValueError as e:
    print('ValueError', e)

# -- response objects
closed = []
fp = addclosehook(io.BytesIO(b'abc'), lambda *a: closed.append(a), 1, 2)
print(fp.read(), fp.closed)
fp.close()
fp.close()
print(closed, fp.closed, fp.fp.closed)
print(ContentTooShortError('short', ('f', None)).content, str(URLError('why', 'f.txt')), URLError('w').filename)
h = HTTPError('http://x/', 500, 'Boom', None, None)
print(h, repr(h), h.read(), h.headers, h.reason, h.fp is not None)
h.headers = {'a': 1}
print(h.hdrs, h.info())
