# io.IncrementalNewlineDecoder: newline translation across chunk boundaries, the newlines record,
# getstate/setstate/reset; io.BlockingIOError is the builtin.
import io

print(io.BlockingIOError is BlockingIOError, issubclass(io.BlockingIOError, OSError))

d = io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ['a\r', '\nb\r', 'c\n', 'd\r\n', '', 'e\r']:
    print(repr(chunk), '->', repr(d.decode(chunk)), d.newlines, d.getstate())
print('final', repr(d.decode('', final=True)), d.getstate())
d.reset()
print('after reset', d.newlines, d.getstate())

d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('x\r\ny\rz\n', final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('only\r')), d.newlines, repr(d.decode('', True)), d.newlines)

d = io.IncrementalNewlineDecoder(None, True)
d.decode('held\r')
state = d.getstate()
d2 = io.IncrementalNewlineDecoder(None, True)
d2.setstate(state)
print('resumed', repr(d2.decode('\nnext')), d2.newlines)
try:
    io.IncrementalNewlineDecoder(None, True).decode(b'bytes')
except TypeError:
    print('TypeError for bytes without a decoder')


class Upper:
    """A decoder of our own: bytes to upper-case text, keeping no state."""

    def decode(self, data, final=False):
        return data.decode('ascii').upper()

    def getstate(self):
        return b'', 0

    def setstate(self, state):
        pass

    def reset(self):
        print('  inner reset')


d = io.IncrementalNewlineDecoder(Upper(), translate=True)
print(repr(d.decode(b'one\r')), repr(d.decode(b'\ntwo\rthree')), d.newlines, d.getstate())
d.reset()
text = ''.join(d.decode(bytes([c])) for c in b'a\r\nb\rc\n') + d.decode(b'', final=True)
print(repr(text), d.newlines)
