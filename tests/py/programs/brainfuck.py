# A Brainfuck interpreter with precomputed bracket jumps, run-length folding of +-<> and an
# instruction counter; runs a hello-world program and a program that reads its input.
def compile_bf(source):
    ops = []
    for ch in source:
        if ch not in "+-<>[].,":
            continue
        if ops and ch in "+-<>" and ops[-1][0] == ch:
            ops[-1][1] += 1
        else:
            ops.append([ch, 1])
    stack = []
    for i, op in enumerate(ops):
        if op[0] == "[":
            stack.append(i)
        elif op[0] == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at op {i}")
            j = stack.pop()
            ops[j][1] = i
            op[1] = j
    if stack:
        raise SyntaxError(f"unmatched [ at op {stack[-1]}")
    return ops


def run(source, data=""):
    ops = compile_bf(source)
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = list(data)
    out = []
    while pc < len(ops):
        op, arg = ops[pc]
        steps += 1
        if op == "+":
            tape[ptr] = (tape[ptr] + arg) % 256
        elif op == "-":
            tape[ptr] = (tape[ptr] - arg) % 256
        elif op == ">":
            ptr += arg
        elif op == "<":
            ptr -= arg
        elif op == ".":
            out.append(chr(tape[ptr]))
        elif op == ",":
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif op == "[" and tape[ptr] == 0:
            pc = arg
        elif op == "]" and tape[ptr] != 0:
            pc = arg
        pc += 1
    return "".join(out), steps, len(ops)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------."
         ">>+.>++.")
text, steps, size = run(HELLO)
print(repr(text), "steps:", steps, "ops:", size)
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, "stressed")[0])
UPPER = ",[>++++[<-------->-]<.,]"
print(run(UPPER, "shout")[0])
for bad in ["[[]", "]["]:
    try:
        compile_bf(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
