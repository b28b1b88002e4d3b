# match: literal patterns, capture patterns, wildcard, or-patterns, guards and `as` bindings.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case _:
            return f"something else: {value!r}"


for v in [0, 2, "hi", True, None, -1, 2.5, 1000, "a long one", "short", 1.0, 50]:
    print(repr(v), "->", describe(v))


def capture(value):
    match value:
        case x if x == "special":
            return "guarded capture"
        case x:
            return f"captured {x}"


print(capture("special"), capture(42))


def http_status(code):
    match code:
        case 200 | 201 | 204 as ok:
            return f"success ({ok})"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case c if 500 <= c < 600:
            return "server error"
        case _:
            return "unknown"


print([http_status(c) for c in (200, 204, 302, 404, 503, 999)])
