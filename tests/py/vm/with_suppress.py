# Context managers that suppress exceptions, fail in __enter__ or __exit__, and transactions.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False


with Suppress(KeyError, IndexError):
    {}["missing"]
print("continued after suppression")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed: ZeroDivisionError")


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("exit must not run")


try:
    with FailingEnter():
        print("body must not run")
except RuntimeError as e:
    print("RuntimeError:", e)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise ValueError("exit failed")


try:
    with FailingExit():
        raise KeyError("body error")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))


class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.account.clear()
            self.account.update(self.snapshot)
            print("rolled back because:", exc)
            return True
        print("committed")


account = {"balance": 100}
with Transaction(account) as acc:
    acc["balance"] -= 30
print(account)
with Transaction(account) as acc:
    acc["balance"] -= 500
    if acc["balance"] < 0:
        raise ValueError("insufficient funds")
print(account)


def suppressed_in_function():
    with Suppress(ValueError):
        raise ValueError("inside function")
    return "function continued"


print(suppressed_in_function())
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
