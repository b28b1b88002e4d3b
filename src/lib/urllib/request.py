"""Opening URLs, written for Immortal from the documented behaviour of CPython 3.12's urllib.request:
Request, OpenerDirector and its handler chains (build_opener, install_opener, urlopen), the handler
classes, the password managers, urlretrieve, pathname2url/url2pathname and the proxy settings of
the environment.

Immortal has no sockets: file: and data: URLs open as in CPython; opening http:, https: or ftp:
runs the request processors (headers, proxies, authentication) as CPython does and then raises
URLError whose reason is a NotImplementedError saying so. Without a resolver, the only host names
file: URLs accept are 'localhost' and IPv4 literals, and localhost() is 127.0.0.1. Response headers
are email.message.Message objects, as in CPython."""

import base64
import bisect
import contextlib
import email
import hashlib
import http
import io
import os
import re
import string
import sys
import tempfile
import time
import warnings

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote, _splittype, _splithost, _splitport,
    _splituser, _splitpasswd, _splitattr, _splitquery, _splitvalue, _splittag, _to_bytes,
    unquote_to_bytes, urlunparse)
from urllib.response import addinfourl, addclosehook

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler', 'HTTPRedirectHandler',
    'HTTPCookieProcessor', 'ProxyHandler', 'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
    'HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler', 'HTTPBasicAuthHandler',
    'ProxyBasicAuthHandler', 'AbstractDigestAuthHandler', 'HTTPDigestAuthHandler',
    'ProxyDigestAuthHandler', 'HTTPHandler', 'FileHandler', 'FTPHandler', 'CacheFTPHandler',
    'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor', 'urlopen', 'install_opener',
    'build_opener', 'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
    'URLopener', 'FancyURLopener', 'HTTPSHandler']

# the version in the default User-agent header
__version__ = '%d.%d' % sys.version_info[:2]

# socket._GLOBAL_DEFAULT_TIMEOUT in CPython: "no timeout given"
_GLOBAL_DEFAULT_TIMEOUT = object()


def _no_sockets(url):
    # what opening a network URL comes to here
    return URLError(NotImplementedError(
        f'Immortal has no sockets: cannot open {url!r} (only file: and data: URLs can be opened)'))


def _message(text):
    # headers as an email.message.Message, as CPython's handlers make them
    return email.message_from_string(text)


_opener = None


def urlopen(url, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    """Open url (a str or a Request) through the installed opener (build_opener() unless
    install_opener() set another) and return the response: for file: and data: URLs an
    urllib.response.addinfourl (read(), info(), geturl(), status). data is the request body."""
    global _opener
    if cafile or capath or cadefault:
        warnings.warn("cafile, capath and cadefault are deprecated, use a custom context instead.",
                      DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of cafile, capath, and cadefault")
        # CPython without its ssl module answers the same
        raise ValueError('SSL support not available')
    if context:
        opener = build_opener(HTTPSHandler(context=context))
    elif _opener is None:
        opener = _opener = build_opener()
    else:
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    """Make opener the one urlopen() uses."""
    global _opener
    _opener = opener


_url_tempfiles = []     # made by urlretrieve(), removed by urlcleanup()


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy what url names into filename (a new temporary file when None) and return (filename,
    headers). A file: URL without filename is not copied: its own path comes back. reporthook, when
    given, is called with (blocks so far, block size, total size or -1) before the first block and
    after each."""
    scheme, rest = _splittype(url)
    with contextlib.closing(urlopen(url, data)) as source:
        headers = source.info()
        if scheme == 'file' and not filename:
            return os.path.normpath(rest), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)
        result = filename, headers
        with target:
            blocksize, expected, got, blocks = 8192, -1, 0, 0
            if "content-length" in headers:
                expected = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocks, blocksize, expected)
            while True:
                chunk = source.read(blocksize)
                if not chunk:
                    break
                got += len(chunk)
                target.write(chunk)
                blocks += 1
                if reporthook:
                    reporthook(blocks, blocksize, expected)
    if expected >= 0 and got < expected:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (got, expected), result)
    return result


def urlcleanup():
    """Remove the temporary files urlretrieve() made, and forget the installed opener."""
    global _opener
    for path in _url_tempfiles:
        try:
            os.unlink(path)
        except OSError:
            pass
    _url_tempfiles.clear()
    if _opener:
        _opener = None


_port_suffix = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request-host of RFC 2965, lowercased: the URL's host (or the Host header) without
    port."""
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
    return _port_suffix.sub("", host, 1).lower()


class Request:
    """An HTTP(-like) request: URL, body (data), headers, method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers, self.unredirected_hdrs = {}, {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if not self.fragment:
            return self._full_url
        return f'{self._full_url}#{self.fragment}'

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        if data == self._data:
            return
        self._data = data
        # a Content-length computed for the old body would now lie
        if self.has_header("Content-length"):
            self.remove_header("Content-length")

    def _del_data(self):
        self.data = None

    data = property(_get_data, _set_data, _del_data)

    def _parse(self):
        # type (scheme), host and selector (the rest) of the URL
        scheme, rest = _splittype(self._full_url)
        self.type = scheme
        if scheme is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        host, self.selector = _splithost(rest)
        self.host = unquote(host) if host else host

    def get_method(self):
        """The method given, else POST with a body and GET without."""
        return getattr(self, 'method', 'GET' if self.data is None else 'POST')

    def get_full_url(self):
        return self.full_url

    def has_proxy(self):
        return self.selector == self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            # https goes through the proxy in a CONNECT tunnel
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    # Header names are stored capitalized ('Content-type'); lookups take the name as stored.

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        # a header that a redirected request does not carry over
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# Method names a handler may have that look like '<protocol>_<condition>' but are not hooks.
_NOT_HOOKS = ("redirect_request", "do_open", "proxy_open")


class OpenerDirector:
    """Opens URLs through chains of handlers, found by their method names: <protocol>_open,
    <protocol>_request and <protocol>_response (processors), <protocol>_error_<code>."""

    def __init__(self):
        self.addheaders = [('User-agent', "Python-urllib/%s" % __version__)]
        self.handlers = []          # every handler added, sorted (kept for old code)
        self.handle_open = {}       # protocol (or 'default', 'unknown') -> handlers
        self.handle_error = {}      # protocol -> {code or 'default' -> handlers}
        self.process_response, self.process_request = {}, {}   # protocol -> processors

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        used = False
        for name in dir(handler):
            if name in _NOT_HOOKS:
                continue
            cut = name.find("_")
            protocol, condition = name[:cut], name[cut + 1:]
            if condition.startswith("error"):
                # '<protocol>_error_<kind>': kind is a status code or a word such as 'default'
                kind = name[condition.find("_") + cut + 2:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                table = self.handle_error.setdefault(protocol, {})
            elif condition in ("open", "response", "request"):
                kind = protocol
                table = {"open": self.handle_open, "response": self.process_response,
                         "request": self.process_request}[condition]
            else:
                continue
            chain = table.setdefault(kind, [])
            if chain:
                bisect.insort(chain, handler)
            else:
                chain.append(handler)
            used = True
        if used:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        # nothing to release; kept for old code
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # the first handler of the chain that returns something other than None answers; a
        # handler raises when no other one should try
        for handler in chain.get(kind, ()):
            answer = getattr(handler, meth_name)(*args)
            if answer is not None:
                return answer

    def open(self, fullurl, data=None, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        """Open fullurl (a str or a Request): the request processors, the openers, then the
        response processors of its protocol."""
        if not isinstance(fullurl, str):
            req = fullurl
            if data is not None:
                req.data = data
        else:
            req = Request(fullurl, data)
        req.timeout = timeout
        protocol = req.type

        hook = protocol + "_request"
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, hook)(req)

        sys.audit('urllib.Request', req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)

        hook = protocol + "_response"
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, hook)(req, response)
        return response

    def _open(self, req, data=None):
        protocol = req.type
        for kind, meth_name in (('default', 'default_open'), (protocol, protocol + '_open')):
            answer = self._call_chain(self.handle_open, kind, meth_name, req)
            if answer:
                return answer
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Pass an error to the handlers of proto: for http and https args are (request,
        response, code, message, headers), and http_error_<code> handlers, then
        http_error_default ones, are asked."""
        if proto not in ('http', 'https'):
            answer = self._call_chain(self.handle_error, proto, proto + '_error', *args)
            return answer if answer else None
        # https errors are handled as http ones
        table = self.handle_error['http']
        code = args[2]
        answer = self._call_chain(table, code, 'http_error_%s' % code, *args)
        if answer:
            return answer
        return self._call_chain(table, 'default', 'http_error_default', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers (proxy, unknown, http, https, default error,
    redirect, ftp, file, error processor, data) and the given ones (instances or classes). A given
    handler that is an instance or subclass of a default one replaces it."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FTPHandler, FileHandler, HTTPErrorProcessor, DataHandler,
                HTTPSHandler]

    def replaces(given, default):
        if isinstance(given, type):
            return issubclass(given, default)
        return isinstance(given, default)

    for default in defaults:
        if not any(replaces(given, default) for given in handlers):
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """Base of the handlers: handler_order places it in its chains (lower runs first)."""
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        # nothing to release; kept for old code
        pass

    def __lt__(self, other):
        # handlers of classes that know nothing of handler_order go after the others
        if hasattr(other, "handler_order"):
            return self.handler_order < other.handler_order
        return True


class HTTPErrorProcessor(BaseHandler):
    """Sends every HTTP response without a 2xx status to the opener's error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if 200 <= code < 300:
            return response
        return self.parent.error('http', request, response, code, msg, hdrs)

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    # the last resort for HTTP errors: raise them
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirections (of GET and HEAD; POST only for 301 to
    303, turned into GET)."""
    max_repeats = 4         # visits of one URL
    max_redirections = 10   # redirections in all

    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to make for a redirection to newurl, or None to let another handler try;
        HTTPError when the redirection must not be followed."""
        method = req.get_method()
        followed = (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
                    or code in (301, 302, 303) and method == "POST")
        if not followed:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        # the body does not follow, and neither do the headers that describe it
        kept = {name: value for name, value in req.headers.items()
                if name.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        # servers may send several Location (or URI) headers: the first one counts
        for name in ("location", "uri"):
            if name in headers:
                newurl = headers[name]
                break
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if parts.netloc and not parts.path:
            parts = parts._replace(path="/")
        # header values were decoded as Latin-1: back to those bytes, percent-encoded
        newurl = quote(urlunparse(parts), encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)

        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        # loop detection: the requests of one chain of redirections share one dict of visits
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        # the old response is no longer needed for an HTTPError
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    # every redirection status is handled alike

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy given as a URL with an authority
    ('http://user:pw@host:3128/') or as an authority alone ('host:3128')."""
    scheme, after = _splittype(proxy)
    if after.startswith("/"):
        if not after.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        # the authority ends at the first '/' after it (after the userinfo, which may hold one)
        start = after.find('@') if '@' in after else 2
        end = after.find("/", start)
        authority = after[2:] if end == -1 else after[2:end]
    else:
        scheme, authority = None, proxy
    userinfo, hostport = _splituser(authority)
    user = password = None
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests through proxies: {scheme: proxy URL}, from the environment by default."""
    handler_order = 100     # before every other opener

    def __init__(self, proxies=None):
        self.proxies = proxies = getproxies() if proxies is None else proxies
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        for scheme, url in proxies.items():
            scheme = scheme.lower()
            # one <scheme>_open hook per proxied scheme, on the instance
            setattr(self, '%s_open' % scheme,
                    lambda r, proxy=url, type=scheme, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        if req.host and proxy_bypass(req.host):
            return None
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        proxy_type = proxy_type or orig_type
        if user and password:
            creds = '%s:%s' % (unquote(user), unquote(password))
            req.add_header('Proxy-authorization',
                           'Basic ' + base64.b64encode(creds.encode()).decode("ascii"))
        req.set_proxy(unquote(hostport), proxy_type)
        if orig_type == proxy_type or orig_type == 'https':
            return None     # the handlers of the scheme take it from here
        # a proxy of another scheme: the request starts over as one of that scheme
        return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:
    """(user, password) by realm and URI; a password given for a URI also covers the URIs below
    it."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else uri
        by_uris = self.passwd.setdefault(realm, {})
        # stored both with the default port made explicit and as given
        for default_port in (True, False):
            by_uris[tuple(self.reduce_uri(u, default_port) for u in uris)] = (user, passwd)

    def find_user_password(self, realm, authuri):
        known = self.passwd.get(realm, {})
        for default_port in (True, False):
            wanted = self.reduce_uri(authuri, default_port)
            for uris, creds in known.items():
                if any(self.is_suburi(uri, wanted) for uri in uris):
                    return creds
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URI or of a bare authority ('host:port'); with default_port an
        http or https authority gets its default port."""
        parts = urlsplit(uri)
        if parts[1]:
            scheme, authority, path = parts[0], parts[1], parts[2] or '/'
        else:
            scheme, authority, path = None, uri, '/'
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            known = {"http": 80, "https": 443}.get(scheme)
            if known is not None:
                authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        """Whether the reduced URI test is base or below it."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1] if base[1].endswith('/') else base[1] + '/'
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """Falls back to the passwords added with realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is None:
            return HTTPPasswordMgr.find_user_password(self, None, authuri)
        return user, password


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    """Also remembers which URIs are known to need authentication, so that credentials go with
    the first request (is_authenticated)."""

    def __init__(self, *args, **kwargs):
        self.authenticated = {}     # reduced URI -> whether it is known to need credentials
        super().__init__(*args, **kwargs)

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        if realm is not None:
            # found for requests made before any challenge names the realm
            super().add_password(None, uri, user, passwd)
        super().add_password(realm, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        uris = [uri] if isinstance(uri, str) else uri
        for default_port in (True, False):
            for one in uris:
                self.authenticated[self.reduce_uri(one, default_port)] = is_authenticated

    def is_authenticated(self, authuri):
        for default_port in (True, False):
            wanted = self.reduce_uri(authuri, default_port)
            for uri, flag in self.authenticated.items():
                if self.is_suburi(uri, wanted):
                    return flag


class AbstractBasicAuthHandler:
    """Answers a Basic authentication challenge (RFC 7617) with the password manager's
    credentials."""

    # one challenge: scheme, blanks, realm= with the value in double, single or no quotes
    rx = re.compile('(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\\2', re.I)

    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password

    def _parse_realm(self, header):
        # (scheme, realm) of each challenge of a WWW-Authenticate header; (scheme, None) when
        # none names a realm
        found = False
        for m in AbstractBasicAuthHandler.rx.finditer(header):
            scheme, quote_char, realm = m.groups()
            if quote_char not in ('"', "'"):
                warnings.warn("Basic Auth Realm was unquoted", UserWarning, 3)
            yield scheme, realm
            found = True
        if not found:
            yield (header.split()[0] if header else ''), None

    def http_error_auth_reqed(self, authreq, host, req, headers):
        values = headers.get_all(authreq)
        if not values:
            return None
        unsupported = None
        for value in values:
            for scheme, realm in self._parse_realm(value):
                if scheme.lower() != 'basic':
                    unsupported = scheme
                elif realm is not None:
                    # the first Basic challenge with a realm is the one answered
                    return self.retry_http_basic_auth(host, req, realm)
        if unsupported is not None:
            raise ValueError("AbstractBasicAuthHandler does not support the following scheme: %r"
                             % (scheme,))

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        token = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode("ascii")
        auth = "Basic " + token
        if req.get_header(self.auth_header, None) == auth:
            return None     # these credentials were refused already
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        # with a manager that remembers authenticated URIs, send credentials at once
        knows = getattr(self.passwd, 'is_authenticated', None)
        if knows is None or not knows(req.full_url):
            return req
        if not req.has_header('Authorization'):
            user, passwd = self.passwd.find_user_password(None, req.full_url)
            token = base64.standard_b64encode('{0}:{1}'.format(user, passwd).encode()).decode()
            req.add_unredirected_header('Authorization', 'Basic {}'.format(token.strip()))
        return req

    def http_response(self, req, response):
        if hasattr(self.passwd, 'is_authenticated'):
            self.passwd.update_authenticated(req.full_url, 200 <= response.code < 300)
        return response

    https_request, https_response = http_request, http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Authorization'

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Proxy-authorization'

    def http_error_407(self, req, fp, code, msg, headers):
        # the proxy's authority (a request URL carries no userinfo)
        return self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)


# n random bytes, for the client nonce
_randombytes = os.urandom


class AbstractDigestAuthHandler:
    """Answers a Digest authentication challenge (RFC 2617; qop 'auth', MD5 or SHA)."""

    def __init__(self, passwd=None):
        self.passwd = HTTPPasswordMgr() if passwd is None else passwd
        self.add_password = self.passwd.add_password
        self.retried = self.nonce_count = 0
        self.last_nonce = None

    def reset_retry_count(self):
        # after each challenge answered (successfully or not)
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        challenge = headers.get(auth_header, None)
        if self.retried > 5:
            # refused five times: the credentials will not do
            raise HTTPError(req.full_url, 401, "digest auth failed", headers, None)
        self.retried += 1
        if challenge:
            scheme = challenge.split()[0]
            if scheme.lower() == 'digest':
                return self.retry_http_digest_auth(req, challenge)
            if scheme.lower() != 'basic':
                raise ValueError("AbstractDigestAuthHandler does not support the following "
                                 "scheme: '%s'" % scheme)

    def retry_http_digest_auth(self, req, auth):
        _, challenge = auth.split(' ', 1)
        fields = parse_keqv_list(filter(None, parse_http_list(challenge)))
        answer = self.get_authorization(req, fields)
        if not answer:
            return None
        value = 'Digest %s' % answer
        if req.headers.get(self.auth_header, None) == value:
            return None
        req.add_unredirected_header(self.auth_header, value)
        return self.parent.open(req, timeout=req.timeout)

    def get_cnonce(self, nonce):
        seed = ("%s:%s:%s:" % (self.nonce_count, nonce, time.ctime())).encode("ascii")
        return hashlib.sha1(seed + _randombytes(8)).hexdigest()[:16]

    def get_authorization(self, req, chal):
        try:
            realm, nonce = chal['realm'], chal['nonce']
        except KeyError:
            return None
        qop = chal.get('qop')
        algorithm = chal.get('algorithm', 'MD5')
        opaque = chal.get('opaque', None)
        H, KD = self.get_algorithm_impls(algorithm)
        user, pw = self.passwd.find_user_password(realm, req.full_url)
        if H is None or user is None:
            return None
        entdig = None if req.data is None else self.get_entity_digest(req.data, chal)

        ha1 = H("%s:%s:%s" % (user, realm, pw))
        ha2 = H("%s:%s" % (req.get_method(), req.selector))
        if qop is None:
            respdig = KD(ha1, "%s:%s" % (nonce, ha2))
        elif 'auth' in qop.split(','):
            # offered 'auth' (perhaps among others): answered with 'auth'
            if nonce != self.last_nonce:
                self.nonce_count, self.last_nonce = 1, nonce
            else:
                self.nonce_count += 1
            ncvalue = '%08x' % self.nonce_count
            cnonce = self.get_cnonce(nonce)
            respdig = KD(ha1, "%s:%s:%s:%s:%s" % (nonce, ncvalue, cnonce, 'auth', ha2))
        else:
            raise URLError("qop '%s' is not supported." % qop)

        fields = ['username="%s"' % user, 'realm="%s"' % realm, 'nonce="%s"' % nonce,
                  'uri="%s"' % req.selector, 'response="%s"' % respdig]
        if opaque:
            fields.append('opaque="%s"' % opaque)
        if entdig:
            fields.append('digest="%s"' % entdig)
        fields.append('algorithm="%s"' % algorithm)
        if qop:
            fields.append('qop=auth, nc=%s, cnonce="%s"' % (ncvalue, cnonce))
        return ', '.join(fields)

    def get_algorithm_impls(self, algorithm):
        digests = {'MD5': hashlib.md5, 'SHA': hashlib.sha1}
        if algorithm not in digests:
            raise ValueError("Unsupported digest authentication algorithm %r" % algorithm)
        digest = digests[algorithm]

        def H(text):
            return digest(text.encode("ascii")).hexdigest()

        def KD(secret, data):
            return H("%s:%s" % (secret, data))
        return H, KD

    def get_entity_digest(self, data, chal):
        # qop auth-int is not supported, as in CPython
        return None


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    """Digest authentication with the server (RFC 2069/2617)."""
    auth_header = 'Authorization'
    handler_order = 490     # before Basic

    def http_error_401(self, req, fp, code, msg, headers):
        answer = self.http_error_auth_reqed('www-authenticate', urlparse(req.full_url)[1], req,
                                            headers)
        self.reset_retry_count()
        return answer


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Proxy-Authorization'
    handler_order = 490     # before Basic

    def http_error_407(self, req, fp, code, msg, headers):
        answer = self.http_error_auth_reqed('proxy-authenticate', req.host, req, headers)
        self.reset_retry_count()
        return answer


_METHODS_WITH_BODY = {'PATCH', 'POST', 'PUT'}


def _content_length(body, method):
    # what http.client would put in Content-Length; None means a chunked body
    if body is None:
        return 0 if method.upper() in _METHODS_WITH_BODY else None
    if hasattr(body, 'read'):
        return None
    try:
        return memoryview(body).nbytes
    except TypeError:
        pass
    if isinstance(body, str):
        return len(body)
    return None


class AbstractHTTPHandler(BaseHandler):
    """Prepares HTTP requests (do_request_: Host, Content-type, Content-length, the opener's
    headers); opening them needs sockets, which Immortal does not have."""

    def __init__(self, debuglevel=None):
        self._debuglevel = 0 if debuglevel is None else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return _content_length(request.data, request.get_method())

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            if isinstance(request.data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file "
                                "object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if not (request.has_header('Content-length')
                    or request.has_header('Transfer-encoding')):
                length = self._get_content_length(request)
                if length is None:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
                else:
                    request.add_unredirected_header('Content-length', str(length))
        sel_host = host
        if request.has_proxy():
            # through a proxy, Host names the origin server of the full URL
            sel_host = _splithost(_splittype(request.selector)[1])[0]
        defaults = [('Host', sel_host)]
        defaults += [(name.capitalize(), value) for name, value in self.parent.addheaders]
        for name, value in defaults:
            if not request.has_header(name):
                # headers the program set itself win
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send req over a connection of http_class (with http.client.HTTPConnection's API:
        request(), getresponse(), set_tunnel(), close(), sock) and return its response, with url
        set and msg holding the reason."""
        if not req.host:
            raise URLError('no host given')
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        # the unredirected headers win over the others; one response per connection
        merged = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            merged.setdefault(name, value)
        merged["Connection"] = "close"
        headers = {name.title(): value for name, value in merged.items()}
        if req._tunnel_host:
            # proxy credentials go to the proxy with the CONNECT, not to the origin server
            tunnel = {}
            if "Proxy-Authorization" in headers:
                tunnel["Proxy-Authorization"] = headers.pop("Proxy-Authorization")
            conn.set_tunnel(req._tunnel_host, headers=tunnel)
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        # the response is read to its end and the connection not reused: let the socket go
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        # there is no http.client.HTTPConnection to open it with
        if not req.host:
            raise URLError('no host given')
        raise _no_sockets(req.full_url)

    http_request = AbstractHTTPHandler.do_request_


class HTTPSHandler(AbstractHTTPHandler):
    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        AbstractHTTPHandler.__init__(self, debuglevel)
        if check_hostname is not None and context is not None:
            context.check_hostname = check_hostname
        self._context = context

    def https_open(self, req):
        if not req.host:
            raise URLError('no host given')
        raise _no_sockets(req.full_url)

    https_request = AbstractHTTPHandler.do_request_


class HTTPCookieProcessor(BaseHandler):
    """Adds the cookie jar's cookies to requests and stores the cookies of responses."""

    def __init__(self, cookiejar=None):
        if cookiejar is None:
            import http.cookiejar
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        # the jar adds a Cookie header
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        # the jar keeps the Set-Cookie headers' cookies
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request, https_response = http_request, http_response


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' strings; a value in double quotes loses them."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed


def parse_http_list(s):
    """Split a comma-separated header list (RFC 2068 section 2): commas inside double-quoted
    strings, and characters after a backslash inside them, do not split; items are stripped."""
    items, current = [], []
    in_quotes = escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
        elif in_quotes:
            if ch == '\\':
                escaped = True      # the backslash itself is dropped
            else:
                if ch == '"':
                    in_quotes = False
                current.append(ch)
        elif ch == ',':
            items.append(''.join(current))
            current = []
        else:
            if ch == '"':
                in_quotes = True
            current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


def _host_address(host):
    # gethostbyname() without a resolver: localhost and IPv4 literals only
    if host.lower() == 'localhost':
        return localhost()
    if re.fullmatch(r'\d{1,3}(\.\d{1,3}){3}', host, re.ASCII):
        return host
    return None


class FileHandler(BaseHandler):
    """Opens file: URLs naming files of this machine."""

    names = None    # the addresses of this machine, found once

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        else:
            return self.open_local_file(req)

    def get_names(self):
        if FileHandler.names is None:
            FileHandler.names = (localhost(),) + thishost()
        return FileHandler.names

    def open_local_file(self, req):
        import email.utils
        import mimetypes
        host, filename = req.host, req.selector
        localfile = url2pathname(filename)
        try:
            st = os.stat(localfile)
            mtype = mimetypes.guess_type(filename)[0]
            headers = _message('Content-type: %s\nContent-length: %d\nLast-modified: %s\n' % (
                mtype or 'text/plain', st.st_size,
                email.utils.formatdate(st.st_mtime, usegmt=True)))
            port = None
            if host:
                host, port = _splitport(host)
            if not host or (not port and _host_address(host) in self.get_names()):
                origurl = 'file://' + (host or '') + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exc:
            raise URLError(exc)
        raise URLError('file not on local host')


class FTPHandler(BaseHandler):
    """Opens ftp: URLs through connect_ftp(), whose connection (an ftpwrapper) needs sockets,
    which Immortal does not have: URLError, unless a subclass connects otherwise."""

    def ftp_open(self, req):
        import mimetypes
        if not req.host:
            raise URLError('ftp error: no host given')
        host, port = _splitport(req.host)
        port = 21 if port is None else int(port)    # ftplib.FTP_PORT
        userinfo, host = _splituser(host)
        user, passwd = _splitpasswd(userinfo) if userinfo else (userinfo, None)
        address = _host_address(unquote(host))
        if address is None:
            raise _no_sockets(req.full_url)
        path, attrs = _splitattr(req.selector)
        *dirs, file = [unquote(part) for part in path.split('/')]
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        try:
            conn = self.connect_ftp(user or '', passwd or '', address, port, dirs, req.timeout)
            kind = 'I' if file else 'D'
            for attr in attrs:
                name, value = _splitvalue(attr)
                if name.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    kind = value.upper()
            fp, length = conn.retrfile(file, kind)
            lines = ''
            mtype = mimetypes.guess_type(req.full_url)[0]
            if mtype:
                lines += "Content-type: %s\n" % mtype
            if length is not None and length >= 0:
                lines += "Content-length: %d\n" % length
            return addinfourl(fp, _message(lines), req.full_url)
        except URLError:
            raise
        except (OSError, EOFError) as exc:     # ftplib.all_errors, but for ftplib.Error
            raise URLError(exc) from exc

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        return ftpwrapper(user, passwd, host, port, dirs, timeout, persistent=False)


class CacheFTPHandler(FTPHandler):
    """An FTPHandler that would keep its connections open for reuse."""

    def __init__(self):
        self.cache, self.timeout = {}, {}   # key -> connection, key -> when it expires
        self.soonest = 0
        self.delay, self.max_conns = 60, 16

    def setMaxConns(self, m):
        self.max_conns = m

    def setTimeout(self, t):
        self.delay = t

    def connect_ftp(self, user, passwd, host, port, dirs, timeout):
        key = user, host, port, '/'.join(dirs), timeout
        if key not in self.cache:
            self.cache[key] = ftpwrapper(user, passwd, host, port, dirs, timeout)
        self.timeout[key] = time.time() + self.delay
        self.check_cache()
        # (the connection may have been evicted by check_cache: KeyError, as in CPython)
        return self.cache[key]

    def check_cache(self):
        now = time.time()
        if self.soonest <= now:
            for key, expiry in list(self.timeout.items()):
                if expiry < now:
                    self.cache.pop(key).close()
                    del self.timeout[key]
        self.soonest = min(self.timeout.values())
        if len(self.cache) == self.max_conns:
            for key, expiry in list(self.timeout.items()):
                if expiry == self.soonest:
                    del self.cache[key], self.timeout[key]
                    break
            self.soonest = min(self.timeout.values())

    def clear_cache(self):
        while self.cache:
            self.cache.popitem()[1].close()
        self.timeout.clear()


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397): data:[<mediatype>][;base64],<data>. A body sent with the
    request is ignored."""

    def data_open(self, req):
        url = req.full_url
        _, rest = url.split(":", 1)
        mediatype, payload = rest.split(",", 1)
        # percent escapes are undone even in base64 data
        payload = unquote_to_bytes(payload)
        if mediatype.endswith(";base64"):
            payload = base64.decodebytes(payload)
            mediatype = mediatype[:-len(";base64")]
        headers = _message("Content-type: %s\nContent-length: %d\n"
                           % (mediatype or "text/plain;charset=US-ASCII", len(payload)))
        return addinfourl(io.BytesIO(payload), headers, url)


MAXFTPCACHE = 10    # open FTP connections a URLopener keeps


def url2pathname(pathname):
    """The file system path of the path of a file: URL (percent escapes undone)."""
    return unquote(pathname)


def pathname2url(pathname):
    """The path of a file: URL for a file system path (percent-encoded)."""
    return quote(pathname)


ftpcache = {}


class URLopener:
    """The opener of Python 2's urllib (deprecated): open(url) calls open_<scheme>(url). Opens
    file: and data: URLs; the network schemes need sockets, which Immortal does not have."""

    version = "Python-urllib/%s" % __version__

    def __init__(self, proxies=None, **x509):
        warnings.warn("%s style of invoking requests is deprecated. Use newer urlopen "
                      "functions/methods" % type(self).__name__, DeprecationWarning, stacklevel=3)
        self.proxies = proxies = getproxies() if proxies is None else proxies
        assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.key_file, self.cert_file = x509.get('key_file'), x509.get('cert_file')
        self.addheaders = [('User-Agent', self.version), ('Accept', '*/*')]
        self._made_files = []
        self.tempcache = None   # {url: (filename, headers)} when a program turns caching on
        self.ftpcache = ftpcache

    def __del__(self):
        self.close()

    def close(self):
        self.cleanup()

    def cleanup(self):
        for path in getattr(self, '_made_files', ()):
            try:
                os.unlink(path)
            except OSError:
                pass
        if getattr(self, '_made_files', None):
            self._made_files.clear()
        if getattr(self, 'tempcache', None):
            self.tempcache.clear()

    def addheader(self, *args):
        """Add a header for HTTP requests: addheader('Accept', 'sound/basic')."""
        self.addheaders.append(args)

    def open(self, fullurl, data=None):
        """Open fullurl with the open_<scheme> method (open_file without a scheme)."""
        fullurl = quote(unwrap(_to_bytes(fullurl)), safe="%/:=&?~#+!$,;'@()*[]|")
        if self.tempcache and fullurl in self.tempcache:
            filename, headers = self.tempcache[fullurl]
            return addinfourl(open(filename, 'rb'), headers, fullurl)
        urltype, url = _splittype(fullurl)
        urltype = urltype or 'file'
        proxy = self.proxies.get(urltype) if urltype in self.proxies else None
        if proxy is not None:
            urltype, proxyhost = _splittype(proxy)
            url = (_splithost(proxyhost)[0], fullurl)   # (proxy host, URL) for open_*()
        self.type = urltype
        name = ('open_' + urltype).replace('-', '_')
        if not hasattr(self, name) or name == 'open_local_file':
            if proxy:
                return self.open_unknown_proxy(proxy, fullurl, data)
            return self.open_unknown(fullurl, data)
        method = getattr(self, name)
        try:
            return method(url) if data is None else method(url, data)
        except OSError as exc:
            if isinstance(exc, URLError):
                raise
            raise OSError('socket error', exc) from exc

    def open_unknown(self, fullurl, data=None):
        raise OSError('url error', 'unknown url type', _splittype(fullurl)[0])

    def open_unknown_proxy(self, proxy, fullurl, data=None):
        raise OSError('url error', 'invalid proxy for %s' % _splittype(fullurl)[0], proxy)

    def retrieve(self, url, filename=None, reporthook=None, data=None):
        """(filename, headers) of url: a local file's own name, or a copy in filename (a new
        temporary file when None)."""
        url = unwrap(_to_bytes(url))
        if self.tempcache and url in self.tempcache:
            return self.tempcache[url]
        scheme, rest = _splittype(url)
        if filename is None and scheme in (None, 'file'):
            try:
                local = self.open_local_file(rest)
                headers = local.info()
                local.close()
                return url2pathname(_splithost(rest)[1]), headers
            except OSError:
                pass
        source = self.open(url, data)
        try:
            headers = source.info()
            if filename:
                target = open(filename, 'wb')
            else:
                path = _splithost(_splittype(url)[1] or "")[1]
                path = _splitattr(_splitquery(path or "")[0] or "")[0]
                fd, filename = tempfile.mkstemp(os.path.splitext(path)[1])
                self._made_files.append(filename)
                target = os.fdopen(fd, 'wb')
            with target:
                result = filename, headers
                if self.tempcache is not None:
                    self.tempcache[url] = result
                blocksize, expected, got, blocks = 8192, -1, 0, 0
                if "content-length" in headers:
                    expected = int(headers["Content-Length"])
                if reporthook:
                    reporthook(blocks, blocksize, expected)
                while chunk := source.read(blocksize):
                    got += len(chunk)
                    target.write(chunk)
                    blocks += 1
                    if reporthook:
                        reporthook(blocks, blocksize, expected)
        finally:
            source.close()
        if expected >= 0 and got < expected:
            raise ContentTooShortError(
                "retrieval incomplete: got only %i out of %i bytes" % (got, expected), result)
        return result

    def open_http(self, url, data=None):
        raise _no_sockets('http:' + (url if isinstance(url, str) else url[1]))

    def open_https(self, url, data=None):
        raise _no_sockets('https:' + (url if isinstance(url, str) else url[1]))

    def open_ftp(self, url):
        """An ftp: URL, through a cached ftpwrapper (which needs sockets: URLError)."""
        if not isinstance(url, str):
            raise URLError('ftp error: proxy support for ftp protocol currently not implemented')
        import mimetypes
        host, path = _splithost(url)
        if not host:
            raise URLError('ftp error: no host given')
        host, port = _splitport(host)
        userinfo, host = _splituser(host)
        user, passwd = _splitpasswd(userinfo) if userinfo else (None, None)
        user, passwd = unquote(user or ''), unquote(passwd or '')
        address = _host_address(unquote(host))
        if address is None:
            raise _no_sockets('ftp:' + url)
        port = int(port) if port else 21    # ftplib.FTP_PORT
        path, attrs = _splitattr(path)
        *dirs, file = unquote(path).split('/')
        if dirs and not dirs[0]:
            dirs = dirs[1:]
        if dirs and not dirs[0]:
            dirs[0] = '/'
        key = user, address, port, '/'.join(dirs)
        if len(self.ftpcache) > MAXFTPCACHE:
            # too many connections: keep only the one wanted now
            for other in [k for k in self.ftpcache if k != key]:
                self.ftpcache.pop(other).close()
        try:
            if key not in self.ftpcache:
                self.ftpcache[key] = ftpwrapper(user, passwd, address, port, dirs)
            kind = 'I' if file else 'D'
            for attr in attrs:
                name, value = _splitvalue(attr)
                if name.lower() == 'type' and value in ('a', 'A', 'i', 'I', 'd', 'D'):
                    kind = value.upper()
            fp, length = self.ftpcache[key].retrfile(file, kind)
            lines = ''
            mtype = mimetypes.guess_type("ftp:" + url)[0]
            if mtype:
                lines += "Content-Type: %s\n" % mtype
            if length is not None and length >= 0:
                lines += "Content-Length: %d\n" % length
            return addinfourl(fp, _message(lines), "ftp:" + url)
        except URLError:
            raise
        except ftperrors() as exc:
            raise URLError(f'ftp error: {exc}') from exc

    def http_error(self, url, fp, errcode, errmsg, headers, data=None):
        """Hand an HTTP error to http_error_<code>, else to http_error_default."""
        handler = getattr(self, 'http_error_%d' % errcode, None)
        if handler is not None:
            answer = handler(url, fp, errcode, errmsg, headers) if data is None else \
                handler(url, fp, errcode, errmsg, headers, data)
            if answer:
                return answer
        return self.http_error_default(url, fp, errcode, errmsg, headers)

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        fp.close()
        raise HTTPError(url, errcode, errmsg, headers, None)

    def open_file(self, url):
        """A file: URL: a local file (a host other than localhost is refused)."""
        if not isinstance(url, str):
            raise URLError('file error: proxy support for file protocol currently not implemented')
        remote = url[:2] == '//' and url[2:3] != '/' and url[2:12].lower() != 'localhost/'
        if remote:
            raise ValueError("file:// scheme is supported only on localhost")
        return self.open_local_file(url)

    def open_local_file(self, url):
        import email.utils
        import mimetypes
        host, file = _splithost(url)
        localname = url2pathname(file)
        try:
            st = os.stat(localname)
        except OSError as e:
            raise URLError(e.strerror, e.filename)
        headers = _message('Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n' % (
            mimetypes.guess_type(url)[0] or 'text/plain', st.st_size,
            email.utils.formatdate(st.st_mtime, usegmt=True)))
        urlfile = 'file://' + file if file[:1] == '/' else file
        if not host:
            return addinfourl(open(localname, 'rb'), headers, urlfile)
        host, port = _splitport(host)
        if not port and _host_address(host) in (localhost(),) + thishost():
            if file[:2] == './':
                raise ValueError("local file url may start with / or file:. Unknown url of type: "
                                 "%s" % url)
            return addinfourl(open(localname, 'rb'), headers, urlfile)
        raise URLError('local file error: not on local host')

    def open_data(self, url, data=None):
        """A data: URL; the whole answer (headers, blank line, data) is the file's text."""
        if not isinstance(url, str):
            raise URLError('data error: proxy support for data protocol currently not implemented')
        try:
            mediatype, payload = url.split(',', 1)
        except ValueError:
            raise OSError('data error', 'bad data URL')
        mediatype = mediatype or 'text/plain;charset=US-ASCII'
        semi = mediatype.rfind(';')
        encoding = ''
        if semi >= 0 and '=' not in mediatype[semi:]:
            mediatype, encoding = mediatype[:semi], mediatype[semi + 1:]
        if encoding == 'base64':
            payload = base64.decodebytes(payload.encode('ascii')).decode('latin-1')
        else:
            payload = unquote(payload)
        text = '\n'.join([
            'Date: %s' % time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime(time.time())),
            'Content-type: %s' % mediatype, 'Content-Length: %d' % len(payload), '', payload])
        return addinfourl(io.StringIO(text), _message(text), url)


class FancyURLopener(URLopener):
    """URLopener that returns HTTP error responses instead of raising (deprecated). The
    redirection and authentication handling of CPython's needs HTTP, which Immortal cannot open."""

    def __init__(self, *args, **kwargs):
        URLopener.__init__(self, *args, **kwargs)
        self.auth_cache = {}
        self.tries, self.maxtries = 0, 10

    def http_error_default(self, url, fp, errcode, errmsg, headers):
        return addinfourl(fp, headers, "http:" + url, errcode)

    def get_user_passwd(self, host, realm, clear_cache=0):
        key = realm + '@' + host.lower()
        if key in self.auth_cache:
            if not clear_cache:
                return self.auth_cache[key]
            del self.auth_cache[key]
        user, passwd = self.prompt_user_passwd(host, realm)
        if user or passwd:
            self.auth_cache[key] = (user, passwd)
        return user, passwd

    def prompt_user_passwd(self, host, realm):
        import getpass
        try:
            user = input("Enter username for %s at %s: " % (realm, host))
            passwd = getpass.getpass("Enter password for %s in %s at %s: " % (user, realm, host))
            return user, passwd
        except KeyboardInterrupt:
            print()
            return None, None


def localhost():
    """The address of 'localhost' (127.0.0.1: Immortal has no resolver to ask)."""
    return '127.0.0.1'


def thishost():
    """The addresses of this machine that Immortal knows without a resolver (none beyond
    localhost())."""
    return ()


def ftperrors():
    """The exceptions an FTP connection raises (ftplib.all_errors but ftplib.Error: Immortal has
    no ftplib)."""
    return (OSError, EOFError)


_noheaders = None


def noheaders():
    """An empty email Message."""
    global _noheaders
    if _noheaders is None:
        _noheaders = _message("")
    return _noheaders


class ftpwrapper:
    """An FTP connection of URLopener.open_ftp and FTPHandler; Immortal has no sockets, so
    making one raises URLError."""

    def __init__(self, user, passwd, host, port, dirs, timeout=None, persistent=True):
        self.user, self.passwd, self.host, self.port = user, passwd, host, port
        self.dirs = dirs
        self.timeout = timeout
        self.refcount = 0
        self.keepalive = persistent
        self.init()

    def init(self):
        raise _no_sockets('ftp://%s:%s/%s' % (self.host, self.port, '/'.join(self.dirs)))

    def close(self):
        self.keepalive = False


def getproxies_environment():
    """{scheme: proxy URL} from the environment variables <scheme>_proxy (any case; a lowercase
    one wins, and an empty lowercase one removes the scheme). When REQUEST_METHOD is set (a CGI
    script) HTTP_PROXY may come from a client's header and is ignored; http_proxy is not."""
    proxies = {}
    found = []
    for name in os.environ.keys():
        if len(name) > 5 and name[-6] == "_" and name[-5:].lower() == "proxy":
            value = os.environ[name]
            scheme = name[:-6].lower()
            found.append((name, value, scheme))
            if value:
                proxies[scheme] = value
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value, scheme in found:
        if name.endswith('_proxy'):
            if value:
                proxies[scheme] = value
            else:
                proxies.pop(scheme, None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether host (with or without port) is listed in no_proxy: '*', or comma-separated domain
    suffixes."""
    if proxies is None:
        proxies = getproxies_environment()
    no_proxy = proxies.get('no')
    if no_proxy is None:
        return False
    if no_proxy == '*':
        return True
    host = host.lower()
    bare = _splitport(host)[0]
    for entry in no_proxy.split(','):
        entry = entry.strip()
        if not entry:
            continue
        entry = entry.lstrip('.').lower()     # '.example.com' means example.com too
        if entry in (bare, host):
            return True
        suffix = '.' + entry
        if bare.endswith(suffix) or host.endswith(suffix):
            return True
    return False


def _proxy_bypass_macosx_sysconf(host, proxy_settings):
    """Whether host is exempt from proxies by macOS-style settings: {'exclude_simple': bool (names
    without a dot), 'exceptions': [glob patterns, or IPv4 prefixes such as '10.1' or '10.0/16']}.
    (CPython tests it on every platform; an IPv4 prefix only matches an IPv4 literal or localhost
    here, as Immortal resolves no names.)"""
    from fnmatch import fnmatch
    bare = _splitport(host)[0]
    if '.' not in host and proxy_settings['exclude_simple']:
        return True

    def as_number(dotted):
        octets = ([int(part) for part in dotted.split('.')] + [0, 0, 0, 0])[:4]
        return octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]

    address = None
    for pattern in proxy_settings.get('exceptions', ()):
        if not pattern:
            continue
        m = re.match(r"(\d+(?:\.\d+)*)(/\d+)?", pattern)
        if m is None:
            if fnmatch(host, pattern):
                return True
            continue
        if address is None:
            found = _host_address(bare)
            if found is None:
                continue
            address = as_number(found)
        prefix = m.group(1)
        bits = 8 * (prefix.count('.') + 1) if m.group(2) is None else int(m.group(2)[1:])
        if not 0 <= bits <= 32:
            continue    # an invalid prefix length is ignored, as the system libraries do
        if address >> (32 - bits) == as_number(prefix) >> (32 - bits):
            return True
    return False


getproxies = getproxies_environment
proxy_bypass = proxy_bypass_environment
