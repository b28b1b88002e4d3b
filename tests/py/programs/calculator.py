# An arithmetic expression calculator: tokenizer, recursive-descent parser producing a tree, evaluator
# with variables, and error reporting.
class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif ch in "+-*/%^()=,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {value!r}")


FUNCTIONS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "/":
        return a / b
    if kind == "%":
        return a % b
    return a ** b


env = {}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x * 2.5",
    "x + y / 5",
    "max(x, y, 3) - min(4, abs(-7))",
    "10 % 4 + 7 / 2",
    "1 / 0",
    "z + 1",
    "3 +",
    "4 $ 4",
    "(1 + 2",
]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<32} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<32} ! syntax: {e}")
    except (ZeroDivisionError, NameError) as e:
        print(f"{line:<32} ! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(Parser(tokenize("a * (b + 2)")).expr())
