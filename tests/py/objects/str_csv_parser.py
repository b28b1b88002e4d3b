# A small CSV-ish parser with quoting, built on str methods (split, strip, partition, splitlines).
text = '''name, age , city
"Smith, John", 42, "New York"
  Jane Doe ,37,Paris
# a comment line
"Quote ""inside""",5,"Oslo"

last,1,  end  '''

def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if line[i + 1:i + 2] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ',':
            fields.append(''.join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append(''.join(cur).strip())
    return fields

lines = [l for l in text.splitlines() if l.strip() and not l.lstrip().startswith('#')]
header = [h.strip().lower() for h in lines[0].split(',')]
records = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in records:
    print(r)
print(sorted(int(r['age']) for r in records))
print([r['name'].partition(',')[0].upper() for r in records])
print(';'.join(r['city'].center(10, '.') for r in records))
k, _, v = 'key = value = more'.partition('=')
print(repr(k.strip()), repr(v.strip()), 'a=b=c'.rpartition('='), 'x'.rsplit(',', 1))
