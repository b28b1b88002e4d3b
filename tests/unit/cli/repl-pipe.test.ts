// The REPL and stdin programs on a pipe, compared with CPython 3.12 run on the same input in the same
// test: `-i` with no script reads statements from stdin (results echoed to stdout, prompts and the
// banner on stderr), `-i script` runs the script first, and plain `immortal` / `immortal -` with a
// piped stdin run it as one program (no echo). The banner's first line names a different build, so
// it is left out of the comparison. Skips when CPython 3.12 is not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'immortal-repl-'));
const PY_ENV = { ...process.env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0' };
const version = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { env: PY_ENV, encoding: 'utf8' });
const skip = version.status === 0 && version.stdout.trim() === 'True' ? false : 'CPython 3.12 not installed (PYENV_VERSION=3.12.1 python3)';

writeFileSync(join(dir, 'script.py'), 'y = 41\nprint("script ran")\n');

interface Run { status: number | null; stdout: string; stderr: string }

function normal(r: Run): Run {
  // Only the banner's version line differs between the two builds.
  return { ...r, stderr: r.stderr.replace(/^Python 3\.12\.1 .*\n/m, '') };
}

function both(args: string[], input: string): { ours: Run; theirs: Run } {
  const o = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 30000 });
  const t = spawnSync('python3', args, { input, encoding: 'utf8', cwd: dir, env: PY_ENV, timeout: 30000 });
  return {
    ours: normal({ status: o.status, stdout: o.stdout, stderr: o.stderr }),
    theirs: normal({ status: t.status, stdout: t.stdout, stderr: t.stderr }),
  };
}

const STATEMENTS = 'x = 5\nx\n1 + 1\n"a" * 3\nNone\nfor i in range(2):\n    print(i)\n\n_ * 2\n';
const WITH_ERRORS = 'y + 1\n1/0\ny\nimport sys; sys.exit(3)\nprint("not reached")\n';

test('-i with no script: a REPL on the piped stdin', { skip }, () => {
  const { ours, theirs } = both(['-i'], STATEMENTS);
  assert.deepEqual(ours, theirs);
  assert.equal(ours.stdout, "5\n2\n'aaa'\n0\n1\n'aaaaaa'\n");
});

test('-i script: runs the script, then statements from stdin (errors print, sys.exit ends)', { skip }, () => {
  const { ours, theirs } = both(['-i', 'script.py'], WITH_ERRORS);
  assert.deepEqual(ours, theirs);
  assert.equal(ours.status, 3);
});

test('a piped stdin without -i is one program: nothing echoed', { skip }, () => {
  for (const args of [[], ['-']]) {
    const a = both(args, STATEMENTS);
    assert.deepEqual(a.ours, a.theirs);
    const b = both(args, 'y = 1\n' + WITH_ERRORS);
    assert.deepEqual(b.ours, b.theirs);
  }
});
