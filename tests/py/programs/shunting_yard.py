# Infix to postfix with Dijkstra's shunting-yard algorithm (precedence, right-associative ^, unary
# minus, functions), evaluation of the RPN with a stack, and error reporting.
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3, "neg": 4}
RIGHT = {"^", "neg"}
FUNCS = {"max": 2, "min": 2, "abs": 1}


def tokens(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return out


def to_rpn(text):
    output, ops = [], []
    prev = None
    for tok in tokens(text):
        if isinstance(tok, int):
            output.append(tok)
        elif tok in FUNCS:
            ops.append(tok)
        elif tok == ",":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise SyntaxError("mismatched ')'")
            ops.pop()
            if ops and ops[-1] in FUNCS:
                output.append(ops.pop())
        else:
            if tok == "-" and (prev is None or (prev in PRECEDENCE or prev in ("(", ","))):
                tok = "neg"
            if tok not in PRECEDENCE:
                raise SyntaxError(f"unknown token {tok!r}")
            while ops and ops[-1] in PRECEDENCE and (
                    PRECEDENCE[ops[-1]] > PRECEDENCE[tok] or
                    (PRECEDENCE[ops[-1]] == PRECEDENCE[tok] and tok not in RIGHT)):
                output.append(ops.pop())
            ops.append(tok)
        prev = tok
    while ops:
        op = ops.pop()
        if op == "(":
            raise SyntaxError("mismatched '('")
        output.append(op)
    return output


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
        elif tok == "neg":
            stack.append(-stack.pop())
        elif tok in FUNCS:
            args = [stack.pop() for _ in range(FUNCS[tok])][::-1]
            stack.append({"max": max, "min": min, "abs": abs}[tok](*args))
        else:
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else None,
                          "%": a % b if b else None, "^": a ** b}[tok])
            if stack[-1] is None:
                raise ZeroDivisionError("division by zero in expression")
    if len(stack) != 1:
        raise SyntaxError("malformed expression")
    return stack[0]


for expr in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2 ^ 3 ^ 2", "-2 ^ 2", "(1 + 2) * -(3 - 7)", "max(3, min(10, 4 * 2)) + abs(-5)",
             "10 % 4 * 3", "7 / 0", "(1 + 2", "1 + 2)", "1 $ 2", "1 2"]:
    try:
        rpn = to_rpn(expr)
        print(f"{expr:<36} -> {' '.join(map(str, rpn)):<32} = {evaluate(rpn)}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{expr:<36} -> {type(e).__name__}: {e}")
