# A web-server log analyser: parses access-log lines with re, counts with collections.Counter,
# groups with defaultdict, formats durations by hand and prints a JSON summary.
import re
import json
from collections import Counter, defaultdict, namedtuple

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [12/Mar/2024:10:00:03] "GET /about.html HTTP/1.1" 200 2048 0.008
10.0.0.1 - - [12/Mar/2024:10:00:05] "POST /api/login HTTP/1.1" 302 128 0.145
10.0.0.3 - - [12/Mar/2024:10:01:10] "GET /missing HTTP/1.1" 404 512 0.002
10.0.0.2 - - [12/Mar/2024:10:02:00] "GET /api/items?page=2 HTTP/1.1" 200 10240 0.230
garbage line that does not parse
10.0.0.4 - - [12/Mar/2024:10:03:30] "DELETE /api/items/7 HTTP/1.1" 500 64 1.502
10.0.0.1 - - [12/Mar/2024:10:04:45] "GET /index.html HTTP/1.1" 304 0 0.001
10.0.0.3 - - [12/Mar/2024:10:05:00] "GET /api/items?page=3 HTTP/1.1" 200 9800 0.199
10.0.0.5 - - [12/Mar/2024:11:15:00] "PUT /api/items/9 HTTP/1.1" 201 256 0.077
"""

LINE_RE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<day>\d+)/(?P<mon>\w{3})/(?P<year>\d{4}):'
    r'(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)$'
)

Entry = namedtuple('Entry', 'ip seconds method path status size elapsed_ms')


def parse(text):
    entries, bad = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = LINE_RE.match(line)
        if not m:
            bad.append(lineno)
            continue
        g = m.groupdict()
        secs = int(g['h']) * 3600 + int(g['m']) * 60 + int(g['s'])
        ms = round(float(g['secs']) * 1000)
        entries.append(Entry(g['ip'], secs, g['method'], g['path'], int(g['status']),
                             int(g['size']), ms))
    return entries, bad


def hms(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f'{h:02d}:{m:02d}:{s:02d}'


def human_size(n):
    for unit in ('B', 'KiB', 'MiB'):
        if n < 1024:
            return f'{n:.1f} {unit}' if unit != 'B' else f'{n} {unit}'
        n /= 1024
    return f'{n:.1f} GiB'


entries, bad = parse(LOG)
print(f'parsed {len(entries)} entries, rejected lines {bad}')

by_status = Counter(e.status for e in entries)
by_class = Counter(f'{e.status // 100}xx' for e in entries)
by_ip = Counter(e.ip for e in entries)
print('status codes:', sorted(by_status.items()))
print('classes:', by_class.most_common())
print('top clients:', by_ip.most_common(2))

endpoint = defaultdict(list)
for e in entries:
    base = re.sub(r'\?.*$', '', e.path)
    base = re.sub(r'/\d+$', '/{id}', base)
    endpoint[base].append(e.elapsed_ms)

print(f"{'endpoint':<16}{'hits':>5}{'avg ms':>9}{'max ms':>8}")
for path, times in sorted(endpoint.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f'{path:<16}{len(times):>5}{sum(times) / len(times):>9.1f}{max(times):>8}')

first, last = min(e.seconds for e in entries), max(e.seconds for e in entries)
print('window:', hms(first), '->', hms(last), f'({hms(last - first)})')
total = sum(e.size for e in entries)
print('bytes served:', human_size(total))

slow = [e for e in entries if e.elapsed_ms > 100]
errors = [e._asdict() for e in entries if e.status >= 400]
summary = {
    'total': len(entries),
    'rejected': len(bad),
    'errors': errors,
    'slow_paths': sorted({e.path for e in slow}),
    'per_method': dict(sorted(Counter(e.method for e in entries).items())),
    'error_rate': round(len(errors) / len(entries), 4),
}
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(summary['per_method'], separators=(',', ':')))
back = json.loads(json.dumps(summary))
print(back == summary, type(back['errors'][0]).__name__)
