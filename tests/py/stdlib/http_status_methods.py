# http.HTTPStatus and http.HTTPMethod: lookups by value and name, phrases and descriptions, 3.12's
# is_success-style properties, int/str behaviour, and a status line formatter of a small server.
from http import HTTPStatus, HTTPMethod
import http

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus(404), HTTPStatus['IM_A_TEAPOT'])
print(len(HTTPStatus), [s.value for s in HTTPStatus][:8], list(HTTPStatus)[-1])
for status in HTTPStatus:
    kinds = [k for k in ('informational', 'success', 'redirection', 'client_error', 'server_error')
             if getattr(status, 'is_' + k)]
    print(status.value, status.name, repr(status.phrase), repr(status.description), kinds)
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, HTTPStatus.NOT_FOUND // 100, isinstance(HTTPStatus.OK, int),
      sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK, 301]), f'{HTTPStatus.CREATED}', f'{HTTPStatus.CREATED:>6}',
      '%d %s' % (HTTPStatus.OK, HTTPStatus.OK), str(HTTPStatus.OK), int(HTTPStatus.GONE))
for bad in [299, 'OK', 600]:
    try:
        HTTPStatus(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    HTTPStatus['MISSING']
except KeyError as e:
    print('KeyError', e)
print(HTTPStatus.__members__['FOUND'] is HTTPStatus(302), HTTPStatus(200) is HTTPStatus.OK)
print(type(HTTPStatus).__name__, HTTPStatus.__mro__[1].__name__, type(HTTPStatus.is_success).__name__)

print(list(HTTPMethod), len(HTTPMethod))
for m in HTTPMethod:
    print(repr(m), str(m), f'{m}', m.value, m.name, m.description, m == m.value)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod['PATCH'], 'GET' in [HTTPMethod.GET], HTTPMethod.GET.lower())
try:
    HTTPMethod('get')
except ValueError as e:
    print('ValueError', e)
print(sorted(http.__all__), {HTTPMethod.GET: 1}['GET'])


def status_line(code, version='HTTP/1.1'):
    try:
        status = HTTPStatus(code)
    except ValueError:
        return f'{version} {code} Unknown'
    return f'{version} {status.value} {status.phrase}'


def respond(method, path):
    try:
        method = HTTPMethod(method.upper())
    except ValueError:
        return status_line(HTTPStatus.NOT_IMPLEMENTED)
    if method not in (HTTPMethod.GET, HTTPMethod.HEAD):
        return status_line(HTTPStatus.METHOD_NOT_ALLOWED)
    if path == '/':
        return status_line(200)
    if path == '/old':
        return status_line(HTTPStatus.MOVED_PERMANENTLY) + ' -> /new'
    if path == '/tea':
        return status_line(418)
    return status_line(404)


for method, path in [('get', '/'), ('HEAD', '/old'), ('POST', '/'), ('BREW', '/tea'), ('get', '/tea'),
                     ('GET', '/nope')]:
    print(method, path, '=>', respond(method, path))
print(status_line(299), status_line(HTTPStatus.EARLY_HINTS, 'HTTP/2'))
