# unittest.mock.patch: as a function decorator (stacked, argument order), a class decorator
# (test-prefixed methods only), a context manager, start/stop and patch.stopall; patch.object,
# patch.dict (clear=True, decorator, context manager), patch.multiple, create=True, spec /
# spec_set / new_callable / autospec basics, restoring originals, and the error messages.
import os
import re
import json
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, DEFAULT, sentinel


def attempt(func):
    try:
        result = func()
    except Exception as exc:
        print('  ', type(exc).__name__ + ':', re.sub(r"id='\d+'|0x[0-9a-f]+", "?", str(exc)))
    else:
        print('  ', re.sub(r"id='\d+'", "id=?", repr(result)))


class Config:
    path = '/etc/app.conf'
    retries = 3

    def load(self):
        return json.loads('{"debug": false}')

    @staticmethod
    def version():
        return '1.0'


def read_settings():
    settings = Config().load()
    settings['cwd'] = os.getcwd()
    return settings


@patch('os.getcwd', return_value='/srv')
@patch.object(Config, 'load')
def run_decorated(extra, mock_load, mock_getcwd):
    mock_load.return_value = {'debug': True}
    print('decorated:', read_settings(), extra)
    print(mock_getcwd._extract_mock_name(), mock_load._extract_mock_name())
    print(mock_load.call_count, mock_getcwd.call_count)
    return 'done'


print(run_decorated('extra'), run_decorated.__name__)
print(os.getcwd is not None and os.getcwd.__name__, Config.load.__name__)

# context manager form with new=
with patch.object(Config, 'retries', 10):
    print('retries inside', Config.retries)
print('retries after', Config.retries)

with patch('json.loads', new=lambda text: {'faked': text}) as fake:
    print(Config().load(), fake.__name__)

with patch('os.getcwd') as cwd:
    cwd.return_value = '/tmp/x'
    print(os.getcwd(), type(cwd).__name__)
    cwd.assert_called_once_with()

# start / stop
patcher = patch.object(Config, 'version', return_value='9.9')
started = patcher.start()
print(Config.version(), started is Config.version)
patcher.stop()
print(Config.version())
print(patcher.stop())

p1 = patch.object(Config, 'path', '/a')
p2 = patch.object(Config, 'retries', 0)
p1.start()
p2.start()
print(Config.path, Config.retries)
patch.stopall()
print(Config.path, Config.retries)

# create=True for attributes that do not exist
with patch.object(Config, 'timeout', 5, create=True):
    print(Config.timeout)
print(hasattr(Config, 'timeout'))
attempt(lambda: patch.object(Config, 'timeout', 5).start())
attempt(lambda: patch('os.no_such_function').start())

# patch.dict
env = {'HOME': '/home/u', 'LANG': 'C'}
with patch.dict(env, {'LANG': 'fr', 'NEW': '1'}) as d:
    print(sorted(env.items()), d is env)
print(sorted(env.items()))
with patch.dict(env, clear=True, ONLY='x'):
    print(env)
print(sorted(env.items()))


@patch.dict(env, {'DEBUG': 'yes'})
def show_env():
    return sorted(env)


print(show_env(), sorted(env))
pd = patch.dict(env, LANG='de')
pd.start()
print(env['LANG'])
pd.stop()
print(env['LANG'])
REGISTRY = {'plugins': 1}
with patch.dict('__main__.REGISTRY', {'extra': 2}) as reg:
    print(sorted(REGISTRY), reg is REGISTRY)
print(REGISTRY)

# patch.multiple
with patch.multiple(Config, path='/m', retries=DEFAULT, version=DEFAULT) as made:
    print(Config.path, sorted(made), type(made['retries']).__name__)
    made['version'].return_value = 'mv'
    print(Config.version())


@patch.multiple('json', dumps=DEFAULT)
def multi_decorated(dumps):
    dumps.return_value = '<json>'
    return json.dumps([1])


print(multi_decorated())

# class decorator: only test* methods are patched
@patch.object(Config, 'retries', 42)
class Checks:
    def test_one(self):
        return Config.retries

    def helper(self):
        return Config.retries


c = Checks()
print(c.test_one(), c.helper())


@patch('os.getcwd')
class MoreChecks:
    def test_cwd(self, getcwd):
        getcwd.return_value = 'X'
        return os.getcwd()


print(MoreChecks().test_cwd())

# spec / spec_set / new_callable / autospec
with patch.object(Config, 'load', spec=True) as load_spec:
    attempt(lambda: load_spec.no_such)
    print(type(load_spec).__name__)
with patch('__main__.Config', spec_set=True) as cfg_cls:
    attempt(lambda: setattr(cfg_cls, 'other', 1))
    print(type(cfg_cls()).__name__)
with patch.object(Config, 'path', new_callable=list) as lst:
    print(lst, Config.path)
with patch.object(Config, 'version', autospec=True) as version:
    version.return_value = 'auto'
    print(Config.version())
    attempt(lambda: Config.version(1))
with patch.object(Config, 'path', sentinel.path):
    print(Config.path)

# errors
attempt(lambda: patch('nodots'))
attempt(lambda: patch(42))
attempt(lambda: patch.object('os', 'getcwd'))
attempt(lambda: patch.multiple(Config))
attempt(lambda: patch('os.getcwd', new=1, new_callable=list))
attempt(lambda: patch.object(Config, 'load', spec=True, autospec=True).start())
attempt(lambda: patch.object(Config, 'load', 1, autospec=True).start())
attempt(lambda: patch.object(Config, 'load', 1, foo=2).start())
attempt(lambda: patch.object(Config, 'nothing', create=True, spec=True).start())
attempt(lambda: patch('no_such_module_xyz.attr').start())
print(Config.load.__name__, Config.path, Config.retries)
