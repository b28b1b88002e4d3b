# immortal-test: exit=1
# A bare `raise` in a handler re-raises the original exception with its original traceback.
def risky(n):
    return [1, 2, 3][n]


def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging the failure, then re-raising")
        raise


print(wrapper(1))
wrapper(7)
