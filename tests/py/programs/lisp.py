# A small Lisp interpreter (symbols are str, numbers int): reader, environments, special forms
# (define, set!, lambda, if, let, begin, quote), closures, tail calls in a loop, list primitives.
# Closures stored in the global environment form reference cycles.
def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    token = tokens.pop(0)
    if token == "(":
        items = []
        while tokens[0] != ")":
            items.append(read(tokens))
        tokens.pop(0)
        return items
    if token == ")":
        raise SyntaxError("unexpected )")
    if token == "'":
        return ["quote", read(tokens)]
    try:
        return int(token)
    except ValueError:
        return token


def parse_all(text):
    tokens = tokenize(text)
    exprs = []
    while tokens:
        exprs.append(read(tokens))
    return exprs


class Env:
    def __init__(self, names=(), values=(), outer=None):
        self.vars = dict(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.outer
        raise NameError(f"unbound symbol: {name}")


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))


def to_str(x):
    if isinstance(x, list):
        return "(" + " ".join(to_str(v) for v in x) + ")"
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, Lambda):
        return "<lambda>"
    return str(x)


def standard_env():
    env = Env()
    env.vars.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "<": lambda a, b: a < b, "=": lambda a, b: a == b,
        "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
        "list": lambda *a: list(a), "null?": lambda l: l == [], "display": lambda x: print(to_str(x)),
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            name, value = args
            env.vars[name] = evaluate(value, env)
            return None
        if op == "set!":
            name, value = args
            env.find(name).vars[name] = evaluate(value, env)
            return None
        if op == "lambda":
            params, body = args
            return Lambda(params, body, env)
        if op == "let":
            bindings, body = args
            names = [b[0] for b in bindings]
            values = [evaluate(b[1], env) for b in bindings]
            x, env = body, Env(names, values, env)
            continue
        if op == "begin":
            for expr in args[:-1]:
                evaluate(expr, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        values = [evaluate(a, env) for a in args]
        if isinstance(proc, Lambda):
            x, env = proc.body, Env(proc.params, values, proc.env)
            continue
        return proc(*values)


PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(display (fact 20))
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(display (map (lambda (x) (* x x)) (list 1 2 3 4 5)))
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c) (c)
(display (c))
(define filter (lambda (p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l))))))
(define range (lambda (a b) (if (< a b) (cons a (range (+ a 1) b)) '())))
(display (filter (lambda (x) (= 0 (- x (* 2 (fib-half x))))) (range 0 10)))
"""
env = standard_env()
env.vars["fib-half"] = lambda x: x // 2
for expr in parse_all(PROGRAM):
    result = evaluate(expr, env)
    if result is not None:
        print("=>", to_str(result))
loop = "(define count-down (lambda (n) (if (= n 0) 'done (count-down (- n 1))))) (display (count-down 1000))"
for expr in parse_all(loop):
    evaluate(expr, env)
for bad in ["(undefined-thing 1)", "(car)"]:
    try:
        evaluate(parse_all(bad)[0], env)
    except (NameError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(to_str(parse_all("(a (b c) 'd 42)")[0]))
