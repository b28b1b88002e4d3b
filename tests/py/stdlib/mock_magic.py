# unittest.mock MagicMock: the supported magic methods and their default results (len 0,
# iter empty, bool True, int 1, float 1.0, comparisons, context manager), configuring them
# through return_value / side_effect or by assigning functions, NonCallableMagicMock,
# PropertyMock, and the errors for unsupported or spec-excluded magic methods.
import re
from unittest.mock import MagicMock, NonCallableMagicMock, Mock, PropertyMock, call, patch


def attempt(func):
    try:
        result = func()
    except Exception as exc:
        print('  ', type(exc).__name__ + ':', re.sub(r"id='\d+'", "id=?", str(exc)))
    else:
        print('  ', re.sub(r"id='\d+'", "id=?", repr(result)))


m = MagicMock()
print(len(m), bool(m), int(m), float(m), complex(m), m.__index__(), 5 in m)
print(list(iter(m)), m == m, m != m, m == 3, m != 3)
print(m.__lt__(1), m.__gt__(1), m.__le__(1), m.__ge__(1))
attempt(lambda: m < 1)
print(str(m) == repr(m), hash(m) == hash(m))
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.return_value)
print(m + 1 is m.__add__.return_value, 1 - m is m.__rsub__.return_value)
print(m['key'] is m.__getitem__.return_value)
m['key'] = 'value'
del m['key']
print(m.__setitem__.call_args, m.__delitem__.call_args)
print(m.mock_calls[-2:])

# configuring
store = MagicMock()
store.__len__.return_value = 3
store.__iter__.return_value = ['a', 'b', 'c']
store.__contains__.side_effect = lambda item: item in 'abc'
store.__getitem__.side_effect = {'a': 1, 'b': 2}.__getitem__
print(len(store), list(store), 'a' in store, 'z' in store, store['b'])
attempt(lambda: store['q'])
store.__bool__.return_value = False
print(bool(store), 'truthy' if store else 'falsy')
store.__eq__.return_value = True
print(store == 1, store != 1)
store.__str__ = lambda self: 'Store()'
print(str(store))
store.__int__ = lambda self: 99
print(int(store))
store.__len__ = Mock(return_value=11)
print(len(store))
del store.__len__
attempt(lambda: len(store))

# a file-like context manager
opener = MagicMock()
opener.return_value.__enter__.return_value.read.return_value = 'payload'
with opener('f.txt') as fh:
    print(fh.read())
print(opener.mock_calls)

# iteration protocol with __next__ / side_effect
counter = MagicMock()
counter.__iter__.return_value = iter([10, 20])
print([x for x in counter])
print(counter.__iter__.called)

# spec limits the magic methods too
class Box:
    def __len__(self):
        return 0

    def open(self):
        pass


boxed = MagicMock(spec=Box)
print(len(boxed))
attempt(lambda: iter(boxed))
attempt(lambda: boxed.__iter__)
attempt(lambda: boxed.close)
print(isinstance(boxed, Box), boxed.__class__.__name__)
attempt(lambda: setattr(MagicMock(), '__getattr__', None))
attempt(lambda: setattr(MagicMock(spec=Box), '__iter__', None))
attempt(lambda: Mock().__len__)
attempt(lambda: len(Mock()))

# NonCallableMagicMock
ncm = NonCallableMagicMock(name='table')
print(len(ncm), ncm.rows.count()._extract_mock_name())
attempt(lambda: ncm())

# PropertyMock on a class
class Sensor:
    @property
    def reading(self):
        return 1


with patch.object(Sensor, 'reading', new_callable=PropertyMock) as reading:
    reading.return_value = 21.5
    s = Sensor()
    print(s.reading)
    s.reading = 30
    print(reading.mock_calls)
print(Sensor().reading)
