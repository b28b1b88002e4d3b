# A tiny stack-based virtual machine: an assembler for labels and a dispatch loop, running programs
# that compute factorials, Fibonacci numbers and a GCD.
def assemble(source):
    code = []
    labels = {}
    for line in source.strip().split("\n"):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append([op] + args)
    for instr in code:
        if instr[0] in ("jmp", "jz", "call"):
            instr[1] = labels[instr[1]]
        elif instr[0] == "push":
            instr[1] = int(instr[1])
    return code


def run(code, trace=False):
    stack, calls, output = [], [], []
    pc = steps = 0
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op == "rot":
            stack.append(stack.pop(-3))
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else 0,
                          "lt": int(a < b)}[op])
        elif op == "jmp":
            pc = args[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "call":
            calls.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown instruction {op!r} at {pc - 1}")
        if trace:
            print(f"  {op:<5} {stack}")
    return output, steps


FACTORIAL = """
    push 1       ; accumulator
    push 10      ; counter
loop:
    dup
    jz done
    dup
    call mul_acc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mul_acc:         ; acc n n -> acc*n n
    pop
    swap
    over
    mul
    swap
    ret
"""
FIBONACCI = """
    push 0       ; a
    push 1       ; b
    push 12      ; counter
next:
    dup
    jz end
    push 1
    sub          ; a b n
    rot          ; b n a
    dup
    print
    rot          ; n a b
    dup
    rot          ; n b b a
    add          ; n b a+b
    rot          ; b a+b n
    jmp next
end:
    halt
"""
GCD = """
    push 1071
    push 462
loop:
    dup
    jz done
    swap
    over
    mod
    jmp loop
done:
    pop
    print
    halt
"""
out, steps = run(assemble(FACTORIAL))
print("factorial program:", out, "steps:", steps)
out, steps = run(assemble(FIBONACCI))
print("fibonacci program:", out, "steps:", steps)
out, steps = run(assemble(GCD))
print("gcd program:", out, "steps:", steps)
print("trace of a tiny program:")
run(assemble("push 2\npush 3\nadd\ndup\nmul\nprint"), trace=True)
try:
    run(assemble("push 1\nbogus"))
except ValueError as e:
    print("ValueError:", e)
