# Local, global and builtin name resolution, and UnboundLocalError.
counter = 10
name = "module"


def read_global():
    return counter + 1


def shadow_global():
    counter = 99
    return counter


def shadow_builtin():
    len = lambda seq: -1
    return len([1, 2, 3])


def uses_builtin():
    return len([1, 2, 3])


def assigned_later():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter


def conditional_local(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def deleted_local():
    item = 42
    del item
    try:
        return item
    except UnboundLocalError as e:
        return str(e)


print(read_global())
print(shadow_global(), counter)
print(shadow_builtin(), uses_builtin())
print(assigned_later())
print(conditional_local(True))
print(conditional_local(False))
print(deleted_local())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def loop_variable_survives():
    for i in range(3):
        pass
    return i


print(loop_variable_survives())
name = "changed"
print(name)
