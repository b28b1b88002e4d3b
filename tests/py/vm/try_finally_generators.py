# finally blocks in generators: run on exhaustion, close, break out of a for loop, and exceptions.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)


for item in resource("A"):
    print(item)
for item in resource("B"):
    print(item)
    break
print("after break")
g = resource("C")
print(next(g))
g.close()


def nested():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")


print(list(nested()))
try:
    for item in resource("D"):
        raise ValueError(item)
except ValueError as e:
    print("ValueError:", e)


def first(iterable):
    for x in iterable:
        return x


print(first(resource("E")))
print("end")
