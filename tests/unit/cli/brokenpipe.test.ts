// Writing to a closed pipe (`immortal prog.py | head -1`): print() raises BrokenPipeError in the
// program, which (uncaught) gives CPython's traceback on stderr and status 1, and a program may catch it.
// The expected status and stderr are recorded from CPython 3.12 run the same way in this test (skipped
// when `PYENV_VERSION=3.12.1 python3` is not installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'immortal-pipe-'));
const env = { ...process.env, PYENV_VERSION: '3.12.1', PYTHONIOENCODING: 'utf-8' };
delete (env as Record<string, string | undefined>).PYTHONUNBUFFERED;

/** Runs a command, reads its stdout up to the first newline, closes the pipe, then waits for it to end. */
function headOne(cmd: string, args: string[]): Promise<{ first: string; status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '', closed = false;
    child.stdout.on('data', (d) => {
      if (closed) return;
      out += d;
      if (out.includes('\n')) { closed = true; child.stdout.destroy(); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (status) => resolve({ first: out.slice(0, out.indexOf('\n') + 1), status, stderr: err }));
  });
}

const cpythonOk = (() => {
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'], { encoding: 'utf8', env });
  return probe.status === 0 && probe.stdout.trim() === 'True';
})();

const programs: Record<string, string> = {
  'uncaught.py': 'for i in range(100000):\n    print(i)\n',
  'caught.py': 'import sys\ntry:\n    for i in range(100000):\n        print(i, flush=True)\nexcept BrokenPipeError as e:\n' +
    '    print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError), file=sys.stderr)\n    sys.exit(3)\n',
};

for (const [name, source] of Object.entries(programs)) {
  test(`broken pipe on stdout: ${name} gives CPython's status and stderr`, { skip: cpythonOk ? false : 'CPython 3.12 is not installed' }, async () => {
    const p = join(dir, name);
    writeFileSync(p, source);
    // Node's stdio pipes are socket pairs: a reader closing with data still unread can make the writer's
    // next write fail with ECONNRESET instead of EPIPE, in CPython and here alike. That race is not
    // what is tested, so a run that hit it is repeated.
    const reset = (r: { stderr: string }): boolean => r.stderr.includes('ConnectionResetError');
    let want = await headOne('python3', [p]);
    for (let i = 0; i < 5 && reset(want); i++) want = await headOne('python3', [p]);
    let got = await headOne(process.execPath, [BIN, p]);
    for (let i = 0; i < 5 && reset(got); i++) got = await headOne(process.execPath, [BIN, p]);
    assert.equal(got.first, '0\n');
    assert.equal(got.first, want.first);
    assert.equal(got.status, want.status);
    assert.equal(got.stderr, want.stderr);
  });
}
