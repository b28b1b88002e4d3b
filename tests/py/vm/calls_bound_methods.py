# Bound methods: binding self, storing and passing methods, methods of builtin types.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"


hello = Greeter("Hello")
bound = hello.greet
print(bound("Ann"))
print(Greeter.greet(hello, "Bob"))
print(bound.__self__ is hello, bound.__func__ is Greeter.greet)
print(bound == hello.greet, bound is hello.greet)
actions = [Greeter("Hi").greet, Greeter("Hey").greet]
print([a("you") for a in actions])
append = [].append
items = []
add = items.append
for i in range(3):
    add(i * i)
print(items)
upper = "shout".upper
print(upper())
counts = {}
get = counts.get
for word in "a b a c b a".split():
    counts[word] = get(word, 0) + 1
print(counts)


def apply(fn, *args):
    return fn(*args)


print(apply(hello.greet, "Cid"), apply(str.upper, "abc"), apply(" x ".strip))
split = "a,b,c".split
print(split(","), split(",", 1))


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


c = Counter()
c.inc().inc().inc()
print(c.n)
method = c.inc
c2 = method()
print(c2 is c, c.n)
