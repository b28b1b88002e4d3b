# Identity of one-character strings, as CPython 3.12 has it: chr() and slicing give the latin-1
# singletons; an identifier-like constant is interned, and for the eleven one-character names that are
# CPython's own static identifiers (_ a b c d e n p r s x) the interned str is an object of its own, so
# the constant 'a' is not chr(97) while 'A' is chr(65). sys.intern maps either to the interned one.
import sys

def same(x, y):
    return x is y

consts = {c: eval(repr(c)) for c in map(chr, range(256))}
apart = [c for c in map(chr, range(256)) if not same(consts[c], c)]
print('constants apart from chr():', ''.join(apart))
print('interned apart from chr():', ''.join(c for c in map(chr, range(256)) if not same(sys.intern(chr(ord(c))), c)))
print('intern gives the constant:', all(same(sys.intern(chr(ord(c))), consts[c]) for c in consts))
print('chr is stable:', all(same(chr(i), chr(i)) for i in range(256)))

word = 'xa'
print(same(word[1], chr(97)), same(word[1:], chr(97)), same(word[1], consts['a']))
print(same('a'.lower(), consts['a']), same('A'.lower(), chr(97)), same(bytes([97]).decode(), chr(97)))
print(same(str(b'x', 'ascii'), consts['x']), same(''.join([consts['a']]), consts['a']))

# The two objects are equal and hash alike, so they find each other in dicts, sets and attributes.
d = {consts['a']: 1, chr(98): 2}
print(d[chr(97)], d[consts['b']], chr(97) in {consts['a']}, len({chr(97), consts['a']}))
class K:
    pass
k = K()
setattr(k, chr(120), 10)
print(k.x, getattr(k, consts['x']), vars(k))
k.__dict__[chr(95)] = 5
print(getattr(k, '_'), sorted(vars(k)))
