# SyntaxWarnings the parser and compiler issue while compiling this file: CPython prints each one
# to stderr (file:line: SyntaxWarning: message, then the source line) before the program runs.
x = 1000
print(x is 1000, x is not 'a')
print('\d+', b'\q', '\N{DIGIT ONE}\z')
s = '\w' '\e'
print(s)
print(1if x else 2)


def f(y):
    assert (y, 'message')
    return y


print(f(3))
try:
    5()
except TypeError as e:
    print(e)
try:
    print([1][1, 2])
except TypeError as e:
    print(e)
try:
    print((1, 2)['a'])
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
print(rb'\d', r'\d', '\\d')
