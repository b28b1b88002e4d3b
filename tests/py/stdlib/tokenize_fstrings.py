# tokenize.generate_tokens over str sources: a realistic module with classes, decorators, comments,
# continuation lines and brackets (NL vs NEWLINE, INDENT/DEDENT), numbers, string prefixes, and
# f-strings split into FSTRING_START/MIDDLE/END with conversions, format specs, nested fields and
# doubled braces; printed in the `python -m tokenize -e` layout, plus TokenInfo reprs.
import io
import tokenize

SOURCE = '''\
#!/usr/bin/env python3
"""Inventory report."""
import math  # standard


@dataclass(frozen=True)
class Item:
    name: str
    price: float = 0.0

    def line(self, width=10) -> str:
        total = self.price * 1_000 + 0x1F - 3.5e-2 + 2j
        return f"{self.name!r:>{width}} costs {total:.2f} {{EUR}}"


items = [Item("tea", 2.5),
         Item('jam', \\
              4.0)]
for it in items:
    if it.price > 3 and not it.name.startswith(rb'x'.decode()):
        print(f'{it.line()=}', f"""multi
line {it.name}""", end='')
    else:
        pass
'''

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    span = '%d,%d-%d,%d:' % (tok.start + tok.end)
    print(f'{span:<20}{tokenize.tok_name[tok.exact_type]:<15}{tok.string!r}')

toks = list(tokenize.generate_tokens(io.StringIO('x = f"a{b}c"\n').readline))
for tok in toks:
    print(tok)
print(toks[1].exact_type == tokenize.EQUAL, toks[1].type == tokenize.OP)
counts = {}
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    counts[tokenize.tok_name[tok.type]] = counts.get(tokenize.tok_name[tok.type], 0) + 1
print(sorted(counts.items()))
