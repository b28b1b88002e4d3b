# difflib: unified_diff and context_diff (file names, dates, n, lineterm, empty input, the
# str-type checks), ndiff and Differ with '?' hint lines, restore, IS_LINE_JUNK and
# IS_CHARACTER_JUNK, diff_bytes, and a small patch-review program built on them.
import difflib

before = """def greet(name):
    print("Hello, " + name)
    return None

def farewell(name):
    print("Bye " + name)

def unused():
    pass
""".splitlines(keepends=True)
after = """def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)
    return None

def farewell(name):
    print("Goodbye, " + name)
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(before, after, "a/greet.py", "b/greet.py")), end="")
print("".join(difflib.unified_diff(before, after, "old", "new", "2024-01-01", "2024-02-02",
                                   n=0)), end="")
print("".join(difflib.context_diff(before, after, "a/greet.py", "b/greet.py")), end="")
print("".join(difflib.context_diff(before[:3], before[:3] + ["# end\n"], n=1)), end="")
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff([], [])), list(difflib.context_diff(["x\n"], ["x\n"])))
print(list(difflib.unified_diff([], ["only\n"])))
print(list(difflib.context_diff(["gone\n"], [])))

delta = list(difflib.ndiff(before, after))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(before))
print("".join(difflib.restore(delta, 2)) == "".join(after))
try:
    list(difflib.restore(delta, 3))
except ValueError as exc:
    print("ValueError:", exc)

d = difflib.Differ()
text1 = ["one\n", "two\n", "three\n"]
text2 = ["ore\n", "tree\n", "emu\n"]
print("".join(d.compare(text1, text2)), end="")
print("".join(difflib.ndiff(["\tindented  x\n"], ["\tindented  y\n"])), end="")
print(list(difflib.ndiff(["abcdefghij\n", "same\n"], ["same\n", "zzzz\n"])))
print(list(difflib.ndiff(["x = 1\n", "\n"], ["x = 2\n", "  \n"], linejunk=difflib.IS_LINE_JUNK)))

print([difflib.IS_LINE_JUNK(s) for s in ["\n", "  #  \n", "#", "x\n", " # x"]])
print([difflib.IS_CHARACTER_JUNK(c) for c in " \t\nx"])

patch = difflib.diff_bytes(difflib.unified_diff, [b"caf\xe9\n", b"bar\n"], [b"cafe\n", b"bar\n"],
                           b"old.txt", b"new.txt", b"then", b"now")
for line in patch:
    print(line)

for args in [([1], ["a"]), (["a"], [b"b"])]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as exc:
        print("TypeError:", exc)
try:
    list(difflib.context_diff(["a"], ["b"], fromfile=b"x"))
except TypeError as exc:
    print("TypeError:", exc)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as exc:
    print("TypeError:", exc)


def review(files):
    """Summarise a change set: added/removed line counts per file."""
    for name, (old, new) in sorted(files.items()):
        added = removed = 0
        for line in difflib.unified_diff(old, new, n=0):
            if line.startswith("+") and not line.startswith("+++"):
                added += 1
            elif line.startswith("-") and not line.startswith("---"):
                removed += 1
        ratio = difflib.SequenceMatcher(None, old, new).ratio()
        print("%-10s +%d -%d similarity %.2f" % (name, added, removed, ratio))


review({"greet.py": (before, after), "same.txt": (text1, text1), "new.txt": ([], text2)})
