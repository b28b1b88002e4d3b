// Compiler parity with CPython 3.12 over a sample of the stdlib: per code object, co_names,
// co_varnames, co_cellvars, co_freevars, co_consts (constant folding), flags/arg counts, stacksize,
// instructions, positions and exception table, compared category by category (tools/compiler-parity-lib.ts).
// Usage: npx tsx tools/compiler-parity.ts [--every N] [--show CATEGORY] [--limit K] [FILE...]
//   --every N: every Nth stdlib file (default 10; 1 for all). Needs PYENV_VERSION=3.12.1 python3.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseModule } from '../src/parser/index.ts';
import { compileModule } from '../src/compiler/codeunit.ts';
import { CATEGORIES, ParityStats, dumpOurs, type Category, type CodeDump } from './compiler-parity-lib.ts';

const env = { ...process.env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0' };
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1]!;
  argv.splice(i, 2);
  return v;
};
const every = Number(opt('--every', '10'));
const show = opt('--show', '');
const limit = Number(opt('--limit', '10'));

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (name !== 'site-packages' && name !== '__pycache__') walk(p, out); }
    else if (name.endsWith('.py')) out.push(p);
  }
}

let files = argv;
if (files.length === 0) {
  const root = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { env }).toString().trim();
  const all: string[] = [];
  walk(root, all);
  files = all.filter((_, i) => i % every === 0);
}
const stats = new ParityStats();
const perFile = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
let compared = 0, skipped = 0;
const BATCH = 50;
for (let i = 0; i < files.length; i += BATCH) {
  const batch = files.slice(i, i + BATCH);
  const theirs: Record<string, CodeDump[] | { error: string }> = JSON.parse(execFileSync('python3',
    [join(import.meta.dirname, 'compiler-parity.py'), '-'], { env, input: batch.join('\n'), maxBuffer: 1 << 30 }).toString());
  for (const f of batch) {
    const t = theirs[f]!;
    if (!Array.isArray(t)) { skipped++; continue; }
    const src = readFileSync(f);
    let ours: CodeDump[];
    try {
      ours = dumpOurs(compileModule(parseModule(src, f), f, 'exec', { source: src.toString('utf8') }));
    } catch (e) {
      console.log(`ERROR ${f}: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    compared++;
    for (const c of stats.add(f, ours, t)) perFile.set(c, perFile.get(c)! + 1);
  }
}
for (const s of stats.shapeMismatches.slice(0, limit)) console.log('SHAPE', s);
if (show !== '') for (const e of (stats.examples.get(show as Category) ?? []).slice(0, limit)) console.log(e);
console.log(`files ${compared} compared (${skipped} that CPython rejects skipped)`);
console.log(stats.summary());
console.log('files fully agreeing per category: ' + CATEGORIES.map((c) => `${c} ${compared - perFile.get(c)!}`).join(', '));
