# match: group patterns, negative and string-concatenated literals, True/False/None compared by
# identity, star patterns binding tuples as lists, dotted value patterns, and no match at all.
class Direction:
    UP = "up"
    DOWN = "down"


def classify(value):
    match value:
        case True:
            return "the True singleton"
        case 1:
            return "one (True would have matched the first case)"
        case (-1 | -2):
            return "small negative (group pattern)"
        case "ab" "cd":
            return "concatenated literal"
        case Direction.UP | Direction.DOWN as d:
            return f"direction {d}"
        case (x, (y, z)) if x == y == z:
            return "triple repeat"
        case [*head, "end"]:
            return f"ends with end, head={head}"
        case {"k": [_, *_]} if len(value) == 1:
            return "single key with a non-empty list"
        case None | False:
            return "falsy singleton"
    return "no case matched"


for v in [True, 1, 1.0, -2, "abcd", "up", (7, (7, 7)), ("a", "b", "end"), {"k": [0, 1]}, {"k": []},
          None, False, 0, []]:
    print(repr(v), "->", classify(v))
point = (3, 4)
match point:
    case (0, _) | (_, 0):
        print("on an axis")
    case (x, y):
        print("bound after the match:", x, y)
print("x and y stay bound:", x + y)
match [1, 2, 3, 4]:
    case [first, second, *rest]:
        print(first, second, rest, type(rest).__name__)
match (1, 2):
    case [a, b, c]:
        print("never")
print("a match with no matching case does nothing")
