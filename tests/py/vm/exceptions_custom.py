# User-defined exception classes: hierarchies, extra attributes, __str__, and catching by base.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"no such key {self.key!r}"


class Fatal(BaseException):
    pass


def check(record):
    if "name" not in record:
        raise NotFound("name")
    if len(record["name"]) < 2:
        raise ValidationError("name", "too short")
    if record.get("fatal"):
        raise Fatal("stop everything")
    return "valid"


records = [{"name": "Al"}, {"name": "A"}, {}, {"name": "Bo", "fatal": True}]
for rec in records:
    try:
        print(check(rec))
    except ValidationError as e:
        print("validation:", e, "| field:", e.field, "| args:", e.args)
    except AppError as e:
        print("app error:", type(e).__name__, str(e), repr(e), e.args)
    except Exception:
        print("never reached for Fatal")
    except BaseException as e:
        print("base exception:", type(e).__name__, e)
print(issubclass(ValidationError, AppError), issubclass(Fatal, Exception))
print(ValidationError.__mro__[1].__name__, [c.__name__ for c in NotFound.__mro__])


class WithDefaultMessage(Exception):
    def __init__(self, message="something went wrong"):
        super().__init__(message)


try:
    raise WithDefaultMessage
except WithDefaultMessage as e:
    print(e)
try:
    raise WithDefaultMessage("custom")
except WithDefaultMessage as e:
    print(e)
e = AppError()
print(repr(e), str(e) == "", e.args)
print(repr(ValidationError("f", "m")))
