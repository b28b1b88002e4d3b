// tools/build.mjs bundleStale, the check bin/immortal.js makes on every start: the bundle is stale
// without a stamp or main.mjs, or when a file the stamp lists is missing or newer than the build;
// and the stamp a real build writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const buildUrl = new URL('../../../tools/build.mjs', import.meta.url).href;
const { bundleStale } = await import(buildUrl) as { bundleStale: (root: string) => boolean };

test('bundleStale: stamp, main.mjs and the mtimes of the listed inputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'immortal-build-'));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'src'));
  const startedAt = Date.now();
  const past = new Date(startedAt - 10_000), future = new Date(startedAt + 10_000);
  for (const f of ['a.ts', 'b.ts']) {
    writeFileSync(join(root, 'src', f), '');
    utimesSync(join(root, 'src', f), past, past);
  }
  assert.equal(bundleStale(root), true, 'no stamp');
  writeFileSync(join(root, 'dist', 'build.json'), JSON.stringify({ startedAt, inputs: ['src/a.ts', 'src/b.ts'] }));
  assert.equal(bundleStale(root), true, 'no main.mjs');
  writeFileSync(join(root, 'dist', 'main.mjs'), '');
  assert.equal(bundleStale(root), false);
  // A file that is not an input (not imported by the bundle) does not matter.
  writeFileSync(join(root, 'src', 'c.ts'), '');
  assert.equal(bundleStale(root), false);
  utimesSync(join(root, 'src', 'b.ts'), future, future);
  assert.equal(bundleStale(root), true, 'an input saved after the build started');
  utimesSync(join(root, 'src', 'b.ts'), past, past);
  rmSync(join(root, 'src', 'a.ts'));
  assert.equal(bundleStale(root), true, 'an input removed');
  writeFileSync(join(root, 'dist', 'build.json'), '{"startedAt": "x"');
  assert.equal(bundleStale(root), true, 'an unreadable stamp');
});

test('the real stamp lists source files only (a pseudo-input like <define:X> would make every start rebuild)', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'immortal.js'), '-c', 'pass'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const stamp = JSON.parse(readFileSync(join(root, 'dist', 'build.json'), 'utf8')) as { startedAt: number; inputs: string[] };
  assert.ok(stamp.inputs.includes('src/cli/worker.ts') && stamp.inputs.includes('tools/build.mjs'));
  for (const f of stamp.inputs) assert.match(f, /^(src|tools)\/[\w./-]+\.(ts|mjs)$/);
});

test('the build compiles the Python library in src/lib into its __pycache__ folders (tools/precompile-lib.py)', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'immortal.js'), '-c', 'pass'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== '__pycache__') walk(join(dir, e.name));
      else if (e.name.endsWith('.py') && e.name !== '_immortal_warmup.py') {
        const pyc = join(dir, '__pycache__', `${e.name.slice(0, -3)}.immortal-312.pyc`);
        if (!existsSync(pyc)) missing.push(pyc);
      }
    }
  };
  walk(join(root, 'src', 'lib'));
  assert.deepEqual(missing, []);
});
