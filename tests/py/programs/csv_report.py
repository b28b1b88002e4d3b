# CSV processing: a hand-written parser (quoted fields, embedded commas and quotes), type conversion,
# grouping and aggregation, and a formatted report.
DATA = '''region,product,units,unit_price,date
North,"Widget, large",12,4.50,2024-01-03
South,Gadget,5,12.00,2024-01-04
North,Gadget,7,12.00,2024-01-04
East,"Doohickey ""Pro""",3,99.95,2024-01-05
South,"Widget, large",20,4.25,2024-01-05
East,Gadget,,12.00,2024-01-06
North,Doohickey,1,89.00,2024-01-07
West,Gadget,9,11.50,2024-01-07
'''


def parse_line(line):
    fields, field, i, quoted = [], [], 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


lines = [l for l in DATA.split("\n") if l]
header = parse_line(lines[0])
rows, problems = [], []
for number, line in enumerate(lines[1:], 2):
    record = dict(zip(header, parse_line(line)))
    try:
        record["units"] = int(record["units"])
        record["unit_price"] = float(record["unit_price"])
    except ValueError as e:
        problems.append(f"line {number}: {e}")
        continue
    record["revenue"] = record["units"] * record["unit_price"]
    rows.append(record)
print(len(rows), "rows;", "problems:", problems)
by_region = {}
for r in rows:
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0, "products": set()})
    agg["units"] += r["units"]
    agg["revenue"] += r["revenue"]
    agg["products"].add(r["product"])
print(f"{'Region':<8}{'Units':>6}{'Revenue':>11}  Products")
for region, agg in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<8}{agg['units']:>6}{agg['revenue']:>11,.2f}  {'; '.join(sorted(agg['products']))}")
total = sum(r["revenue"] for r in rows)
print(f"{'Total':<8}{sum(r['units'] for r in rows):>6}{total:>11,.2f}")
best = max(rows, key=lambda r: r["revenue"])
print("best line:", best["product"], best["region"], f"{best['revenue']:.2f}")
by_date = {}
for r in rows:
    by_date[r["date"]] = by_date.get(r["date"], 0) + r["revenue"]
for date in sorted(by_date):
    print(date, f"{by_date[date]:>8.2f}", "#" * int(by_date[date] // 20))
print(parse_line('a,"b,c","d ""e"" f",,g'))
