# A log report over a generated ~45 KB access log: finditer with named groups, findall over the
# whole text, template and callable substitutions to anonymise it, and split into words, checked
# against the line-by-line results.
import re

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


METHODS = ['GET', 'POST', 'PUT', 'DELETE']
PATHS = ['/', '/index.html', '/api/items', '/api/items/{id}', '/login', '/static/app.js', '/search?q={q}']
WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
lines = []
for i in range(500):
    ip = '%d.%d.%d.%d' % (10 + rand(3), rand(256), rand(256), 1 + rand(254))
    path = PATHS[rand(len(PATHS))].replace('{id}', str(rand(1000))).replace('{q}', WORDS[rand(6)])
    status = [200, 200, 200, 301, 404, 500][rand(6)]
    size = rand(50000)
    lines.append('%s - - [21/Nov/2026:%02d:%02d:%02d] "%s %s HTTP/1.1" %d %d "agent/%d.%d"' % (
        ip, rand(24), rand(60), rand(60), METHODS[rand(4)], path, status, size, rand(9), rand(9)))
log = '\n'.join(lines) + '\n'
print(len(log), log.count('\n'))

LINE = re.compile(r'^(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<when>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.1" (?P<status>\d{3}) (?P<size>\d+)', re.M)
by_status = {}
by_method = {}
total = 0
n = 0
for m in LINE.finditer(log):
    n += 1
    by_status[m['status']] = by_status.get(m['status'], 0) + 1
    by_method[m.group('method')] = by_method.get(m.group('method'), 0) + int(m.group('size'))
    total += int(m['size'])
print(n, total, sorted(by_status.items()), sorted(by_method.items()))

# The same numbers from findall (tuples of the groups), and per line with match().
rows = LINE.findall(log)
print(len(rows), rows[0], rows[-1][2:])
assert sum(int(r[5]) for r in rows) == total
assert [LINE.match(line).groups() for line in lines] == rows

ips = re.findall(r'^\d+\.\d+\.\d+\.\d+', log, re.M)
print(len(ips), len(set(ips)), min(ips), max(ips))
print(len(re.findall(r'\d+', log)), len(re.findall(r'\b404\b', log)), len(re.findall(r'/api/items/\d+', log)))

# Anonymise: keep the first octet (template), mask ids (callable), count with subn.
anon, k = re.subn(r'\b(\d+)\.\d+\.\d+\.\d+\b', r'\1.x.x.x', log)
print(k, anon[:60])
masked = re.sub(r'/items/(\d+)', lambda m: '/items/' + '#' * len(m.group(1)), anon)
print(masked.count('#'), re.search(r'/items/#+', masked).group())
print(re.sub(r'(?P<h>\d\d):(?P<m>\d\d):\d\d', r'\g<h>h\g<m>', lines[0]))

words = re.split(r'[\s/?="\[\]-]+', log)
print(len(words), words[:8])
by_len = {}
for w in re.findall(r'[a-z]{4,}', log):
    by_len[len(w)] = by_len.get(len(w), 0) + 1
print(sorted(by_len.items()))
print(re.split(r'\n', log, maxsplit=2)[2][:40], len(re.split(r'(\n)', log)))
