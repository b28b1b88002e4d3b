# hmac.compare_digest (also secrets.compare_digest): equal and unequal bytes, bytes-like objects of
# different kinds, ASCII str, lengths that differ, and the TypeErrors for non-ASCII str, mixed str and
# bytes, and unsupported types; plus a token table checked with it.
import hmac
import secrets

pairs = [
    (b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), (b'a', b''),
    ('token', 'token'), ('token', 'tokex'), ('', 'x'),
    (bytearray(b'xyz'), b'xyz'), (memoryview(b'xyz'), bytearray(b'xyz')), (b'xyz', memoryview(b'xyw')),
]
for a, b in pairs:
    print(type(a).__name__, type(b).__name__, hmac.compare_digest(a, b), secrets.compare_digest(b, a))

tokens = {'alice': 'f3a9c2', 'bob': '0b7e11'}
for user, given in [('alice', 'f3a9c2'), ('bob', 'f3a9c2'), ('bob', '0b7e11')]:
    print(user, given, hmac.compare_digest(tokens[user], given))

for a, b in [('é', 'é'), ('abc', 'ab\u20ac'), (1, 1), ('a', b'a'), (b'a', 'a'), (b'a', 1), (1, b'a'), ('a', 1), (None, None)]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.compare_digest(b'a')
except TypeError as e:
    print('TypeError', e)
