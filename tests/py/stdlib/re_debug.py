# re.DEBUG: compiling with the flag prints the parsed pattern (re._parser's tree dump) and the compiled
# sre program (re._compiler.dis) as CPython 3.12 does; such patterns are not cached, so each compile
# prints again, and an invalid pattern raises before printing anything. The cycles flag: CPython's
# own re._compiler.dis leaves a recursive closure behind per call.
# immortal-test: cycles
import re

PATTERNS = [
    ("a+b", 0),
    (r"(?i)[a-c\d]x|[^k]y(?:ab)*?(?P<n>z+)\1(?(n)q|r)(?<=q)(?>w)\b$", 0),
    (r"ab|ac|ad", 0),
    (r"a|b|[cd]", 0),
    (r"(abc)d(?:ef)", 0),
    (r"^\w+@[\w.-]+\.(com|org)$", re.M),
    (r"[\u0100-\u0200\U00010000]", 0),
    (r"[ks\u017f]+", re.I),
    (r"[aeiou]{2,}?", re.I | re.A),
    (r"\d{3}-\d{4}", re.A),
    (r"(?x) a  b  # comment\n c", 0),
    (r"(?s).*(?!x)y", 0),
    (r"[^\x00-\x7f\u4e00-\u9fff]", 0),
    (r"x*+y++z?+", 0),
    (r"(?i:K)elvin\u212a", 0),
    (b"ab|ac", 0),
    (b"(?L)\\w+", 0),
    (b"[\\x80-\\xff]+", re.I),
]
for pattern, flags in PATTERNS:
    print("==", repr(pattern), repr(re.RegexFlag(flags)))
    p = re.compile(pattern, flags | re.DEBUG)
    print(p.pattern == pattern, bool(p.flags & re.DEBUG), p.groups)

print("== twice (not cached)")
re.compile("xy", re.DEBUG)
re.compile("xy", re.DEBUG)
print(re.match("x+", "xxx", re.DEBUG).group())
try:
    re.compile("a(b", re.DEBUG)
except re.error as e:
    print("error", e)
