# secrets: realistic uses from the documentation's recipes: passwords with required character classes,
# a passphrase from a word list, a temporary reset URL, and an API key table; only properties of the
# random results are printed (lengths, alphabets, uniqueness).
import secrets
import string

alphabet = string.ascii_letters + string.digits


def password(length=10):
    while True:
        pw = ''.join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 3):
            return pw


pws = [password() for _ in range(20)]
print(all(len(p) == 10 for p in pws), all(sum(c.isdigit() for c in p) >= 3 for p in pws))
print(all(set(p) <= set(alphabet) for p in pws))

words = ['correct', 'horse', 'battery', 'staple', 'orbit', 'lantern', 'meadow', 'quartz']
phrase = ' '.join(secrets.choice(words) for _ in range(4))
print(len(phrase.split()), all(w in words for w in phrase.split()))

url = 'https://example.com/reset=' + secrets.token_urlsafe()
print(url.startswith('https://example.com/reset='), len(url) - len('https://example.com/reset='))

keys = {name: secrets.token_hex(20) for name in ('svc-a', 'svc-b', 'svc-c')}
print(sorted(keys), {len(k) for k in keys.values()}, len(set(keys.values())))
print(secrets.compare_digest(keys['svc-a'], keys['svc-a']), secrets.compare_digest(keys['svc-a'], keys['svc-b']))

# a shuffled deck dealt with SystemRandom: every card once
deck = [r + s for r in '23456789TJQKA' for s in 'cdhs']
rng = secrets.SystemRandom()
rng.shuffle(deck)
print(len(deck), len(set(deck)), sorted(deck) == sorted(r + s for r in '23456789TJQKA' for s in 'cdhs'))
