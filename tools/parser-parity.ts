// Parser parity with CPython 3.12: parses every .py file of the local CPython 3.12 standard library
// with our parser and with CPython's ast (one batched python process, tools/parser-cpython.py), and
// compares ast.dump(..., include_attributes=True) text, or the SyntaxError for rejected files.
// Usage: npx tsx tools/parser-parity.ts [--sample N] [--no-attrs] [--quiet] [FILE...]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { astDump, parseModule, PySyntaxError } from '../src/parser/index.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const CPYTHON_HELPER = join(HERE, 'parser-cpython.py');
const PY_ENV = { ...process.env, PYENV_VERSION: '3.12.1' };

/** The stdlib directory of the local CPython 3.12, or null when it is not installed. */
export function cpythonStdlib(): string | null {
  const r = spawnSync('python3', ['-c', "import sys, sysconfig; assert sys.version_info[:2] == (3, 12); print(sysconfig.get_paths()['stdlib'])"],
    { env: PY_ENV, encoding: 'utf8' });
  if (r.status !== 0) return null;
  const dir = r.stdout.trim();
  return dir.length > 0 ? dir : null;
}

/** Every .py file under `dir`, sorted. */
export function listPyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: string[];
    try { entries = readdirSync(d); } catch { return; }
    entries.sort();
    for (const e of entries) {
      const p = join(d, e);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) walk(p);
      else if (e.endsWith('.py')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Our side: the dump text, or the error line in the helper's format. */
export function ourDump(data: Uint8Array | string, filename: string, attrs = true): string {
  try {
    return astDump(parseModule(data, filename), { includeAttributes: attrs });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return `!${e.kind}\t${e.msg}\t${e.lineno ?? 'None'}\t${e.offset ?? 'None'}\t${e.end_lineno ?? 'None'}\t${e.end_offset ?? 'None'}`;
    }
    return `!JS-EXCEPTION\t${e instanceof Error ? e.stack : String(e)}`;
  }
}

/** CPython's dumps for `files` (one python process); null when CPython 3.12 is missing. */
export function cpythonDumps(files: string[], attrs = true): string[] | null {
  const dir = mkdtempSync(join(tmpdir(), 'parser-parity-'));
  try {
    const args = [CPYTHON_HELPER, 'dump', dir];
    if (attrs) args.push('--attrs');
    const r = spawnSync('python3', args, { env: PY_ENV, input: files.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) return null;
    const out: string[] = [];
    for (let i = 0; i < files.length; i++) out.push(readFileSync(join(dir, `${i}.txt`), 'utf8'));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A short description of where two dumps first differ. */
export function firstDifference(ours: string, theirs: string): string {
  let i = 0;
  const n = Math.min(ours.length, theirs.length);
  while (i < n && ours.charCodeAt(i) === theirs.charCodeAt(i)) i++;
  const from = Math.max(0, i - 160);
  return `  ours:    ...${ours.slice(from, i + 120)}\n  cpython: ...${theirs.slice(from, i + 120)}`;
}

export interface ParityResult {
  identical: number;
  different: { file: string; ours: string; theirs: string }[];
}

/** Compares our parser with CPython on `files`. */
export function runParity(files: string[], attrs = true): ParityResult | null {
  const theirs = cpythonDumps(files, attrs);
  if (theirs === null) return null;
  const res: ParityResult = { identical: 0, different: [] };
  for (let i = 0; i < files.length; i++) {
    const ours = ourDump(readFileSync(files[i]!), files[i]!, attrs);
    if (ours === theirs[i]) res.identical++;
    else res.different.push({ file: files[i]!, ours, theirs: theirs[i]! });
  }
  return res;
}

function main(): void {
  const argv = process.argv.slice(2);
  const attrs = !argv.includes('--no-attrs');
  const quiet = argv.includes('--quiet');
  const si = argv.indexOf('--sample');
  const sample = si >= 0 ? Number(argv[si + 1]) : 0;
  let files = argv.filter((a, i) => !a.startsWith('--') && !(si >= 0 && i === si + 1));
  if (files.length === 0) {
    const stdlib = cpythonStdlib();
    if (stdlib === null) {
      console.log('CPython 3.12 not found (PYENV_VERSION=3.12.1 python3): nothing to compare');
      return;
    }
    files = listPyFiles(stdlib);
    if (sample > 0) {
      const step = files.length / sample;
      files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]!);
    }
  }
  const t0 = performance.now();
  const res = runParity(files, attrs);
  if (res === null) {
    console.log('CPython 3.12 not found or failed: nothing to compare');
    process.exitCode = 1;
    return;
  }
  let rejectedBoth = 0;
  for (const d of res.different) {
    if (d.ours.startsWith('!') && d.theirs.startsWith('!')) rejectedBoth++;
    if (!quiet) {
      console.log(`DIFF ${d.file}`);
      if (d.ours.startsWith('!') || d.theirs.startsWith('!')) {
        console.log(`  ours:    ${d.ours.slice(0, 400)}\n  cpython: ${d.theirs.slice(0, 400)}`);
      } else {
        console.log(firstDifference(d.ours, d.theirs));
      }
    }
  }
  console.log(`${res.identical} identical, ${res.different.length} different` +
    ` (of which ${rejectedBoth} rejected by both with a different error) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (res.different.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
