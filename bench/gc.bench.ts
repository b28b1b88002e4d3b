// Cycle-collector benchmarks (issue #6): the pause of a full gc.collect() over heaps of 1e5 and 1e6
// tracked objects, and an allocation-heavy program with the collector on and off, each run under
// CPython 3.12 and Immortal (node bin/immortal.js) in the same run. The programs (bench/gc/*.py) time
// themselves with time.perf_counter, so start-up and graph building are not part of the numbers.
// Run: npm run bench:gc [-- --quick]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const immortal = join(root, 'bin', 'immortal.js');

function run(impl: 'cpython' | 'immortal', script: string, args: string[]): string {
  const file = join(root, 'bench', 'gc', script);
  const r = impl === 'cpython'
    ? spawnSync('python3', [file, ...args], { env: { ...process.env, PYENV_VERSION: '3.12.1' }, encoding: 'utf8', timeout: 600_000 })
    : spawnSync(process.execPath, [immortal, '-X', 'heap=3G', file, ...args], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${impl} ${script} ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return r.stdout.trim();
}

function field(out: string, name: string): number {
  const parts = out.split(/\s+/);
  return Number(parts[parts.indexOf(name) + 1]);
}

const lines: string[] = [];
const say = (s: string): void => { lines.push(s); process.stdout.write(s + '\n'); };
say(`gc benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, CPython 3.12.1`);
for (const n of quick ? [100_000] : [100_000, 1_000_000]) {
  const c = run('cpython', 'pause.py', [String(n)]);
  const i = run('immortal', 'pause.py', [String(n)]);
  const pc = field(c, 'pause_ms'), pi = field(i, 'pause_ms');
  say(`pause, ${n} objects built (tracked: CPython ${field(c, 'tracked')}, Immortal ${field(i, 'tracked')}): ` +
    `CPython ${pc.toFixed(1)} ms, Immortal ${pi.toFixed(1)} ms, ratio ${(pi / pc).toFixed(2)}`);
}
const n = quick ? '50000' : '300000';
for (const impl of ['cpython', 'immortal'] as const) {
  const on = run(impl, 'alloc.py', [n]);
  const off = run(impl, 'alloc.py', [n, 'off']);
  if (on.split(' ').pop() !== off.split(' ').pop()) throw new Error(`${impl}: checksums differ`);
  const ton = field(on, 'time_s'), toff = field(off, 'time_s');
  say(`alloc-heavy ${n} iterations, ${impl}: gc on ${ton.toFixed(3)} s, off ${toff.toFixed(3)} s, on/off ${(ton / toff).toFixed(2)}`);
}
