# dis: disassembly of everyday functions, byte for byte as CPython 3.12 prints it: loops with break
# and continue, conditionals and boolean operators, comprehensions (inlined, PEP 709) and generator
# expressions, closures and nonlocal, f-strings, comparisons, unpacking, calls with keywords, slices.
import dis
import io
import re


def show(x, **options):
    out = io.StringIO()
    dis.dis(x, file=out, **options)
    # code object reprs carry an address, and their file names the script's full path
    text = re.sub(r' at 0x[0-9a-f]+', '', out.getvalue())
    print(re.sub(r'file "[^"]*[/\\]', 'file "', text), end='')
    print('-' * 40)


def running_total(values, limit):
    total = 0
    for i, v in enumerate(values):
        if v is None or v < 0:
            continue
        while total < limit:
            total += v
            if total % 7 == 0:
                break
        else:
            total -= 1
    return total


def classify(n):
    if n < 0 and n != -1:
        return 'negative'
    elif 0 <= n < 10 or n in (42, 99):
        return 'small'
    return 'big' if n > 1000 else 'medium'


def comprehensions(rows):
    squares = [x * x for x in rows if x % 2]
    index = {name: i for i, name in enumerate(rows)}
    unique = {len(str(r)) for r in rows}
    lazy = (r for r in rows if r)
    return squares, index, unique, sum(lazy)


def counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def report(name, score, width):
    return f'{name!r:>{width}} scored {score:.2f} ({score / 3:5.1%}) {name!s} {name!a} {{literal}}'


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in b, a not in b


def shuffle(seq, *args, key=None, **kw):
    first, *middle, last = seq
    a, b = b, a = first, last
    seq[1:3] = seq[::2]
    del seq[0], kw['x']
    print(*args, sep=', ', end='', **kw)
    return sorted(middle, key=key, reverse=True), -a, ~b, not a, +b


for fn in (running_total, classify, comprehensions, counter, report, compare, shuffle):
    show(fn)

print(running_total([3, -1, None, 5, 8], 30), classify(5), report('ann', 7.5, 6))
step = counter(10)
step()
print(step(5))
