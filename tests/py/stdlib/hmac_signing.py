# hmac: signing and verifying messages (a webhook-style signature check), RFC 4231-style vectors with
# several digests given by name, constructor and module, long keys, incremental update and copy(),
# attributes, hmac.digest, and the constructor's errors.
import hashlib
import hmac

SECRET = b'webhook-secret'


def sign(body):
    return 'sha256=' + hmac.new(SECRET, body, hashlib.sha256).hexdigest()


def verify(body, header):
    return hmac.compare_digest(sign(body), header)


payload = b'{"event": "push", "ref": "main"}'
sig = sign(payload)
print(sig)
print(verify(payload, sig), verify(payload + b' ', sig), verify(payload, sig[:-1]))

key = b'\x0b' * 20
data = b'Hi There'
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2s'):
    h = hmac.new(key, data, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha512').hexdigest())
print(hmac.new(bytearray(b'key'), memoryview(b'message'), 'md5').hexdigest())

h = hmac.new(b'key', digestmod='sha1')
for part in (b'The quick ', b'brown fox ', b'jumps'):
    h.update(part)
twin = h.copy()
twin.update(b' over')
print(h.hexdigest() == hmac.new(b'key', b'The quick brown fox jumps', 'sha1').hexdigest())
print(twin.hexdigest(), h.digest()[:4])
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.digest(b'key', b'msg', hashlib.md5) == hmac.new(b'key', b'msg', 'md5').digest())
print(type(h).__name__, hmac.HMAC.blocksize, hmac.digest_size, hmac.trans_36[:3], hmac.trans_5C[:3])


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('no digestmod', lambda: hmac.new(b'key'))
attempt('empty digestmod', lambda: hmac.new(b'key', b'msg', ''))
attempt('str key', lambda: hmac.new('key', b'msg', 'md5'))
attempt('int key', lambda: hmac.HMAC(3, b'msg', 'md5'))
attempt('str msg', lambda: hmac.new(b'key', 'msg', 'md5'))
attempt('unknown', lambda: hmac.new(b'key', b'msg', 'md17'))
attempt('bad digestmod', lambda: hmac.new(b'key', b'msg', 5))
attempt('update str', lambda: hmac.new(b'key', None, 'sha1').update('text'))
