# hashlib: the fixed-size digests (md5, sha1, SHA-2, SHA-3) and SHAKE: known messages, block-boundary
# lengths, incremental updates and copies, hash object attributes, hashlib.new by name, and the errors
# for str and non-buffer input, unknown names and bad SHAKE lengths.
import hashlib

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

for name in NAMES:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    print('  empty', h.hexdigest())
    print('  abc  ', ctor(b'abc').hexdigest())
    # lengths around the padding boundaries of 64- and 128-byte blocks and the SHA-3 rates
    for n in (55, 56, 63, 64, 71, 72, 111, 112, 135, 136, 143, 144, 200):
        d = ctor(bytes(i % 251 for i in range(n))).digest()
        print('  %3d' % n, d[:8].hex())

# incremental updates equal one update; copy() forks the state
text = b'The quick brown fox jumps over the lazy dog'
for name in NAMES:
    h = hashlib.new(name)
    for i in range(0, len(text), 5):
        h.update(text[i:i + 5])
    fork = h.copy()
    fork.update(b'.')
    print(name, h.hexdigest() == hashlib.new(name, text).hexdigest(), fork.hexdigest()[:16], h.hexdigest()[:16])

# bytes-like inputs
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'xabcx')[1:4]).hexdigest())

# SHAKE: any output length; the shorter output is a prefix of the longer
for name in ('shake_128', 'shake_256'):
    h = hashlib.new(name, text)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    print('  ', h.hexdigest(10), h.digest(300)[-6:].hex(), h.digest(0))
    print('  ', h.digest(64)[:20] == h.digest(20))

# names are case-insensitive in new(); usedforsecurity is accepted
print(hashlib.new('SHA256', b'abc').name, hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest() == hashlib.new('md5', b'abc').hexdigest())

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('str', lambda: hashlib.md5('abc'))
attempt('int', lambda: hashlib.sha1(1))
attempt('None', lambda: hashlib.sha256().update(None))
attempt('update str', lambda: hashlib.sha3_256().update('x'))
attempt('list', lambda: hashlib.sha512([1, 2]))
attempt('unknown', lambda: hashlib.new('sha1024'))
attempt('name type', lambda: hashlib.new(5))
attempt('two positional', lambda: hashlib.md5(b'a', b'b'))
attempt('copy args', lambda: hashlib.md5().copy(1))
attempt('update none', lambda: hashlib.md5().update())
attempt('hexdigest args', lambda: hashlib.sha1().hexdigest(1))
attempt('shake no length', lambda: hashlib.shake_128().digest())
attempt('shake str length', lambda: hashlib.shake_128().digest('x'))
attempt('set name', lambda: setattr(hashlib.md5(), 'name', 'x'))
attempt('instantiate', lambda: type(hashlib.md5())())
attempt('string twice', lambda: hashlib.new('md5', string=b'abc'))
attempt('strided', lambda: hashlib.md5(memoryview(b'abcdef')[::2]))
