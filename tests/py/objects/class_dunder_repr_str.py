# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "StrOnly as str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print(f"{b} {b!r} {r} {s}")
print([b, r], (b,), {"k": b})
print(repr(s).startswith("<__main__.StrOnly object at 0x"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


wallet = [Money(1999), Money(5)]
print(wallet, *wallet)
print("Total: " + str(Money(sum(m.cents for m in wallet))))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {self.children!r})"


print(Tree("root", [Tree("a"), Tree("b", [Tree("c")])]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
