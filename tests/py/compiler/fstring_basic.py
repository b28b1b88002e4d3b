# f-strings: expressions, conversions, the = specifier, escaped braces, nesting.
name = "World"
count = 3
items = ["a", "b"]
print(f"Hello, {name}!")
print(f"{count} + 1 = {count + 1}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a}")
print(f"{{literal braces}} {count}")
print(f"{count=}")
print(f"{count * 2 = }")
print(f"{name=!r:>10}")
print(f"{items[0]}{items[-1]}")
print(f"{len(items)} items: {', '.join(items)}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{'nested ' + f'{count}'}")
print(f"{count:{count}}|")
print(f"{'ternary' if count > 2 else 'other'}")
print(f"""multi
line {name}""")
print(f"a" f"b" "c" f"{count}")
print(rf"raw \n {name}")
print(f"{3.14159:.2f} {2 ** 10:,} {255:x} {255:#X}")
value = None
print(f"{value}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{(lambda: 'lambda')()}")
print(f"{name.upper():*^11}")
width, precision = 10, 3
print(f"[{3.14159:{width}.{precision}f}]")
print(f"{count!r:>5}")
