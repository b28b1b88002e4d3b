# Left-to-right evaluation order in calls, literals, subscripts, assignments and binary operators.
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show():
    print(" ".join(log))
    log.clear()


def f(*args, **kwargs):
    return None


f(t("a"), t("b"), k=t("c"), *[t("d")], **{"z": t("e")})
show()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show()
result = t("left", 1) + t("right", 2) * t("mul", 3)
show()
items = [0, 0, 0]
items[t("index", 1)] = t("value", 5)
show()
x = t("rhs", [1, 2])[t("sub", 0)]
show()
a = b = t("shared", [])
print(a is b)
log.clear()
t("obj", items)[t("i", 0)], t("obj2", items)[t("j", 2)] = t("v1", 7), t("v2", 9)
show()
print(items)
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
t("cond", True) and t("then")
show()
[t("e1"), t("e2"), *(t("s1"), t("s2"))]
show()
print(t("p1", 1) < t("p2", 2) < t("p3", 3))
show()
