# A buffered file's size counts its buffer (the file system's block size, which open() uses) until
# close() frees it; FileIO._blksize is that block size.
import sys, io
print(sys.getsizeof(io.BufferedReader(io.BytesIO(b'x'))), sys.getsizeof(io.BufferedWriter(io.BytesIO(), 100)))
f = open(__file__)
print(sys.getsizeof(f), sys.getsizeof(f.buffer) - f.buffer.raw._blksize, sys.getsizeof(f.buffer.raw))
f.close()
print(sys.getsizeof(f.buffer))
b = open(__file__, 'rb')
print(sys.getsizeof(b) - b.raw._blksize)
b.close()
print(sys.getsizeof(b), sys.getsizeof(open(__file__, 'rb', buffering=0)), sys.getsizeof(open(__file__, 'rb', buffering=10)))
s = io.StringIO('abc'); by = io.BytesIO(b'abc')
print(sys.getsizeof(s), sys.getsizeof(by))
