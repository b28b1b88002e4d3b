# Comprehensions in class bodies (PEP 709 keeps the class-scope rule): only the first iterable sees
# class-level names; the rest of the comprehension sees the enclosing function or module scope.
offset = 100


class Table:
    size = 3
    rows = [r for r in range(size)]
    shifted = [r + offset for r in range(size)]
    try:
        bad = [r + size for r in range(3)]
    except NameError as e:
        error = str(e)
    pairs = {k: k * 2 for k in ("a", "b")}


print(Table.rows, Table.shifted, Table.error, Table.pairs)
print(hasattr(Table, "r"), hasattr(Table, "k"), hasattr(Table, "bad"))


def in_function():
    local_factor = 5

    class Inner:
        factor = 2
        values = [v * local_factor for v in range(factor + 1)]
    return Inner.values


print(in_function())
