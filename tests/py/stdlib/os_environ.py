# os.environ as a mapping, getenv defaults, setting and deleting variables; os.getpid/urandom/cpu_count.
import os

os.environ['IMMORTAL_TEST_VAR'] = 'value 1'
print(os.environ['IMMORTAL_TEST_VAR'], os.getenv('IMMORTAL_TEST_VAR'), 'IMMORTAL_TEST_VAR' in os.environ)
print(os.getenv('IMMORTAL_NO_SUCH_VAR'), os.getenv('IMMORTAL_NO_SUCH_VAR', 'dflt'))
os.environ.setdefault('IMMORTAL_TEST_VAR', 'other')
os.environ.setdefault('IMMORTAL_TEST_VAR2', 'two')
print(os.environ['IMMORTAL_TEST_VAR'], os.environ.get('IMMORTAL_TEST_VAR2'))
print(os.environ.pop('IMMORTAL_TEST_VAR2'), 'IMMORTAL_TEST_VAR2' in os.environ)
del os.environ['IMMORTAL_TEST_VAR']
print(os.getenv('IMMORTAL_TEST_VAR'))
try:
    os.environ['X_BAD'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    os.environ['IMMORTAL_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError:', e)
print(isinstance(os.getpid(), int), len(os.urandom(16)), os.cpu_count() >= 1)
print(os.getcwd() == os.path.abspath('.'), os.path.isabs(os.getcwd()))
