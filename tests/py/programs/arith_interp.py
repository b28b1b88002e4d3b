# A tokenizer + recursive-descent parser + tree-walking interpreter for a small arithmetic
# language with variables, functions and conditionals: re.Scanner-free tokenizing with a master
# regex, frozen dataclasses for the AST, and error reporting with positions.
import re
from dataclasses import dataclass, field
from typing import Union
import math

TOKEN_SPEC = [
    ('NUM', r'\d+(?:\.\d*)?(?:[eE][-+]?\d+)?'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'\*\*|==|!=|<=|>=|[-+*/%^()<>,=?:]'),
    ('SKIP', r'[ \t]+'),
    ('BAD', r'.'),
]
MASTER = re.compile('|'.join(f'(?P<{name}>{pat})' for name, pat in TOKEN_SPEC))


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos


def tokenize(src):
    toks = []
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        if kind == 'BAD':
            raise CalcError(f'unexpected character {m.group()!r}', m.start())
        toks.append(Tok(kind, m.group(), m.start()))
    toks.append(Tok('EOF', '', len(src)))
    return toks


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: 'Node'
    right: 'Node'


@dataclass(frozen=True)
class Unary:
    op: str
    operand: 'Node'


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple


@dataclass(frozen=True)
class Cond:
    test: 'Node'
    then: 'Node'
    other: 'Node'


@dataclass(frozen=True)
class Assign:
    name: str
    value: 'Node'


Node = Union[Num, Var, BinOp, Unary, Call, Cond, Assign]


class Parser:
    PREC = {'==': 1, '!=': 1, '<': 2, '>': 2, '<=': 2, '>=': 2, '+': 3, '-': 3, '*': 4, '/': 4, '%': 4}

    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError(f'expected {text!r}, got {t.text or "end of input"!r}', t.pos)
        return t

    def parse(self):
        node = self.statement()
        if self.peek().kind != 'EOF':
            t = self.peek()
            raise CalcError(f'unexpected {t.text!r}', t.pos)
        return node

    def statement(self):
        if self.peek().kind == 'NAME' and self.toks[self.i + 1].text == '=':
            name = self.next().text
            self.next()
            return Assign(name, self.statement())
        return self.conditional()

    def conditional(self):
        test = self.binary(1)
        if self.peek().text == '?':
            self.next()
            then = self.conditional()
            self.expect(':')
            return Cond(test, then, self.conditional())
        return test

    def binary(self, min_prec):
        left = self.unary()
        while (op := self.peek().text) in self.PREC and self.PREC[op] >= min_prec and self.peek().kind == 'OP':
            self.next()
            right = self.binary(self.PREC[op] + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        if self.peek().text in ('-', '+'):
            op = self.next().text
            return Unary(op, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text in ('**', '^'):
            self.next()
            return BinOp('**', base, self.unary())
        return base

    def atom(self):
        t = self.next()
        if t.kind == 'NUM':
            return Num(float(t.text) if any(c in t.text for c in '.eE') else int(t.text))
        if t.kind == 'NAME':
            if self.peek().text == '(':
                self.next()
                args = []
                if self.peek().text != ')':
                    args.append(self.statement())
                    while self.peek().text == ',':
                        self.next()
                        args.append(self.statement())
                self.expect(')')
                return Call(t.text, tuple(args))
            return Var(t.text)
        if t.text == '(':
            node = self.statement()
            self.expect(')')
            return node
        raise CalcError(f'unexpected {t.text or "end of input"!r}', t.pos)


FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'floor': math.floor,
         'hypot': math.hypot, 'gcd': math.gcd}


@dataclass
class Interp:
    env: dict = field(default_factory=lambda: {'pi': math.pi, 'e': math.e})
    steps: int = 0

    def eval(self, node):
        self.steps += 1
        match node:
            case Num(v):
                return v
            case Var(name):
                try:
                    return self.env[name]
                except KeyError:
                    raise CalcError(f'undefined variable {name!r}') from None
            case Assign(name, value):
                self.env[name] = v = self.eval(value)
                return v
            case Unary('-', x):
                return -self.eval(x)
            case Unary(_, x):
                return +self.eval(x)
            case Cond(t, a, b):
                return self.eval(a) if self.eval(t) else self.eval(b)
            case Call(f, args):
                if f not in FUNCS:
                    raise CalcError(f'unknown function {f}()')
                return FUNCS[f](*(self.eval(a) for a in args))
            case BinOp(op, l, r):
                a, b = self.eval(l), self.eval(r)
                try:
                    return {
                        '+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b,
                        '/': lambda: a / b, '%': lambda: a % b, '**': lambda: a ** b,
                        '==': lambda: int(a == b), '!=': lambda: int(a != b), '<': lambda: int(a < b),
                        '>': lambda: int(a > b), '<=': lambda: int(a <= b), '>=': lambda: int(a >= b),
                    }[op]()
                except ZeroDivisionError:
                    raise CalcError('division by zero')


def show(node):
    match node:
        case Num(v):
            return repr(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f'({show(l)} {op} {show(r)})'
        case Unary(op, x):
            return f'{op}{show(x)}'
        case Call(f, args):
            return f'{f}({", ".join(map(show, args))})'
        case Cond(t, a, b):
            return f'({show(t)} ? {show(a)} : {show(b)})'
        case Assign(n, v):
            return f'{n} = {show(v)}'


interp = Interp()
LINES = [
    '1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ^ 2', '7 % 3 + 10 / 4', 'x = 5', 'y = x * 2 + 1',
    'x < y ? x : y', 'hypot(3, 4) + sqrt(16)', 'max(x, y, 3) - min(1, 2)', 'r = 2.5', 'pi * r ** 2',
    'gcd(84, 36)', 'x == 5 ? (y >= 11 ? 100 : 200) : 300', '1e3 / 8', 'floor(-2.5)',
    '1 / 0', 'z + 1', '3 +', '(1 + 2', '4 $ 4', 'foo(1)', '1 2',
]
for line in LINES:
    try:
        tree = Parser(tokenize(line)).parse()
        val = interp.eval(tree)
        print(f'{line:<36} {show(tree):<44} => {val!r}')
    except CalcError as e:
        where = f' at {e.pos}' if e.pos is not None else ''
        print(f'{line:<36} error{where}: {e}')
        if e.pos is not None:
            print(' ' * e.pos + '^')
print('steps', interp.steps, 'vars', sorted(k for k in interp.env if k not in ('pi', 'e')))
t1 = Parser(tokenize('a + 1')).parse()
print(t1 == BinOp('+', Var('a'), Num(1)), hash(t1) == hash(BinOp('+', Var('a'), Num(1))), t1)
try:
    t1.op = '-'
except Exception as e:
    print(type(e).__name__, e)
