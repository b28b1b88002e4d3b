# Closure cells: cell_contents read, write, delete, empty cells, comparison and sharing.
def make():
    x = 1
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put

get, put = make()
c = get.__closure__[0]
print(type(c).__name__, c.cell_contents)
put(42)
print(c.cell_contents, get())
c.cell_contents = 'set from outside'
print(get())
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print('ValueError:', e)
try:
    get()
except NameError as e:
    print('NameError:', e)
put([1, 2])
print(c.cell_contents, get.__closure__[0] is put.__closure__[0])


def late():
    def inner():
        return y
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print('before assignment:', e)
    y = 'now bound'
    return cell.cell_contents

print(late())
a, _ = make()
b, _ = make()
print(a.__closure__[0] == b.__closure__[0], a.__closure__[0] < b.__closure__[0])
print('cell_contents' in dir(c))
