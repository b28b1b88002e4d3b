# sys.getsizeof of library objects CPython writes in C: what their C types count (deque blocks, OrderedDict
# nodes, array allocation, buffers), with the GC header only where CPython's type is tracked.
import sys, collections, functools, array, decimal, io, datetime, re
class C:
    pass
c = C(); c.a = 1; c.b = 2
d = c.__dict__
def f(x, y):
    return x + y
items = [
 ('deque()', collections.deque()), ('deque(range(10))', collections.deque(range(10))), ('deque(range(100))', collections.deque(range(100))),
 ('deque(maxlen=5)', collections.deque(range(3), maxlen=5)),
 ('OrderedDict()', collections.OrderedDict()), ('OrderedDict(a=1)', collections.OrderedDict(a=1, b=2)),
 ('OrderedDict(100)', collections.OrderedDict.fromkeys(range(100))),
 ('partial', functools.partial(int, 1)), ('array i', array.array('i', range(10))), ('array d', array.array('d')), ('array b 100', array.array('b', bytes(100))),
 ('Decimal 1', decimal.Decimal(1)), ('Decimal big', decimal.Decimal('1234567890123456789012345678901234567890')), ('Decimal 0.1', decimal.Decimal(0.1)),
 ('StringIO', io.StringIO()), ('StringIO x', io.StringIO('x' * 100)), ('BytesIO', io.BytesIO()), ('BytesIO 100', io.BytesIO(b'x' * 100)),
 ('date', datetime.date(2020, 1, 1)), ('datetime', datetime.datetime(2020, 1, 1)), ('timedelta', datetime.timedelta(1)), ('time', datetime.time(1)),
 ('tz', datetime.timezone.utc),
 ('Counter', collections.Counter('abc')), ('defaultdict', collections.defaultdict(list)),
 ('chain', __import__('itertools').chain()), ('count', __import__('itertools').count()),
 ('FileIO', open('/dev/null', 'rb', buffering=0)), ('BufferedReader', open('/dev/null', 'rb')),
 ('Fraction', __import__('fractions').Fraction(1, 3)),
 ('match', re.match('a', 'a')),
]
for name, o in items:
    print(name, sys.getsizeof(o))
import struct, zlib
for fmt in ['i', '<ihq', '10s3x2i', '', '!5H?']:
    print('Struct', repr(fmt), sys.getsizeof(struct.Struct(fmt)), struct.Struct.__basicsize__)
print('zlib', sys.getsizeof(zlib.compressobj()), sys.getsizeof(zlib.decompressobj()))
