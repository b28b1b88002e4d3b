# A tiny regular-expression matcher (literal characters, '.', '*', '+', '?', '^', '$', character
# classes [a-z]) by recursive backtracking, tested against a table of patterns and subjects.
def parse_class(pattern, i):
    j = pattern.index("]", i)
    body = pattern[i + 1:j]
    negate = body.startswith("^")
    if negate:
        body = body[1:]
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            ranges.append((body[k], body[k + 2]))
            k += 3
        else:
            ranges.append((body[k], body[k]))
            k += 1
    return ("class", negate, ranges), j + 1


def compile_pattern(pattern):
    items = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            atom, i = parse_class(pattern, i)
        elif ch == "\\":
            atom, i = ("char", pattern[i + 1]), i + 2
        elif ch == ".":
            atom, i = ("any",), i + 1
        else:
            atom, i = ("char", ch), i + 1
        if i < len(pattern) and pattern[i] in "*+?":
            items.append((pattern[i], atom))
            i += 1
        else:
            items.append(("1", atom))
    return items


def atom_matches(atom, ch):
    if atom[0] == "any":
        return True
    if atom[0] == "char":
        return atom[1] == ch
    _, negate, ranges = atom
    inside = any(lo <= ch <= hi for lo, hi in ranges)
    return inside != negate


def match_here(items, text, pos, anchored_end):
    if not items:
        return pos if (not anchored_end or pos == len(text)) else None
    (quant, atom), rest = items[0], items[1:]
    if quant == "1":
        if pos < len(text) and atom_matches(atom, text[pos]):
            return match_here(rest, text, pos + 1, anchored_end)
        return None
    lo = 1 if quant == "+" else 0
    hi = 1 if quant == "?" else len(text) - pos
    count = 0
    while count < hi and pos + count < len(text) and atom_matches(atom, text[pos + count]):
        count += 1
    while count >= lo:
        end = match_here(rest, text, pos + count, anchored_end)
        if end is not None:
            return end
        count -= 1
    return None


def search(pattern, text):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if anchored_start else 0:len(pattern) - (1 if anchored_end else 0)]
    items = compile_pattern(core)
    for start in range(len(text) + 1):
        end = match_here(items, text, start, anchored_end)
        if end is not None:
            return text[start:end]
        if anchored_start:
            break
    return None


CASES = [
    ("abc", "xxabcxx"), ("^abc", "xxabc"), ("abc$", "xxabc"), ("a.c", "abc adc"), ("ab*c", "ac abbbc"),
    ("ab+c", "ac abbbc"), ("colou?r", "my colour"), ("[0-9]+", "order 66 now"), ("[^a-z ]+", "abc DEF ghi"),
    ("^[A-Z][a-z]*$", "Hello"), ("^[A-Z][a-z]*$", "HeLLo"), (".*", ""), ("a*a*a*b", "aaaaaaaaaaaab"),
    ("\\.py$", "script.py"), ("x?y?z?$", "abc"), ("[a-c-]+", "--ab-c--d"),
]
for pattern, text in CASES:
    print(f"{pattern!r:<18} {text!r:<16} -> {search(pattern, text)!r}")
emails = ["ann@example.com", "bad@", "x.y@z.org", "@nouser.com"]
pattern = "^[a-z.]+@[a-z]+\\.[a-z]+$"
print([e for e in emails if search(pattern, e)])
