# A small spreadsheet: cells hold numbers or formulas ("=A1+B2*2", "=SUM(A1:A3)"); formulas are
# compiled once with compile() and evaluated with eval() against restricted globals (no builtins),
# with dependency tracking, cycle detection and error values.
import re

CELL = re.compile(r"\b([A-Z])([0-9]+)\b")
RANGE = re.compile(r"\b([A-Z])([0-9]+):([A-Z])([0-9]+)\b")


class CycleError(Exception):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.code = {}
        self.cache = {}
        self.evaluating = set()

    def set(self, name, text):
        self.raw[name] = text
        self.cache.clear()
        if isinstance(text, str) and text.startswith("="):
            expr = RANGE.sub(self._expand_range, text[1:])
            expr = CELL.sub(lambda m: f"cell({m.group(0)!r})", expr)
            self.code[name] = compile(expr, f"<cell {name}>", "eval")
        else:
            self.code.pop(name, None)

    @staticmethod
    def _expand_range(m):
        c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        names = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
        return "[" + ", ".join(names) + "]"

    def cell(self, name):
        if name in self.cache:
            return self.cache[name]
        if name in self.evaluating:
            raise CycleError(name)
        if name not in self.raw:
            return 0
        code = self.code.get(name)
        if code is None:
            value = self.raw[name]
        else:
            self.evaluating.add(name)
            try:
                env = {"__builtins__": {}, "cell": self.cell, "SUM": sum, "MAX": max, "MIN": min,
                       "AVG": lambda xs: sum(xs) / len(xs), "ROUND": round, "ABS": abs}
                value = eval(code, env)
            finally:
                self.evaluating.discard(name)
        self.cache[name] = value
        return value

    def show(self, name):
        try:
            v = self.cell(name)
        except CycleError as e:
            return "#CYCLE!"
        except ZeroDivisionError:
            return "#DIV/0!"
        except NameError as e:
            return f"#NAME? ({e})"
        except TypeError:
            return "#VALUE!"
        return f"{v:.2f}" if isinstance(v, float) else str(v)


sheet = Sheet()
data = {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1*2", "B2": "=SUM(A1:A3)", "B3": "=AVG(A1:A3)",
        "C1": "=B1+B2-A1", "C2": "=MAX(A1:B3)", "C3": "=ROUND(B3, 1)", "D1": "=A1/(A2-20)",
        "D2": "=E1+1", "E1": "=D2*2", "D3": "=open('x')", "D4": "=ABS(A1-A2)+MIN(A1:A2)"}
for k, v in data.items():
    sheet.set(k, v)

for row in range(1, 5):
    cells = []
    for col in "ABCDE":
        name = f"{col}{row}"
        if name in sheet.raw:
            cells.append(f"{name}={sheet.show(name)}")
    print("  ".join(cells))

sheet.set("A2", 25)
print("after A2=25:", sheet.show("B2"), sheet.show("D1"), sheet.show("C2"))
sheet.set("E1", 7)
print("after E1=7:", sheet.show("D2"))

# The restricted namespace really has no builtins.
for expr in ("__import__('os')", "len([1, 2])", "(lambda: 3)()", "[x * x for x in (1, 2, 3)]"):
    try:
        print(expr, "->", eval(expr, {"__builtins__": {}}))
    except NameError as e:
        print(expr, "-> NameError:", e)

# compile() modes and flags.
ns = {}
exec(compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec"), ns)
print("exec total:", ns["total"])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__, single.co_filename, eval(compile("2 ** 10", "<e>", "eval")))
try:
    compile("=A1", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
