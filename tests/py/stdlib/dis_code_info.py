# dis: code_info / show_code / Bytecode.info (names, counts, flags, constants, variables), the
# flags table and pretty_flags, dis of a class (members in name order, nested classes, class and
# static methods), of a module object, of source strings (expression and statements), depth=, and
# the errors for things that have no code.
import dis
import io
import re
import types


def clean(text):
    # code object reprs carry an address, and file names the script's full path
    text = re.sub(r' at 0x[0-9a-f]+', '', text)
    return re.sub(r'(file "|Filename: +)[^"\n]*[/\\]', r'\1', text)


def outer(a, b=2, /, c=3, *rest, d, e=5, **options):
    total = a + b
    def inner(x):
        return x + total + a
    return inner


print(clean(dis.code_info(outer)))
print()
out = io.StringIO()
dis.show_code(outer(1, d=4), file=out)
print(clean(out.getvalue()))
print(dis.Bytecode(outer).info() == dis.code_info(outer))
print(clean(dis.code_info('x = [1, 2]\nprint(x)')))
print()
for flags in (0, 3, 0x13, 0x20 | 0x200, 0x10000, 0x4000000):
    print(hex(flags), dis.pretty_flags(flags))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
print()


class Account:
    rate = 0.05

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self.balance

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount):
        return amount * 0.01

    @property
    def interest(self):
        return self.balance * self.rate

    class History:
        def add(self, entry):
            self.entries.append(entry)


out = io.StringIO()
dis.dis(Account, file=out)
print(clean(out.getvalue()))

module = types.ModuleType('ledger')
exec('def total(xs):\n    return sum(xs)\n\nLIMIT = 10\n\ndef check(x):\n    return x < LIMIT\n', module.__dict__)
out = io.StringIO()
dis.dis(module, file=out)
print(out.getvalue())

for source in ('a + b * 2', 'for i in range(3):\n    print(i)\n', 'def f(n):\n    return [n for _ in ()]\n'):
    out = io.StringIO()
    dis.dis(source, file=out)
    print(clean(out.getvalue()))
out = io.StringIO()
dis.dis('def f(n):\n    return lambda: n\n', file=out, depth=1)
print(clean(out.getvalue()))

for bad in (42, None, [1], 3.5):
    try:
        dis.code_info(bad)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    dis.dis(42)
except TypeError as exc:
    print('TypeError:', exc)
try:
    dis.dis('x = = 1')
except SyntaxError as exc:
    print('SyntaxError:', exc.msg)
