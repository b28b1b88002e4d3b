# __name__ == "__main__" in the script, and the module's own __name__ when imported.
import sys


def main():
    print("main() running in", __name__)
    import _greetings
    print("imported module name:", _greetings.__name__)
    print(sys.modules["__main__"].main is main)
    return 0


if __name__ == "__main__":
    main()
else:
    print("never: this file is the script")
