# immortal-test: stdin=3\n4 5\nhello world\n
# input() reads lines from standard input (the prompt goes to stdout); EOFError at end of input.
count = int(input())
a, b = map(int, input("two numbers: ").split())
text = input()
print()
print(count * (a + b), text.upper(), len(text))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", repr(e))
