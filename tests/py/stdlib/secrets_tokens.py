# secrets: token_bytes/token_hex/token_urlsafe sizes and alphabets, randbelow/randbits/choice ranges,
# SystemRandom, and their errors. Values are random, so only their shapes are printed.
import secrets
import string

print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
b = secrets.token_bytes()
print(type(b).__name__, len(b), len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex(16)
print(len(h), set(h) <= set('0123456789abcdef'), len(secrets.token_hex()))
for n in (None, 0, 1, 2, 3, 10, 32):
    u = secrets.token_urlsafe(n)
    print(n, len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'))

print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
seen = {secrets.choice('abc') for _ in range(300)}
print(sorted(seen))
print(len({secrets.token_hex(8) for _ in range(50)}))
rng = secrets.SystemRandom()
print(0.0 <= rng.random() < 1.0, rng.randint(3, 3), len(rng.sample(range(100), 5)))

for label, fn in [('randbelow 0', lambda: secrets.randbelow(0)), ('randbelow -5', lambda: secrets.randbelow(-5)),
                  ('randbits -1', lambda: secrets.randbits(-1)), ('choice empty', lambda: secrets.choice([])),
                  ('token_bytes -1', lambda: secrets.token_bytes(-1)), ('token_hex str', lambda: secrets.token_hex('x'))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
