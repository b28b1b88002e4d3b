# marshal: CPython's errors for unmarshallable values, too deep nesting, bad data and bad arguments.
import marshal


def attempt(what, func, *args):
    try:
        result = func(*args)
    except Exception as e:
        print('%-28s %s: %s' % (what, type(e).__name__, e))
    else:
        print('%-28s -> %r' % (what, result if not isinstance(result, list) else len(result)))


class Number(int):
    pass


class Text(str):
    pass


attempt('object()', marshal.dumps, object())
attempt('[1, object()]', marshal.dumps, [1, object()])
attempt('int subclass', marshal.dumps, Number(3))
attempt('str subclass', marshal.dumps, Text('x'))
attempt('function', marshal.dumps, attempt)
attempt('type', marshal.dumps, int)
attempt('set of objects', marshal.dumps, {object()})

nested = None
for i in range(1999):
    nested = [nested]
attempt('1999 lists', lambda: len(marshal.dumps(nested)))
attempt('2000 lists', marshal.dumps, [nested])
attempt('too deep, then object', marshal.dumps, [[nested], object()])
attempt('object, then too deep', marshal.dumps, [object(), [nested]])
attempt('too deep in a dict', marshal.dumps, {frozenset([1]): [nested]})

attempt('no argument', marshal.dumps)
attempt('version str', marshal.dumps, 1, 'x')
attempt('version huge', marshal.dumps, 1, 2 ** 40)
attempt('keyword', lambda: marshal.dumps(1, version=2))
attempt('loads str', marshal.loads, 'N')
attempt('loads 2 args', marshal.loads, b'N', b'N')
attempt('loads no args', marshal.loads)

BAD = [
    b'', b'0', b'[\x01\x00\x00\x000', b'(\x01\x00\x00\x000', b')\x010', b')', b'<\x01\x00\x00\x000',
    b'{N0', b'{N', b'i\x01\x00', b'I\x01\x00\x00\x00\x00\x00\x00\x00', b'f\x03abc', b'f\x031.5', b'f',
    b'f\x05 1.5 ', b'f\x031_0', b'f\x03inf', b'f\x04-nan', b'x\x011\x01-', b'l\x00\x00\x00\x00',
    b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'l\x01\x00\x00\x00\xff\x7f',
    b'l\x02\x00\x00\x00\xff\x7f\x00\x00', b'l\xfe\xff\xff\xff\xff\x7f\x01\x00', b'l\x00\x00\x00\x80',
    b'l\x03\x00\x00\x00\x01\x00', b's\xff\xff\xff\xff', b's\x05\x00\x00\x00ab', b'u\x02\x00\x00\x00\xff\xfe',
    b'u\x03\x00\x00\x00\xed\xa0\x80', b'z\x02\xe9\xff', b'z', b'a\xff\xff\xff\xff', b'r\x00\x00\x00\x00',
    b'?', b'\x01', b'S', b'.', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
    b'<\x02\x00\x00\x00[\x00\x00\x00\x00N', b'{[\x00\x00\x00\x00N0', b'y\x00\x00\x00\x00\x00\x00\xf0?',
    b'g\x00\x00\x00\x00\x00\x00\xf0', b'[\x01\x00\x00\x00' * 1999 + b'N', b'[\x01\x00\x00\x00' * 2000 + b'N',
    b'[\x01\x00\x00\x00' * 2000,
]
for data in BAD:
    attempt(repr(data[:14]), marshal.loads, data)
attempt('bytearray', marshal.loads, bytearray(b'N'))
attempt('memoryview', marshal.loads, memoryview(b'Tx'))
