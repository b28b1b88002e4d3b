# immortal-test: exit=1
# SyntaxError inside an f-string replacement field.
name = "x"
print(f"value: {name!z}")
