# immortal-test: exit=1
# IndentationError: a dedent that matches no outer indentation level.
def f():
        x = 1
    return x
