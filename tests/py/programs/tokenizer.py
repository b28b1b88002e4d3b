# A tokenizer for a Python-like language: numbers, names, keywords, strings with escapes, operators,
# comments, and INDENT/DEDENT tokens from leading whitespace.
KEYWORDS = {"def", "if", "else", "while", "return", "and", "or", "not"}
OPERATORS = ["**", "//", "==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", ":", ","]
SOURCE = '''\
def fib(n):
    # compute Fibonacci numbers
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)

def greet(name) -> str:
    while not done and count != 10:
        msg = "Hello, \\"" + name + '!\\n'
    return msg ** 2 // 3.5e2
x = 0x1F + 1_000
'''


class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.line}:{self.col} {self.kind} {self.text!r}"


def tokenize(source):
    tokens = []
    indents = [0]
    for lineno, line in enumerate(source.split("\n"), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        width = len(line) - len(stripped)
        if width > indents[-1]:
            indents.append(width)
            tokens.append(Token("INDENT", "", lineno, 0))
        while width < indents[-1]:
            indents.pop()
            tokens.append(Token("DEDENT", "", lineno, 0))
        col = width
        while col < len(line):
            ch = line[col]
            if ch == " ":
                col += 1
                continue
            if ch == "#":
                break
            start = col
            if ch.isdigit():
                while col < len(line) and (line[col].isalnum() or line[col] in "._"):
                    col += 1
                tokens.append(Token("NUMBER", line[start:col], lineno, start))
            elif ch.isalpha() or ch == "_":
                while col < len(line) and (line[col].isalnum() or line[col] == "_"):
                    col += 1
                word = line[start:col]
                tokens.append(Token("KEYWORD" if word in KEYWORDS else "NAME", word, lineno, start))
            elif ch in "\"'":
                col += 1
                value = []
                while line[col] != ch:
                    if line[col] == "\\":
                        value.append({"n": "\n", "t": "\t"}.get(line[col + 1], line[col + 1]))
                        col += 2
                    else:
                        value.append(line[col])
                        col += 1
                col += 1
                tokens.append(Token("STRING", "".join(value), lineno, start))
            else:
                for op in OPERATORS:
                    if line.startswith(op, col):
                        tokens.append(Token("OP", op, lineno, start))
                        col += len(op)
                        break
                else:
                    raise SyntaxError(f"bad character {ch!r} at {lineno}:{col}")
        tokens.append(Token("NEWLINE", "", lineno, len(line)))
    while len(indents) > 1:
        indents.pop()
        tokens.append(Token("DEDENT", "", lineno, 0))
    tokens.append(Token("END", "", lineno, 0))
    return tokens


tokens = tokenize(SOURCE)
for tok in tokens:
    print(tok)
kinds = {}
for tok in tokens:
    kinds[tok.kind] = kinds.get(tok.kind, 0) + 1
print(sorted(kinds.items()))
try:
    tokenize("a = b $ c")
except SyntaxError as e:
    print("SyntaxError:", e)
