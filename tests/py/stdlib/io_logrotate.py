# A size-based log rotation in the program's folder (app.log, app.log.1, ...), using open() in
# append mode, os.path, os.rename/os.replace, os.listdir and os.remove; cleans up after itself.
import os

BASE = '_io_logrotate.log'
MAX_BYTES = 120
BACKUPS = 3


def names():
    return sorted(n for n in os.listdir('.') if n.startswith(BASE))


def rotate():
    for i in range(BACKUPS - 1, 0, -1):
        src = '%s.%d' % (BASE, i)
        if os.path.exists(src):
            os.replace(src, '%s.%d' % (BASE, i + 1))
    os.rename(BASE, BASE + '.1')


def log(msg):
    line = msg + '\n'
    if os.path.exists(BASE) and os.path.getsize(BASE) + len(line.encode()) > MAX_BYTES:
        rotate()
    with open(BASE, 'a', encoding='utf-8') as f:
        f.write(line)


for i in range(25):
    log('event %02d: %s' % (i, 'ok' if i % 4 else 'checkpoint reached'))

for n in names():
    with open(n, encoding='utf-8') as f:
        lines = f.read().splitlines()
    print(n, os.path.getsize(n), len(lines), lines[0], '...', lines[-1])

for n in names():
    os.remove(n)
print(names())
