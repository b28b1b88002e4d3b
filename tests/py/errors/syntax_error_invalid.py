# immortal-test: exit=1
# A plain "invalid syntax" error with its caret.
numbers = [1, 2, 3]
for n in numbers print(n)
