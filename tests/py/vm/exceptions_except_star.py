# except* with ExceptionGroup: splitting, matching by type, nesting, re-raising what is left.
def show_group(eg, indent=""):
    print(f"{indent}{type(eg).__name__}({eg.message!r}) with {len(eg.exceptions)}:")
    for exc in eg.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            show_group(exc, indent + "  ")
        else:
            print(f"{indent}  {type(exc).__name__}: {exc}")


try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("ValueErrors:")
    show_group(eg, "  ")
except* TypeError as eg:
    print("TypeErrors:")
    show_group(eg, "  ")
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("o"), ValueError("v")])
    except* KeyError:
        print("handled the KeyError part")
except ExceptionGroup as rest:
    print("left over:")
    show_group(rest, "  ")
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as eg:
    print("nested ValueErrors keep their structure:")
    show_group(eg, "  ")
except* TypeError as eg:
    show_group(eg, "  ")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("a naked exception is wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)
eg = ExceptionGroup("ops", [ZeroDivisionError("z"), ValueError("v"), ZeroDivisionError("z2")])
match, rest = eg.split(ZeroDivisionError)
show_group(match)
show_group(rest)
print(eg.subgroup(KeyError))
print(type(ExceptionGroup("e", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(repr(ExceptionGroup("msg", [ValueError(1)])))
print(str(ExceptionGroup("msg", [ValueError(1), KeyError(2)])))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)


def collect_errors(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        if v == 0:
            errors.append(ZeroDivisionError(f"zero at {v}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    collect_errors([1, -2, 0, -5])
except* ValueError as eg:
    print("negatives:", [str(e) for e in eg.exceptions])
except* ZeroDivisionError as eg:
    print("zeros:", [str(e) for e in eg.exceptions])
