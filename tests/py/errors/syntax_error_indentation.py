# immortal-test: exit=1
# IndentationError: a block is expected after the if statement.
def check(x):
    if x > 0:
    return "positive"
    return "other"
