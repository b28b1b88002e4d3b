#!/usr/bin/env python3
"""Records the expected output of the tests/py/ programs from CPython 3.12.1.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-exp.py [options] [paths...]
(under another Python it re-executes itself with the pyenv 3.12.1 interpreter). Each program runs as
`PYTHONHASHSEED=0 python3 <name>.py [args]` with the program's directory as the working directory, so
imports from the script's directory work. tests/py/README.md describes the corpus, the metadata lines and
the files written here:
  <name>.exp          stdout, byte for byte (always written, possibly empty)
  <name>.exp-stderr   only when the exit status is nonzero or stderr is non-empty (errors/ group only):
                      a first line `# exit=<status>`, then stderr with the program directory's absolute
                      path (plus '/') removed, so tracebacks name files relative to that directory.
Every program is run twice, the second time with PYTHONMALLOC=malloc (other object addresses), and
recording stops if the outputs differ: output must not depend on addresses or timing.

Options:
  --check         compare with the committed .exp files instead of writing them (exit 1 on a difference)
  --hash-report   also run under PYTHONHASHSEED=1 and list the programs whose output depends on str/bytes
                  hash order (allowed: seed 0 fixes it, and Immortal follows CPython's tables)
  --find-cycles   run each program under a gc-instrumented wrapper and compare the reference cycles it
                  leaves to the `cycles` metadata flag (see README)
  --list          print each program with its parsed metadata
  -j N            run N programs at a time (default 1)
"""

import argparse
import concurrent.futures
import json
import os
import re
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'tests', 'py')
STDERR_GROUPS = ('errors',)      # the only group whose programs may write stderr or exit nonzero
SLOW_SECONDS = 0.2               # programs slower than this in CPython (start-up excluded) are reported
TIMEOUT_SECONDS = 60
# A `heap=SIZE` program runs under RLIMIT_AS = this much address space for CPython itself plus SIZE.
CPYTHON_BASE_ADDRESS_SPACE = 24 << 20
IMMORTAL_COUNT = '4294967295'    # sys.getrefcount() of an immortal object on 64-bit CPython 3.12


def ensure_environment():
    if sys.version_info[:3] != (3, 12, 1):
        root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
        exe = os.path.join(root, 'versions', '3.12.1', 'bin', 'python3')
        if os.path.exists(exe) and os.path.realpath(exe) != os.path.realpath(sys.executable):
            os.execve(exe, [exe] + sys.argv, dict(os.environ, PYENV_VERSION='3.12.1'))
        sys.exit('gen-exp.py must run under CPython 3.12.1 (PYENV_VERSION=3.12.1), not %s' % sys.version)


# ------------------------------------------------------------------------------------------- metadata

KNOWN_FLAGS = ('cycles', 'immortal0-differs', 'no-gc-stress')
REST_OF_LINE_KEYS = ('args', 'stdin')   # these take the rest of the line as their value
DIRECTIVE = '# immortal-test:'


def unescape(text):
    """stdin= values use \\n, \\t and \\\\ escapes."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in 'nt\\':
                out.append({'n': '\n', 't': '\t', '\\': '\\'}[nxt])
                i += 2
                continue
            raise ValueError('unknown escape \\%s in stdin=' % nxt)
        out.append(c)
        i += 1
    return ''.join(out)


def parse_size(text):
    m = re.fullmatch(r'(\d+)([KM]?)', text)
    if not m:
        raise ValueError('bad heap size %r (use N, NK or NM)' % text)
    return int(m.group(1)) * {'': 1, 'K': 1 << 10, 'M': 1 << 20}[m.group(2)]


def parse_metadata(source):
    """Reads the `# immortal-test:` lines of the leading comment block (see tests/py/README.md)."""
    meta = {'exit': 0, 'args': [], 'heap': None, 'stdin': None, 'cycles': False, 'immortal0-differs': False,
            'no-gc-stress': False}
    for line in source.split('\n'):
        if not line.startswith('#'):
            break
        if not line.startswith(DIRECTIVE):
            continue
        rest = line[len(DIRECTIVE):].strip()
        while rest:
            m = re.match(r'([a-z0-9-]+)(=?)', rest)
            if not m:
                raise ValueError('bad metadata item at %r' % rest)
            key, has_value = m.group(1), m.group(2) == '='
            rest = rest[m.end():]
            if key in REST_OF_LINE_KEYS:
                if not has_value:
                    raise ValueError('%s needs a value' % key)
                value, rest = rest, ''
                if key == 'args':
                    meta['args'] = value.split()
                else:
                    meta['stdin'] = unescape(value)
                continue
            value, _, rest = rest.partition(' ') if has_value else ('', '', rest)
            rest = rest.strip()
            if key in KNOWN_FLAGS:
                if has_value:
                    raise ValueError('%s takes no value' % key)
                meta[key] = True
            elif key == 'exit':
                if not re.fullmatch(r'\d+', value) or int(value) > 255:
                    raise ValueError('bad exit status %r' % value)
                meta['exit'] = int(value)
            elif key == 'heap':
                meta['heap'] = parse_size(value)
            else:
                raise ValueError('unknown metadata key %r' % key)
    return meta


# ------------------------------------------------------------------------------------------- programs

def is_program(rel):
    """A program sits directly in a group folder and its name does not start with '_'. Modules in
    subfolders (packages) and `_name.py` modules beside the programs are imported by them."""
    parts = rel.split('/')
    return len(parts) == 2 and parts[1].endswith('.py') and not parts[1].startswith('_')


def all_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if d != '__pycache__')
        for name in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, name), CORPUS).replace(os.sep, '/')
            if is_program(rel):
                found.append(rel)
    return sorted(found)


def resolve(paths):
    if not paths:
        return all_programs()
    out = []
    for p in paths:
        full = os.path.abspath(p)
        if os.path.isdir(full):
            prefix = os.path.relpath(full, CORPUS).replace(os.sep, '/')
            out.extend(r for r in all_programs() if prefix == '.' or r.startswith(prefix + '/'))
            continue
        rel = os.path.relpath(full, CORPUS).replace(os.sep, '/')
        if not is_program(rel) or not os.path.exists(full):
            sys.exit('%s is not a tests/py program (tests/py/<group>/<name>.py, name not starting with _)' % p)
        out.append(rel)
    return sorted(set(out))


def child_env(extra=None):
    env = {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'HOME': os.environ.get('HOME', '/'),
        'PYENV_VERSION': '3.12.1',
        'PYTHONHASHSEED': '0',
        'PYTHONDONTWRITEBYTECODE': '1',   # no __pycache__ folders inside tests/py
        'PYTHONIOENCODING': 'utf-8',
        'LC_ALL': 'C.UTF-8',
    }
    env.update(extra or {})
    return env


def exit_status(returncode):
    """A process killed by signal N reports 128+N, the status a shell shows (KeyboardInterrupt: 130)."""
    return 128 - returncode if returncode < 0 else returncode


def run_cpython(rel, meta, extra_env=None, argv_prefix=None):
    directory, name = os.path.split(os.path.join(CORPUS, rel))
    cmd = [sys.executable] + (argv_prefix or []) + [name] + meta['args']

    def limit_memory():
        size = CPYTHON_BASE_ADDRESS_SPACE + meta['heap']
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=directory, env=child_env(extra_env), input=(meta['stdin'] or '').encode(),
                          capture_output=True, timeout=TIMEOUT_SECONDS,
                          preexec_fn=limit_memory if meta['heap'] is not None else None)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.replace(os.fsencode(directory + os.sep), b'')
    return {'stdout': proc.stdout, 'stderr': stderr, 'exit': exit_status(proc.returncode), 'seconds': elapsed}


def startup_seconds():
    """How long CPython takes to start and stop here, now (the best of three)."""
    best = None
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, '-c', 'pass'], env=child_env(), check=True)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def stderr_file_content(result):
    return b'# exit=%d\n' % result['exit'] + result['stderr']


def problems_with(rel, meta, result):
    """Rules every recorded program must satisfy (they keep the metadata honest)."""
    problems = []
    group = rel.split('/')[0]
    if group not in STDERR_GROUPS:
        if result['exit'] != 0:
            problems.append('exit status %d outside errors/' % result['exit'])
        if result['stderr']:
            problems.append('stderr outside errors/: %r' % result['stderr'][:300])
    if result['exit'] != meta['exit']:
        problems.append('exit status %d, metadata says exit=%d' % (result['exit'], meta['exit']))
    has_immortal = IMMORTAL_COUNT.encode() in result['stdout']
    if has_immortal and not meta['immortal0-differs']:
        problems.append('stdout shows %s (an immortal refcount) but the program is not marked immortal0-differs'
                        % IMMORTAL_COUNT)
    if meta['immortal0-differs'] and not has_immortal:
        problems.append('marked immortal0-differs but stdout never shows %s' % IMMORTAL_COUNT)
    if os.fsencode(ROOT) in result['stdout'] or os.fsencode(ROOT) in result['stderr']:
        problems.append('output contains an absolute path')
    try:
        result['stdout'].decode('utf-8')
        result['stderr'].decode('utf-8')
    except UnicodeDecodeError:
        problems.append('output is not UTF-8')
    return problems


def read_bytes(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_bytes(path, data):
    if read_bytes(path) != data:
        with open(path, 'wb') as f:
            f.write(data)
        return True
    return False


def process(rel, args):
    """Runs one program (twice, or three times with --hash-report); returns a report dict."""
    path = os.path.join(CORPUS, rel)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    try:
        meta = parse_metadata(source)
    except ValueError as e:
        return {'rel': rel, 'problems': ['metadata: %s' % e]}
    first = run_cpython(rel, meta)
    again = run_cpython(rel, meta, {'PYTHONMALLOC': 'malloc'})
    problems = problems_with(rel, meta, first)
    for key in ('stdout', 'stderr', 'exit'):
        if first[key] != again[key]:
            problems.append('not deterministic: %s differs between two runs' % key)
    report = {'rel': rel, 'meta': meta, 'result': first, 'problems': problems, 'hash_dependent': False,
              'seconds': min(first['seconds'], again['seconds'])}
    if args.hash_report:
        other = run_cpython(rel, meta, {'PYTHONHASHSEED': '1'})
        report['hash_dependent'] = any(first[k] != other[k] for k in ('stdout', 'stderr', 'exit'))
    return report


def record(report, check):
    """Writes (or, with check, compares) the .exp files of one program; returns a list of differences."""
    base = os.path.join(CORPUS, report['rel'][:-3])
    result = report['result']
    wanted = {base + '.exp': result['stdout']}
    needs_stderr = result['exit'] != 0 or result['stderr'] != b''
    wanted[base + '.exp-stderr'] = stderr_file_content(result) if needs_stderr else None
    differences = []
    for path, data in wanted.items():
        current = read_bytes(path)
        if current == data:
            continue
        name = os.path.relpath(path, ROOT)
        if check:
            differences.append('%s: %s' % (name, 'missing' if current is None else
                                           'should not exist' if data is None else 'differs from CPython'))
        elif data is None:
            os.remove(path)
            differences.append('removed ' + name)
        else:
            write_bytes(path, data)
            differences.append('wrote ' + name)
    return differences


def orphans():
    """Expected-output files whose program is gone."""
    programs = set(all_programs())
    out = []
    for dirpath, _, filenames in os.walk(CORPUS):
        for name in filenames:
            if name.endswith('.exp') or name.endswith('.exp-stderr'):
                rel = os.path.relpath(os.path.join(dirpath, name), CORPUS).replace(os.sep, '/')
                if rel.rsplit('.', 1)[0] + '.py' not in programs:
                    out.append(rel)
    return sorted(out)


# ----------------------------------------------------------------------------------------- cycles

# Runs a program as __main__ with the cycle collector off, then does what interpreter shutdown does
# (clears the namespaces of __main__ and of the modules it imported), then collects. Whatever the
# collector finds was kept alive only by reference cycles. Cycles that hang off classes (a type and its
# __mro__, its methods and their __class__ cells) are reported apart: every class makes them.
CYCLE_WRAPPER = r'''
import gc, json, sys, types
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
path = sys.argv[1]
sys.argv = sys.argv[1:]
before = set(sys.modules)
main = types.ModuleType('__main__')
main.__file__ = path
saved_main = sys.modules['__main__']
sys.modules['__main__'] = main
status = 'ok'
try:
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    exec(code, main.__dict__)
except SystemExit:
    status = 'exit'
except BaseException as e:
    status = type(e).__name__
sys.last_exc = sys.last_type = sys.last_value = sys.last_traceback = None
sys.modules['__main__'] = saved_main
for name in [n for n in sys.modules if n not in before]:
    mod = sys.modules.pop(name)
    if isinstance(mod, types.ModuleType):
        mod.__dict__.clear()
    mod = None
main.__dict__.clear()
main = code = None
gc.collect()
garbage = list(gc.garbage)
gc.garbage.clear()
ids = {id(o) for o in garbage}
from_types = set()
stack = [o for o in garbage if isinstance(o, type)]
while stack:
    o = stack.pop()
    if id(o) in from_types:
        continue
    from_types.add(id(o))
    stack.extend(r for r in gc.get_referents(o) if id(r) in ids)
user = [o for o in garbage if id(o) not in from_types]
kinds = {}
for o in user:
    kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1
sys.__stdout__.flush()
sys.stderr.write('\n@@cycles@@' + json.dumps({'status': status, 'user': len(user), 'class': len(from_types),
                                            'kinds': kinds}) + '\n')
'''


def find_cycles(rel, meta):
    if meta['heap'] is not None:
        return None   # runs until memory runs out: not analysed
    result = run_cpython(rel, dict(meta, heap=None), argv_prefix=['-c', CYCLE_WRAPPER])
    text = result['stderr'].decode('utf-8', 'replace')
    marker = text.rfind('@@cycles@@')
    if marker < 0:
        return {'error': text[-500:]}
    # only the marker's line: atexit handlers of modules the wrapper cleared may write after it
    return json.loads(text[marker + len('@@cycles@@'):].splitlines()[0])


# ------------------------------------------------------------------------------------------- main

def main():
    ensure_environment()
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('paths', nargs='*')
    parser.add_argument('--check', action='store_true')
    parser.add_argument('--hash-report', action='store_true')
    parser.add_argument('--find-cycles', action='store_true')
    parser.add_argument('--list', action='store_true')
    parser.add_argument('-j', type=int, default=1)
    args = parser.parse_args()
    programs = resolve(args.paths)

    if args.list:
        for rel in programs:
            with open(os.path.join(CORPUS, rel), encoding='utf-8') as f:
                print(rel, parse_metadata(f.read()))
        return 0

    if args.find_cycles:
        bad = 0
        for rel in programs:
            with open(os.path.join(CORPUS, rel), encoding='utf-8') as f:
                meta = parse_metadata(f.read())
            found = find_cycles(rel, meta)
            if found is None:
                print('%-45s not analysed (heap=)' % rel)
                continue
            if 'error' in found:
                print('%-45s wrapper failed: %s' % (rel, found['error']))
                bad += 1
                continue
            has_user = found['user'] > 0
            verdict = 'ok'
            if has_user and not meta['cycles']:
                verdict = 'MISSING cycles flag'
                bad += 1
            elif meta['cycles'] and not has_user:
                verdict = 'cycles flag but none found'
                bad += 1
            if verdict != 'ok' or has_user:
                print('%-45s %-28s user objects in cycles: %d %s' % (rel, verdict, found['user'],
                                                                     json.dumps(found['kinds'])))
        print('%d programs analysed, %d need attention' % (len(programs), bad))
        return 1 if bad else 0

    failures, changes, slow, hash_dependent = [], [], [], []
    startup = startup_seconds()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for report in pool.map(lambda rel: process(rel, args), programs):
            rel = report['rel']
            if report['problems']:
                failures.extend('%s: %s' % (rel, p) for p in report['problems'])
                continue
            changes.extend(record(report, args.check))
            seconds = report['seconds'] - startup
            if seconds > SLOW_SECONDS and report['meta']['heap'] is None:
                slow.append('%s (%.2f s)' % (rel, seconds))
            if report['hash_dependent']:
                hash_dependent.append(rel)

    if not args.paths:
        for rel in orphans():
            if args.check:
                failures.append('tests/py/%s: its program is gone' % rel)
            else:
                os.remove(os.path.join(CORPUS, rel))
                changes.append('removed orphan tests/py/' + rel)

    for line in changes:
        print(line)
    if slow:
        print('slower than %.1f s in CPython: %s' % (SLOW_SECONDS, ', '.join(slow)))
    if args.hash_report:
        print('output depends on str hash order (PYTHONHASHSEED=0 vs 1): %d programs' % len(hash_dependent))
        for rel in hash_dependent:
            print('  ' + rel)
    for line in failures:
        print('ERROR ' + line, file=sys.stderr)
    verb = 'checked' if args.check else 'recorded'
    print('%d programs %s, %d problems%s' % (len(programs), verb, len(failures),
                                             ', %d differences' % len(changes) if args.check else ''))
    return 1 if failures or (args.check and changes) else 0


if __name__ == '__main__':
    sys.exit(main())
