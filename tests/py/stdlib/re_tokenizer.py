# A tokenizer for arithmetic expressions with a master pattern of named groups (m.lastgroup), and a
# recursive-descent evaluator over its tokens.
import re

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'\*\*|[-+*/%(),=]'),
    ('SKIP', r'[ \t]+'),
    ('NEWLINE', r'\n'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))


class Token:
    __slots__ = ('kind', 'value', 'line', 'col')

    def __init__(self, kind, value, line, col):
        self.kind, self.value, self.line, self.col = kind, value, line, col

    def __repr__(self):
        return 'Token(%s, %r, %d:%d)' % (self.kind, self.value, self.line, self.col)


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if re.search(r'[.eE]', value) else int(value)
        elif kind == 'NEWLINE':
            line_start = m.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise SyntaxError('%r unexpected on line %d' % (value, line))
        yield Token(kind, value, line, col)


class Parser:
    def __init__(self, tokens, env):
        self.toks = list(tokens)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, value=None):
        t = self.peek()
        if t is None or (value is not None and t.value != value):
            raise SyntaxError('expected %r, got %r' % (value, t))
        self.i += 1
        return t

    def statement(self):
        if len(self.toks) > self.i + 1 and self.toks[self.i].kind == 'NAME' and self.toks[self.i + 1].value == '=':
            name = self.take().value
            self.take('=')
            self.env[name] = self.expr()
            return name, self.env[name]
        return None, self.expr()

    def expr(self):
        v = self.term()
        while self.peek() is not None and self.peek().value in ('+', '-'):
            op = self.take().value
            r = self.term()
            v = v + r if op == '+' else v - r
        return v

    def term(self):
        v = self.power()
        while self.peek() is not None and self.peek().value in ('*', '/', '%'):
            op = self.take().value
            r = self.power()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v

    def power(self):
        v = self.unary()
        if self.peek() is not None and self.peek().value == '**':
            self.take()
            return v ** self.power()
        return v

    def unary(self):
        if self.peek() is not None and self.peek().value == '-':
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.take()
        if t.kind == 'NUMBER':
            return t.value
        if t.kind == 'NAME':
            if self.peek() is not None and self.peek().value == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek().value == ',':
                    self.take(',')
                    args.append(self.expr())
                self.take(')')
                return {'max': max, 'min': min, 'abs': abs}[t.value](*args)
            return self.env[t.value]
        if t.value == '(':
            v = self.expr()
            self.take(')')
            return v
        raise SyntaxError('unexpected %r' % (t,))


program = '''x = 3 + 4 * 2
y = (x - 1) ** 2 / 4
z = max(x, y, 2.5e1) % 7
-x + -(-y) * 2
abs(-17) + min(4, 2 ** 3 ** 0)'''
for tok in tokenize('alpha = 2.5e3 * (beta + 7)'):
    print(tok)
env = {}
for line in program.split('\n'):
    print(repr(line), '->', Parser(tokenize(line), env).statement())
print(sorted(env.items()))
try:
    list(tokenize('a = 1 $ 2'))
except SyntaxError as e:
    print('SyntaxError:', e)
