# re.Scanner (undocumented in CPython, used by old tokenizers): a lexicon of (pattern, action) pairs,
# callable actions called with the scanner and token (scanner.match is the Match), None dropping the
# token, other values kept; scanning stops at the first position no phrase matches.
import re
def ident(scanner, token): return ('IDENT', token)
def number(scanner, token): return ('NUM', int(token))
sc = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"\d+(\.\d*)?", number),
    (r"=|\+|-|\*|/", lambda s, t: ('OP', t)),
    (r"\s+", None),
    (r";", 'SEMI'),
])
print(sc.scan("x = 12 + foo*3; y=4 $rest"))
print(sc.scan(""), sc.match.group() if hasattr(sc, 'match') else None)
sc2 = re.Scanner([(r"a+", 'A'), (r"b", lambda s, t: None)], re.I)
print(sc2.scan("aAbBaz"))
sc3 = re.Scanner([(rb"\d+", 'N'), (rb",", None)])
print(sc3.scan(b"1,22,333x"))
