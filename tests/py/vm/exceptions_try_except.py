# try/except: matching by class and base class, tuples of classes, `as` binding and its removal.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["missing"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("abc")
    if kind == "attr":
        return None.attribute
    return "fine"


for kind in ["zero", "index", "key", "type", "value", "attr", "none"]:
    try:
        result = risky(kind)
        print(kind, "->", result)
    except ZeroDivisionError as e:
        print(kind, "-> ZeroDivisionError:", e)
    except (IndexError, KeyError) as e:
        print(kind, "-> LookupError subclass:", type(e).__name__, e)
    except ArithmeticError:
        print("never: ZeroDivisionError was handled above")
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, e)
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base class:", repr(e))
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("the `as` name was deleted:", err)
try:
    try:
        raise TypeError("inner problem")
    except ValueError:
        print("wrong handler")
except TypeError as t:
    print("outer handler got:", t)


def handler_returns():
    try:
        raise RuntimeError("x")
    except RuntimeError:
        return "returned from handler"


print(handler_returns())
try:
    raise Exception("a", "b", 3)
except Exception as ex:
    print(ex.args, str(ex), repr(ex))
caught = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        caught.append(("ok", i))
    except ValueError as v:
        caught.append(("err", v.args[0]))
print(caught)
try:
    raise ValueError
except ValueError as bare:
    print("raised a class:", repr(bare), bare.args)
