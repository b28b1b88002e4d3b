# immortal-test: cycles
# urllib.request's HTTP machinery with the connection replaced by an in-memory server (Immortal has
# no sockets): the headers do_request_ adds, POST bodies and Content-length, redirects (301-308,
# POST turned into GET, loop detection, forbidden schemes), Basic and Digest authentication
# retries, proxies with credentials, HTTPError for 4xx/5xx, and the error processor chain.
import email
import hashlib
import io
import urllib.request as ur
from urllib.error import HTTPError, URLError
from urllib.response import addinfourl


class Response(addinfourl):
    def __init__(self, body, headers, url, code, reason):
        super().__init__(io.BytesIO(body), email.message_from_string(headers), url, code)
        self.msg = self.reason = reason


SEEN = []


def server(req):
    """What a small site answers: (status, reason, headers, body)."""
    path = req.selector
    auth = req.get_header('Authorization')
    if path.startswith('http://'):
        path = '/via-proxy' + path[len('http://'):]
    if path == '/moved':
        return 301, 'Moved Permanently', 'Location: /target?from=moved\n', b''
    if path == '/found-post':
        return 302, 'Found', 'Location: http://site.example/target\n', b''
    if path == '/temp':
        return 307, 'Temporary Redirect', 'Location: /target\n', b''
    if path == '/loop':
        return 302, 'Found', 'Location: /loop\n', b''
    if path == '/to-file':
        return 302, 'Found', 'Location: file:///etc/passwd\n', b''
    if path == '/no-location':
        return 302, 'Found', 'X: y\n', b'no location'
    if path == '/spaces':
        return 302, 'Found', 'Location: /a b/\xe9?x=1 2\n', b''
    if path == '/private':
        if auth == 'Basic ' + 'YWxpY2U6czNjcmV0':
            return 200, 'OK', 'Content-type: text/plain\n', b'welcome alice'
        return 401, 'Unauthorized', 'WWW-Authenticate: Basic realm="Members"\n', b'login first'
    if path == '/digest':
        if auth and auth.startswith('Digest '):
            return 200, 'OK', '', b'digest ok: ' + auth.encode()
        return 401, 'Unauthorized', 'WWW-Authenticate: Digest realm="D", nonce="abc", algorithm=MD5\n', b''
    if path == '/ntlm':
        return 401, 'Unauthorized', 'WWW-Authenticate: NTLM\n', b''
    if path == '/boom':
        return 500, 'Internal Server Error', 'Content-type: text/plain\n', b'stack trace here'
    data = req.data
    size = len(data.read()) if hasattr(data, 'read') else len(b''.join(data) if isinstance(data, list) else data or b'')
    body = ('%s %s len=%s' % (req.get_method(), path, size)).encode()
    return 200, 'OK', 'Content-type: text/plain\nContent-length: %d\n' % len(body), body


class FakeHTTP(ur.HTTPHandler):
    def http_open(self, req):
        SEEN.append((req.get_method(), req.full_url, req.host, req.selector,
                     sorted(req.header_items())))
        code, reason, headers, body = server(req)
        return Response(body, headers, req.full_url, code, reason)


class NoTLS(ur.HTTPSHandler):
    def __init__(self):
        ur.AbstractHTTPHandler.__init__(self)


def show(opener, url, data=None):
    SEEN.clear()
    try:
        resp = opener.open(url, data)
        print('OK', resp.status, resp.reason, resp.geturl(), resp.read())
    except HTTPError as e:
        print('HTTPError', e.code, repr(e.reason), e.geturl(), e.read(), e.headers.get('location'))
    except (URLError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
    for call in SEEN:
        print('   ', *call)


opener = ur.build_opener(FakeHTTP, NoTLS, ur.ProxyHandler({}))
opener.addheaders = [('User-agent', 'test-agent/1.0'), ('Accept', '*/*')]
show(opener, 'http://site.example/hello')
show(opener, 'http://site.example:8080/form', b'a=1&b=2')
show(opener, ur.Request('http://site.example/json', data=b'{}', headers={'Content-Type': 'application/json'},
                        method='PUT'))
show(opener, ur.Request('http://site.example/custom', headers={'User-Agent': 'mine', 'Host': 'other'}))
show(opener, ur.Request('http://site.example/file', data=io.BytesIO(b'streamed')))
show(opener, ur.Request('http://site.example/iter', data=[b'a', b'b']))
show(opener, ur.Request('http://site.example/mv', data=memoryview(b'12345')))
show(opener, ur.Request('http://site.example/empty-post', method='POST'))
show(opener, ur.Request('http://site.example/str', data='text body'))
show(opener, 'http:///nohost')
show(opener, 'http://site.example/moved')
show(opener, ur.Request('http://site.example/found-post', data=b'x=1', headers={'Content-type': 'text/x'}))
show(opener, ur.Request('http://site.example/temp', data=b'x=1'))
show(opener, 'http://site.example/temp')
show(opener, 'http://site.example/loop')
show(opener, 'http://site.example/to-file')
show(opener, 'http://site.example/no-location')
show(opener, 'http://site.example/spaces')
show(opener, 'http://site.example/boom')

# Basic authentication: a 401 with a challenge, then a retry with the password manager's answer
mgr = ur.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password('Members', 'http://site.example/', 'alice', 's3cret')
basic = ur.HTTPBasicAuthHandler(mgr)
auth_opener = ur.build_opener(FakeHTTP, NoTLS, basic, ur.ProxyHandler({}))
show(auth_opener, 'http://site.example/private')
wrong = ur.HTTPBasicAuthHandler()
wrong.add_password('Members', 'site.example', 'bob', 'nope')
show(ur.build_opener(FakeHTTP, NoTLS, wrong, ur.ProxyHandler({})), 'http://site.example/private')
show(auth_opener, 'http://site.example/ntlm')


# Digest authentication, with a fixed client nonce
class FixedDigest(ur.HTTPDigestAuthHandler):
    def get_cnonce(self, nonce):
        return hashlib.sha1(nonce.encode()).hexdigest()[:16]


digest = FixedDigest()
digest.add_password('D', 'http://site.example/', 'dave', 'pw')
show(ur.build_opener(FakeHTTP, NoTLS, digest, ur.ProxyHandler({})), 'http://site.example/digest')

# a proxy with credentials: the request goes to the proxy with the full URL as selector
proxy = ur.ProxyHandler({'http': 'http://pxuser:px%40pw@proxy.example:3128'})
show(ur.build_opener(FakeHTTP, NoTLS, proxy), 'http://site.example/through')
show(ur.build_opener(FakeHTTP, NoTLS, ur.ProxyHandler({'http': 'proxy.example:3128', 'no': 'site.example'})),
     'http://site.example/bypassed')

# the real handler: no sockets in Immortal (URLError, as for an unreachable host), after the
# request was prepared
plain = ur.build_opener(NoTLS, ur.ProxyHandler({}))
req = ur.Request('http://unreachable.invalid/x', data=b'q=1')
try:
    plain.open(req)
except URLError as e:
    print('URLError raised', isinstance(e.reason, Exception))
print(sorted(req.header_items()), req.timeout is not None)


# do_open with a connection class of the program's (as for a Unix socket transport): the headers
# it gets (title-cased, Connection: close), the tunnel for https through a proxy, the response's
# url and msg
class FakeConnection:
    debuglevel = 0

    def __init__(self, host, timeout=None, **kwargs):
        self.host, self.kwargs, self.sock, self.tunnel = host, sorted(kwargs), None, None
        print('  connect', host, timeout is not None, self.kwargs)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, headers=None):
        self.tunnel = host
        print('  tunnel', host, headers)

    def request(self, method, selector, body, headers, encode_chunked=False):
        print('  request', method, selector, body, sorted(headers.items()), encode_chunked)
        if selector == '/refused':
            raise ConnectionRefusedError(111, 'Connection refused')
        self.selector = selector

    def getresponse(self):
        code = 404 if self.selector.endswith('/missing') else 200
        resp = Response(b'body of ' + self.selector.encode(), 'Content-type: text/plain\n',
                        None, code, 'OK' if code == 200 else 'Not Found')
        return resp

    def close(self):
        print('  close')


class ConnHandler(ur.HTTPHandler):
    def http_open(self, req):
        return self.do_open(FakeConnection, req)


class ConnTLSHandler(ur.HTTPSHandler):
    def __init__(self):
        ur.AbstractHTTPHandler.__init__(self, debuglevel=2)

    def https_open(self, req):
        return self.do_open(FakeConnection, req, context='ctx')


conn_opener = ur.build_opener(ConnHandler, ConnTLSHandler, ur.ProxyHandler({}))
for target in ['http://svc.local/items?x=1', ur.Request('http://svc.local/upload', data=b'12', headers={'x-a': 'b'}),
               'http://svc.local/missing', 'http://svc.local/refused', 'https://secure.local/'] :
    try:
        resp = conn_opener.open(target)
        print(resp.url, resp.msg, resp.code, resp.read())
    except URLError as e:
        print(type(e).__name__, e)
tunneled = ur.build_opener(ConnHandler, ConnTLSHandler,
                           ur.ProxyHandler({'https': 'http://u:p@proxy.local:3128'}))
resp = tunneled.open('https://secure.local/account')
print(resp.url, resp.read())
