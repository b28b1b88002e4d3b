# immortal-test: exit=3
# sys.exit(3): exit status 3, nothing on stderr, finally blocks run first.
import sys


def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup before exit")


main()
print("never printed")
