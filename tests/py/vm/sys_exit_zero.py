# sys.exit() with status 0 or None ends the program quietly; finally blocks and __exit__ still run.
import sys


class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("__exit__ saw", exc_type.__name__)


def work():
    try:
        with Cleanup():
            print("about to exit")
            sys.exit(0)
    finally:
        print("finally ran")


try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
work()
print("never printed")
