# hashlib: BLAKE2b/BLAKE2s with their parameters (digest_size, key, salt, person, tree parameters) and
# limits, pbkdf2_hmac, file_digest over a binary stream, and the errors of each; a small content-addressed
# store keyed by BLAKE2 digests as the realistic use.
import hashlib
import io

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor.__name__, ctor.MAX_DIGEST_SIZE, ctor.MAX_KEY_SIZE, ctor.SALT_SIZE, ctor.PERSON_SIZE)
    h = ctor()
    print(' ', h.name, h.digest_size, h.block_size)
    print(' ', h.hexdigest())
    print(' ', ctor(b'abc').hexdigest())
    print(' ', ctor(b'abc', digest_size=16).hexdigest())
    print(' ', ctor(b'abc', key=b'secret key').hexdigest())
    print(' ', ctor(key=b'k').hexdigest()[:32])
    print(' ', ctor(b'abc', salt=b'salt', person=b'me', digest_size=20).hexdigest())
    print(' ', ctor(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                    inner_size=16, last_node=True).hexdigest())
    for n in (63, 64, 65, 127, 128, 129, 300):
        print('  %3d' % n, ctor(bytes(range(256))[:n] * 1).hexdigest()[:24])
    inc = ctor(key=b'k', digest_size=24)
    for i in range(40):
        inc.update(bytes([i]) * i)
    c = inc.copy()
    c.update(b'tail')
    print(' ', inc.hexdigest(), c.hexdigest()[:16])

print(hashlib.new('blake2s', b'abc', digest_size=8).hexdigest())
print(repr(hashlib.blake2b).split(' ')[0], type(hashlib.blake2b(b'')).__module__)


class Store:
    """Blobs kept under short BLAKE2b digests, with a personalization per store."""

    def __init__(self, person):
        self.person = person
        self.blobs = {}

    def put(self, data):
        key = hashlib.blake2b(data, digest_size=10, person=self.person).hexdigest()
        self.blobs[key] = data
        return key


store = Store(b'demo-store')
keys = [store.put(b'alpha'), store.put(b'beta'), store.put(b'alpha')]
print(keys, len(store.blobs))

# pbkdf2_hmac
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2, 40).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'NaCl', 100, dklen=50).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'p' * 200), memoryview(b'salty'), 3, None).hex()[:40])
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'x', salt=b'y', iterations=5).hex())

# file_digest
print(hashlib.file_digest(io.BytesIO(b'hello world'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'hello world' * 1000), hashlib.md5).hexdigest())


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('digest_size 0', lambda: hashlib.blake2b(digest_size=0))
attempt('digest_size 33', lambda: hashlib.blake2s(digest_size=33))
attempt('long key', lambda: hashlib.blake2b(key=b'k' * 65))
attempt('long salt', lambda: hashlib.blake2s(salt=b's' * 9))
attempt('long person', lambda: hashlib.blake2b(person=b'p' * 17))
attempt('fanout', lambda: hashlib.blake2b(fanout=256))
attempt('depth', lambda: hashlib.blake2b(depth=0))
attempt('leaf_size', lambda: hashlib.blake2b(leaf_size=-1))
attempt('node_depth', lambda: hashlib.blake2s(node_depth=256))
attempt('inner_size', lambda: hashlib.blake2b(inner_size=65))
attempt('key str', lambda: hashlib.blake2b(key='x'))
attempt('data str', lambda: hashlib.blake2b('x'))
attempt('update int', lambda: hashlib.blake2s().update(3))
attempt('pbkdf2 unknown', lambda: hashlib.pbkdf2_hmac('nope', b'', b'', 1))
attempt('pbkdf2 iterations', lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 0))
attempt('pbkdf2 dklen', lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 1, 0))
attempt('pbkdf2 str', lambda: hashlib.pbkdf2_hmac('sha1', 'pw', b'', 1))
try:
    hashlib.file_digest(io.StringIO('x'), 'md5')
except ValueError as e:
    print('file_digest text', 'binary reading mode' in str(e))
