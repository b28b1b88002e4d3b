# A spreadsheet: cells hold numbers or formulas (=A1+B2*2, =SUM(A1:A3)), evaluated in dependency
# order with memoisation, circular references reported, and the sheet printed as a grid.
import sys


class CircularReference(Exception):
    pass


def col_index(letter):
    return ord(letter) - ord("A")


def expand(ref_range):
    start, end = ref_range.split(":")
    cells = []
    for c in range(col_index(start[0]), col_index(end[0]) + 1):
        for r in range(int(start[1:]), int(end[1:]) + 1):
            cells.append(chr(ord("A") + c) + str(r))
    return cells


def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(expr) and (expr[j].isalnum() or expr[j] == ":"):
                j += 1
            tokens.append(expr[i:j])
            i = j
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            tokens.append(float(expr[i:j]))
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens


class Sheet:
    def __init__(self, cells):
        self.cells = cells
        self.cache = {}
        self.evaluating = []

    def value(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CircularReference(" -> ".join(self.evaluating[self.evaluating.index(ref):] + [ref]))
        raw = self.cells.get(ref, 0)
        self.evaluating.append(ref)
        try:
            result = self.formula(raw[1:]) if isinstance(raw, str) and raw.startswith("=") else raw
        finally:
            self.evaluating.pop()
        self.cache[ref] = result
        return result

    def formula(self, text):
        self.tokens = tokenize(text)
        self.pos = 0
        return self.expr()

    def next(self):
        tok = self.tokens[self.pos] if self.pos < len(self.tokens) else None
        self.pos += 1
        return tok

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expr(self):
        total = self.term()
        while self.peek() in ("+", "-"):
            total = total + self.term() if self.next() == "+" else total - self.term()
        return total

    def term(self):
        total = self.atom()
        while self.peek() in ("*", "/"):
            total = total * self.atom() if self.next() == "*" else total / self.atom()
        return total

    def atom(self):
        tok = self.next()
        if isinstance(tok, float):
            return tok
        if tok == "(":
            v = self.expr()
            self.next()
            return v
        if tok in ("SUM", "MAX", "AVG"):
            self.next()
            rng = self.next()
            self.next()
            saved = self.tokens, self.pos
            values = [self.value(r) for r in expand(rng)]
            self.tokens, self.pos = saved
            return {"SUM": sum(values), "MAX": max(values), "AVG": sum(values) / len(values)}[tok]
        saved = self.tokens, self.pos
        v = self.value(tok)
        self.tokens, self.pos = saved
        return v


cells = {
    "A1": 10, "A2": 20, "A3": 30.5, "A4": "=SUM(A1:A3)",
    "B1": "=A1*2", "B2": "=B1+A2/4", "B3": "=(A1+A2)*(A3-0.5)", "B4": "=MAX(B1:B3)",
    "C1": "=AVG(A1:B2)", "C2": "=C1-A4/10", "C3": "=C4+1", "C4": "=C3*2",
}
sheet = Sheet(cells)
sys.stdout.write("      " + "".join(f"{c:>12}" for c in "ABC") + "\n")
for row in range(1, 5):
    out = []
    for col in "ABC":
        try:
            out.append(f"{sheet.value(col + str(row)):>12.2f}")
        except CircularReference as e:
            out.append(f"{'#CYCLE':>12}")
            last_error = str(e)
    print(f"{row:>4}  " + "".join(out))
print("circular:", last_error)
print(sorted(k for k in sheet.cache))
