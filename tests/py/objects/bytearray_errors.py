# bytearray errors: messages as CPython words them.
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'abc')
t(lambda: ba['x'])
t(lambda: ba[10])
t(lambda: ba.__setitem__(0, 300))
t(lambda: ba.__setitem__(0, 'x'))
t(lambda: ba.__setitem__(slice(0, 1), 5))
t(lambda: ba.__setitem__(slice(0, 3, 2), b'xyz'))
t(lambda: ba + 'x')
t(lambda: bytearray('x'))
t(lambda: bytearray(1.5))
t(lambda: bytearray(-1))
t(lambda: bytearray([300]))
t(lambda: bytearray(b'x', 'utf-8'))
t(lambda: ba.pop(10))
t(lambda: bytearray().pop())
t(lambda: ba.remove(120))
t(lambda: ba.append(256))
t(lambda: ba.append('a'))
t(lambda: ba.extend(5))
t(lambda: ba.extend('ab'))
t(lambda: hash(ba))
t(lambda: ba * 'x')
t(lambda: ba.__iadd__([1]))
t(lambda: bytearray(b'x') < 'x')
t(lambda: {bytearray(b'a'): 1})

# encoding and errors are C strings: no NUL, no lone surrogate
for args in [('x', 'a\x00'), ('x', 'utf-8', 'st\x00'), ('x', 'a\udce2'), (5, 'a\x00'), ('x', 5), ('x', 'utf-8', 3)]:
    try:
        print(bytearray(*args))
    except Exception as e:
        print(type(e).__name__, e)
