# A regex tokenizer, recursive-descent parser and match-based evaluator for arithmetic with calls,
# reporting its own ParseError positions and the runtime errors of evaluation.
import re
from collections import namedtuple
Token = namedtuple('Token', 'kind text pos')
SPEC = [('NUM', r'\d+(?:\.\d*)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'\*\*|[-+*/%()^,=]'), ('WS', r'\s+'), ('BAD', r'.')]
RX = re.compile('|'.join(f'(?P<{k}>{v})' for k, v in SPEC))
class ParseError(Exception):
    def __init__(self, msg, pos): super().__init__(msg); self.pos = pos
    def __str__(self): return f"{self.args[0]} at {self.pos}"
def tokenize(s):
    for m in RX.finditer(s):
        k = m.lastgroup
        if k == 'WS': continue
        if k == 'BAD': raise ParseError(f"bad char {m.group()!r}", m.start())
        yield Token(k, m.group(), m.start())
    yield Token('EOF', '', len(s))
class Parser:
    def __init__(self, s): self.toks = list(tokenize(s)); self.i = 0
    def peek(self): return self.toks[self.i]
    def next(self): t = self.toks[self.i]; self.i += 1; return t
    def expect(self, text):
        t = self.next()
        if t.text != text: raise ParseError(f"expected {text!r}, got {t.text!r}", t.pos)
    def expr(self):
        n = self.term()
        while self.peek().text in '+-' and self.peek().kind == 'OP':
            op = self.next().text; n = (op, n, self.term())
        return n
    def term(self):
        n = self.factor()
        while self.peek().text in ('*', '/', '%'):
            op = self.next().text; n = (op, n, self.factor())
        return n
    def factor(self):
        if self.peek().text == '-': self.next(); return ('neg', self.factor())
        b = self.atom()
        if self.peek().text == '**': self.next(); return ('**', b, self.factor())
        return b
    def atom(self):
        t = self.next()
        if t.kind == 'NUM': return float(t.text) if '.' in t.text else int(t.text)
        if t.kind == 'ID':
            if self.peek().text == '(':
                self.next(); args = []
                if self.peek().text != ')':
                    args.append(self.expr())
                    while self.peek().text == ',': self.next(); args.append(self.expr())
                self.expect(')'); return ('call', t.text, args)
            return ('var', t.text)
        if t.text == '(':
            e = self.expr(); self.expect(')'); return e
        raise ParseError(f"unexpected {t.kind} {t.text!r}", t.pos)
import math
FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'log': math.log, 'fact': math.factorial}
def ev(n, env):
    match n:
        case int() | float(): return n
        case ('var', name): return env[name]
        case ('neg', x): return -ev(x, env)
        case ('call', f, args): return FUNCS[f](*[ev(a, env) for a in args])
        case (op, a, b):
            a, b = ev(a, env), ev(b, env)
            return {'+': a.__add__, '-': a.__sub__, '*': a.__mul__, '/': a.__truediv__, '%': a.__mod__, '**': a.__pow__}[op](b)
env = {'x': 3, 'pi': math.pi}
for src in ['1 + 2 * 3', '2 ** 3 ** 2', '-x ** 2', '(1 + 2) * (3 - 4) / 5', 'sqrt(16) + max(1, x, 2)', 'fact(20) % 1000007', '10 / 0', 'y + 1', '1 +', '3 $ 4', 'log(-1)', 'sqrt(2) * pi', '7 % -3', '2 ** -1', 'fact(1.5)', 'max()', '1.5 * 2', '(1', 'abs(-7.25)']:
    try:
        tree = Parser(src).expr()
        print(f"{src!r:32} => {ev(tree, env)!r}")
    except ParseError as e:
        print(f"{src!r:32} !! {e} (pos {e.pos})")
    except Exception as e:
        print(f"{src!r:32} !! {type(e).__name__}: {e}")
