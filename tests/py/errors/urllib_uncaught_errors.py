# immortal-test: exit=1
# An uncaught urllib.error.URLError raised from an HTTPError: the traceback shows both
# with their str() ('HTTP Error 404: Not Found', '<urlopen error ...>') and qualified names.
import io
from urllib.error import HTTPError, URLError


def fetch(url):
    raise HTTPError(url, 404, 'Not Found', None, io.BytesIO(b'gone'))


def fetch_all(urls):
    for url in urls:
        try:
            fetch(url)
        except HTTPError as err:
            print('failed:', err.code, err.reason, err.read())
            raise URLError(f'cannot continue after {url}') from err


fetch_all(['http://example.com/missing'])
