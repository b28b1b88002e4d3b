# immortal-test: exit=1
# An exception raised in a finally block replaces the one in flight; the first becomes its context.
def close_all(resources):
    try:
        for r in resources:
            print("closing", r)
            if r == "db":
                raise ConnectionError("db close failed")
    finally:
        print("finally: flushing log")
        raise OSError("log flush failed")


close_all(["file", "db", "socket"])
