# immortal-test: exit=1
# An exception raised while handling another: "During handling of the above exception, another
# exception occurred".
def parse_all(values):
    results = []
    for v in values:
        try:
            results.append(int(v))
        except ValueError:
            results.append(float(v))
    return results


print(parse_all(["1", "2.5"]))
print(parse_all(["3", "four"]))
