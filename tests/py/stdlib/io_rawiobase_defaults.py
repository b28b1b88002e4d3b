# io.RawIOBase's default read()/readall() over a subclass's readinto(): chunked reads to the end,
# None from a non-blocking readinto, and BufferedReader over such a raw stream.
import io
class R(io.RawIOBase):
    def __init__(self, data): self.data = data
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]; self.data = self.data[n:]
        return n
print(io.BufferedReader(R(b'hello world')).read())
print(R(b'abcdefgh').readall(), R(b'xy').read(), R(b'abcdef').read(2))
class N(io.RawIOBase):
    def readable(self): return True
    def readinto(self, b): return None
print(N().read(), N().readall(), N().read(4))
