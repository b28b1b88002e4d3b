# A data pipeline built from chained generators over embedded log text.
LOG = """\
2024-01-01 10:00:01 INFO server started port=8080
2024-01-01 10:00:05 WARN slow request path=/api/users ms=1200
2024-01-01 10:00:07 INFO request path=/api/items ms=35
2024-01-01 10:01:00 ERROR database timeout ms=5000
2024-01-01 10:01:02 INFO request path=/api/users ms=42
# comment line
2024-01-01 10:02:30 WARN slow request path=/api/items ms=980
2024-01-01 10:03:00 INFO shutdown
"""


def lines(text):
    for line in text.split("\n"):
        yield line


def non_comments(source):
    for line in source:
        if line and not line.startswith("#"):
            yield line


def parse(source):
    for line in source:
        date, time, level, *words = line.split()
        fields = {}
        message = []
        for w in words:
            if "=" in w:
                key, value = w.split("=", 1)
                fields[key] = int(value) if value.isdigit() else value
            else:
                message.append(w)
        yield {"time": time, "level": level, "message": " ".join(message), **fields}


def where(source, predicate):
    for record in source:
        if predicate(record):
            yield record


records = list(parse(non_comments(lines(LOG))))
print(len(records), "records")
for r in where(iter(records), lambda r: r["level"] != "INFO"):
    print(f"{r['time']} {r['level']:<5} {r['message']}")
durations = [r["ms"] for r in records if "ms" in r]
print("total ms:", sum(durations), "max:", max(durations))
by_level = {}
for r in records:
    by_level[r["level"]] = by_level.get(r["level"], 0) + 1
print(by_level)
paths = {}
for r in where(records, lambda r: "path" in r):
    paths.setdefault(r["path"], []).append(r["ms"])
for path, values in sorted(paths.items()):
    print(f"{path:<12} n={len(values)} avg={sum(values) / len(values):.1f}")


def window(source, size):
    buf = []
    for item in source:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(window(durations, 3)))
