# immortal-test: exit=1
# SyntaxError: a missing colon. Nothing runs: the file is compiled before execution starts.
print("never printed")


def greet(name)
    return "hello " + name
