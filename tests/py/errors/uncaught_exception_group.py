# immortal-test: exit=1
# An uncaught ExceptionGroup: nested groups are drawn with CPython's boxed tree format.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is empty"))
    if record.get("age", 0) < 0:
        errors.append(ValueError(f"negative age {record['age']}"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')}", errors)


problems = []
for record in [{"id": 1, "name": "ok", "age": 3}, {"id": 2, "name": "", "age": -1}, {"id": 3, "age": 5}]:
    try:
        validate(record)
    except ExceptionGroup as eg:
        problems.append(eg)
print(len(problems), "bad records")
raise ExceptionGroup("validation failed", problems + [TypeError("unexpected field")])
