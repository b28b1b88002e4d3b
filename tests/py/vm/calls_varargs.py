# *args and **kwargs: collecting, forwarding and unpacking.
def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], x=4, **{"y": 5}))


def head_and_rest(first, *rest):
    return first, rest


print(head_and_rest(1), head_and_rest(1, 2, 3))


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(9, 8, key="value"))


def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result


print(total(1, 2, 3), total(1, 2, 3, start=100), total())


def configure(name, **options):
    keys = sorted(options)
    return name + ": " + ", ".join(f"{k}={options[k]}" for k in keys)


print(configure("db", port=5432, host="localhost", debug=False))
settings = {"verbose": True, "level": 3}
print(configure("log", **settings))


def mutate(**kwargs):
    kwargs["added"] = True
    return kwargs


original = {"a": 1}
print(mutate(**original), original)
args = (1, 2)
print(type(collect(*args)[0]).__name__, type(collect(**{})[1]).__name__)


def wrapper(func, *args, **kwargs):
    print("calling", func.__name__, "with", args, kwargs)
    return func(*args, **kwargs)


print(wrapper(total, 4, 5, start=1))
print(wrapper(max, [3, 9, 2]))
