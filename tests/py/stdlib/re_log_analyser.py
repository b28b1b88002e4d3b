# A log-file analyser: parses access-log lines with a verbose pattern, aggregates by status, path and
# hour, and extracts errors from an application log with multi-line tracebacks.
import re

LOG = '''\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 0 "-" "curl/8.0"
192.168.1.10 - - [10/Oct/2023:14:02:11 +0000] "GET /images/logo.png HTTP/1.1" 304 - "/index.html" "Mozilla/5.0"
172.16.0.3 - - [10/Oct/2023:14:05:42 +0000] "GET /api/items?page=2&sort=name HTTP/1.1" 200 5120 "-" "python-requests/2.31"
10.0.0.5 - alice [10/Oct/2023:15:00:00 +0000] "DELETE /api/items/17 HTTP/1.1" 403 128 "-" "curl/8.0"
this line is garbage
192.168.1.11 - - [10/Oct/2023:15:30:59 +0000] "GET /missing HTTP/1.0" 404 512 "-" "Mozilla/5.0"
'''

LINE = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s (?P<user>\S+) \s
    \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<hour>\d\d):(?P<min>\d\d):(?P<sec>\d\d) \s [+-]\d{4}\] \s
    "(?P<method>[A-Z]+) \s (?P<path>[^\s?]+)(?:\?(?P<query>\S*))? \s HTTP/(?P<ver>[\d.]+)" \s
    (?P<status>\d{3}) \s (?P<size>\d+|-) \s "(?P<ref>[^"]*)" \s "(?P<agent>[^"]*)"$
''', re.VERBOSE)

by_status = {}
by_hour = {}
bytes_total = 0
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    by_status[d['status']] = by_status.get(d['status'], 0) + 1
    by_hour[d['hour']] = by_hour.get(d['hour'], 0) + 1
    if d['size'] != '-':
        bytes_total += int(d['size'])
    if d['query']:
        params = dict(re.findall(r'([^&=]+)=([^&]*)', d['query']))
        print('query on', d['path'], params)
    if d['user'] != '-':
        print('user', d['user'], d['method'], d['path'], d['status'])
print(sorted(by_status.items()), sorted(by_hour.items()), bytes_total, bad)
print(sorted(set(re.findall(r'^(\S+)', LOG, re.M))))
print(re.findall(r'"(?:GET|POST) (/api/\S*)', LOG))

APP = '''\
2023-10-10 13:55:36,120 INFO  [main] Server started on port 8080
2023-10-10 13:56:02,003 WARN  [worker-1] Slow request: 1532ms /api/login
2023-10-10 14:01:17,450 ERROR [worker-2] Unhandled exception
Traceback (most recent call last):
  File "app.py", line 10, in handler
ZeroDivisionError: division by zero
2023-10-10 14:01:18,000 INFO  [worker-2] Recovered
2023-10-10 14:03:00,999 ERROR [db] Connection lost (retry 3/5)
'''
ENTRY = re.compile(r'^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) (\w+)\s+\[([\w-]+)\] (.*(?:\n(?!\d{4}-).*)*)', re.M)
for date, time, ms, level, thread, msg in ENTRY.findall(APP):
    first, _, rest = msg.partition('\n')
    extra = ' (+%d lines)' % len(rest.splitlines()) if rest else ''
    print(level, thread, time, first + extra)
print(re.findall(r'Slow request: (\d+)ms', APP), re.findall(r'retry (\d+)/(\d+)', APP))
print(re.sub(r'\d{4}-\d\d-\d\d (\d\d:\d\d):\d\d,\d{3}', r'[\1]', APP.splitlines()[1]))
