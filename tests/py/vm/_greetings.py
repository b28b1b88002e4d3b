# A plain module imported by imports_basic.py and imports_main_guard.py.
print("executing _greetings, __name__ =", __name__)
DEFAULT = "Hello"
count = 0


def hello(name, greeting=DEFAULT):
    global count
    count += 1
    return f"{greeting}, {name}"


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name):
        return hello(name, self.greeting)


if __name__ == "__main__":
    print("never printed when imported")
