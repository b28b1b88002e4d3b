# try/except/else/finally: which blocks run, in which order, with return/break/continue.
def attempt(fail):
    print(f"-- attempt(fail={fail})")
    try:
        print("try body")
        if fail:
            raise ValueError("failure")
    except ValueError as e:
        print("except:", e)
    else:
        print("else: no exception")
    finally:
        print("finally")
    print("after")


attempt(False)
attempt(True)


def finally_with_return():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(finally_with_return())


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally wins"


print(finally_overrides())


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "exception discarded"


print(finally_swallows())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")


nested()


def else_not_protected():
    try:
        pass
    except ZeroDivisionError:
        print("never")
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            print("else raised, caught by its own handler")


else_not_protected()
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
