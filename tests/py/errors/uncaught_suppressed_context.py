# immortal-test: exit=1
# raise ... from None hides the original exception: a single traceback is printed.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key}") from None


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
