# immortal-test: exit=1
# NameError with a "Did you mean" suggestion taken from the local and global names.
counter = 0


def bump(step):
    total_steps = step * 2
    return counter + total_step


print(bump(1))
