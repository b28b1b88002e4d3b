# Bare raise, re-raising a caught exception, raising in handlers, and the active exception. Stored
# exceptions reference their frames, which reference them back: reference cycles.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("caught again:", e)


def raise_stored():
    saved = None
    try:
        raise KeyError("stored")
    except KeyError as e:
        saved = e
    return saved


exc = raise_stored()
try:
    raise exc
except KeyError as e:
    print("same object:", e is exc)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def nested_handlers():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise


try:
    nested_handlers()
except TypeError as e:
    print("bare raise re-raised the outer exception:", e)


def translate(errors):
    for err in errors:
        try:
            raise err
        except (KeyError, IndexError) as e:
            print("lookup problem:", type(e).__name__)
        except Exception as e:
            print("other problem:", type(e).__name__, e)


translate([KeyError("a"), IndexError("b"), ValueError("c"), ZeroDivisionError("d")])


class Retry(Exception):
    pass


attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "succeeded"


while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
