# Class scopes: class-body names are not visible inside methods; methods see module globals.
x = "global x"


class Example:
    x = "class x"
    y = x + " (read in class body)"

    def method(self):
        return x

    def qualified(self):
        return Example.x

    doubled = [x] * 2


e = Example()
print(e.method())
print(e.qualified())
print(Example.y)
print(Example.doubled)


def make_class(value):
    class Local:
        attr = value

        def get(self):
            return value
    return Local


C = make_class("from function")
print(C.attr, C().get())


def shadowing():
    value = "function value"

    class Inner:
        value = "class value"

        def get(self):
            return value
    return Inner.value, Inner().get()


print(shadowing())


class Counter:
    count = 0

    def increment(self):
        self.count += 1
        return self.count


a = Counter()
b = Counter()
a.increment()
a.increment()
print(a.count, b.count, Counter.count)


def class_sees_function_local():
    secret = 7

    class K:
        seen = secret * 2
    return K.seen


print(class_sees_function_local())


def class_local_vs_free():
    y = "free"

    class K:
        try:
            print("before:", y)
        except NameError as e:
            print("NameError:", e)
        y = "class-level"
        print("after:", y)
    return K.y


print(class_local_vs_free())
