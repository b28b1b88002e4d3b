# immortal-test: exit=1
# SyntaxError: an opening bracket that is never closed is reported where it was opened.
values = [1, 2, 3
total = sum(values)
print(total)
