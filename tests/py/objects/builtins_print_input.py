# print's sep/end/file/flush and errors, input() with a prompt reading stdin, EOFError at the end.
# immortal-test: stdin=first line\nsecond\n
import io, sys
print('a', 'b', 'c', sep='|', end='.\n')
print(sep='x')
print(1, 2, sep=None, end=None)
buf = io.StringIO()
print('to', 'buffer', file=buf, flush=True)
print(repr(buf.getvalue()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
s = Sink()
print('x', 3, file=s, flush=True)
print(s.parts)
for kw in [{'sep': 5}, {'end': b'x'}, {'bogus': 1}]:
    try:
        print('z', **kw)
    except TypeError as e:
        print('TypeError:', e)
line = input('prompt> ')
print()
print(repr(line), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
val = sys.stdout.getvalue()
sys.stdout = old
print(repr(val))
