# KeyboardInterrupt is a BaseException: `except Exception` does not catch it, and it can be handled.
def task():
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never: KeyboardInterrupt is not an Exception")
    finally:
        print("task cleanup")


try:
    task()
except KeyboardInterrupt as e:
    print("interrupted", repr(e), e.args)
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))
