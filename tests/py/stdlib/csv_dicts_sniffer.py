# csv: DictReader (header row, given fieldnames, restkey/restval, blank lines, line_num) and
# DictWriter (writeheader, restval, extrasaction, errors), csv.Dialect subclasses and their
# validation, Sniffer.sniff and has_header on several samples.
import csv
import io

report = """name,dept,salary
Ada,Engineering,120
Grace,Research,135

Linus,Engineering,99,extra,fields
Barbara,Math
"""
reader = csv.DictReader(io.StringIO(report), restkey="rest", restval="n/a")
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(reader.line_num, row)

totals = {}
for row in csv.DictReader(io.StringIO(report)):
    if row["salary"] is not None:
        totals[row["dept"]] = totals.get(row["dept"], 0) + int(row["salary"])
print(totals)

given = csv.DictReader(["1;2;3", "4;5"], fieldnames=iter(["x", "y", "z"]), delimiter=";")
print(given.fieldnames, list(given))
print(csv.DictReader(io.StringIO("")).fieldnames)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["id", "title", "tags"], restval="-",
                        lineterminator="\n")
print(writer.writeheader())
writer.writerow({"id": 1, "title": "Intro, part 1", "tags": "a b"})
writer.writerows([{"id": 2}, {"title": 'The "best"', "id": 3}])
print(out.getvalue(), end="")

lenient = csv.DictWriter(io.StringIO(), ["a"], extrasaction="IGNORE")
print(lenient.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "zz": 2})
except ValueError as exc:
    print("ValueError:", exc)
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")
except ValueError as exc:
    print("ValueError:", exc)


class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(Semicolons()._valid, list(csv.reader(["a; 'b;c'; d"], Semicolons)))


class Broken(csv.Dialect):
    delimiter = ";"


for cls in (csv.Dialect, Broken):
    try:
        cls()
    except csv.Error as exc:
        print("Error:", exc)

samples = [
    "name,age,city\nAlice,30,Paris\nBob,25,Rome\nCarol,41,Oslo\n",
    "id;score;label\n1;0.5;low\n2;0.9;high\n3;0.7;mid\n",
    "'a'|'b'|'c'\n'1'|'2'|'3'\n'x'|'y'|'z'\n",
    '"hello, world", "say ""hi""", end\n"a", "b", "c"\n',
    "alpha: 1: 2\nbeta: 3: 4\ngamma: 5: 6\n",
]
sniffer = csv.Sniffer()
for sample in samples:
    d = sniffer.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          d.quoting, repr(d.lineterminator), sniffer.has_header(sample))
    print("  ", list(csv.reader(io.StringIO(sample), d))[:2])

print(repr(sniffer.sniff("a,b;c\nd,e;f\n", delimiters=";").delimiter))
try:
    sniffer.sniff("")
except csv.Error as exc:
    print("Error:", exc)
