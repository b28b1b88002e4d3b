# match: sequence patterns with fixed length, star subpatterns, nesting, and what counts as a sequence.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with zero, then {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"


for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], range(3)]:
    print(repr(s), "->", shape(s))
print(shape("ab") if False else "strings are not sequences here:")
match "ab":
    case [a, b]:
        print("never")
    case str():
        print("matched str()")


def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["look"]:
            return "looking around"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "say something"


for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "look", "dance wildly", ""]:
    print(repr(c), "->", command(c))


def nested(point):
    match point:
        case [(0, 0), (x, y)]:
            return f"from origin to {x},{y}"
        case [(x1, y1), (x2, y2)] if x1 == x2:
            return "vertical"
        case [[a, b], [c, d]]:
            return f"segment {a},{b} -> {c},{d}"


print(nested([(0, 0), (3, 4)]), nested([(1, 2), (1, 5)]), nested([[1, 2], [3, 4]]))
match (1, 2, 3):
    case (1, *rest):
        print("tuple rest:", rest)
match {"not": "a sequence"}:
    case [*_]:
        print("never")
    case _:
        print("dicts are not sequences")
