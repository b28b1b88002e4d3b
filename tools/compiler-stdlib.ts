// Compiles every .py file of the local CPython 3.12 stdlib with Immortal's parser and compiler, runs the
// stack verifier over every code object, and compares errors (type, msg, lineno, offset) with CPython's,
// recorded by tools/compiler-cpython-errors.py --stdlib in tests/unit/compiler/stdlib-errors.json.
// Usage: npx tsx tools/compiler-stdlib.ts [LIBDIR] [--errors FILE.json]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseModule, PySyntaxError, type PyParserWarning } from '../src/parser/index.ts';
import { compileModule } from '../src/compiler/codeunit.ts';
import { verifyStack } from '../src/compiler/verify.ts';

function libDir(): string {
  const arg = process.argv[2];
  if (arg !== undefined && !arg.startsWith('--')) return arg;
  return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { env: { ...process.env, PYENV_VERSION: '3.12.1' } }).toString().trim();
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (name !== 'site-packages' && name !== '__pycache__') walk(p, out); }
    else if (name.endsWith('.py')) out.push(p);
  }
}

const root = libDir();
const files: string[] = [];
walk(root, files);
const errIdx = process.argv.indexOf('--errors');
const errFile = errIdx > 0 ? process.argv[errIdx + 1]! : join(import.meta.dirname, '..', 'tests', 'unit', 'compiler', 'stdlib-errors.json');
interface ErrRec { type: string; msg: string; lineno: number | null; offset: number | null }
interface WarnRec { category: string; msg: string; lineno: number }
const expected: Record<string, { error: ErrRec | null; warnings: WarnRec[] }> = existsSync(errFile) ? JSON.parse(readFileSync(errFile, 'utf8')) : {};
let warnMismatch = 0, warnCount = 0;
const show = (e: ErrRec | null): string => (e === null ? 'no error' : `${e.type}: ${e.msg} (${e.lineno}:${e.offset})`);
let ok = 0, parseErr = 0, compileErr = 0, crash = 0, mismatch = 0, instrs = 0;
let parseMs = 0, compileMs = 0;
const crashes: string[] = [];
for (const f of files) {
  const src = readFileSync(f);
  const rel = f.slice(root.length + 1);
  let got: ErrRec | null = null;
  let tree;
  const warnings: PyParserWarning[] = [];
  let t0 = performance.now();
  try {
    tree = parseModule(src, f, { warnings });
  } catch (e) {
    if (e instanceof PySyntaxError) { parseErr++; got = { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset }; }
    else { crash++; crashes.push(`${f}: parser: ${(e as Error).message.split('\n')[0]}`); }
  } finally { parseMs += performance.now() - t0; }
  if (tree !== undefined) {
    t0 = performance.now();
    try {
      const unit = compileModule(tree, f, 'exec', { source: src.toString('utf8'), warnings });
      compileMs += performance.now() - t0;
      const count = (u: typeof unit): void => { instrs += u.code.length; verifyStack(u); for (const c of u.consts) if (c.kind === 'code') count(c.code); };
      count(unit);
      ok++;
    } catch (e) {
      compileMs += performance.now() - t0;
      if (e instanceof PySyntaxError) { compileErr++; got = { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset }; }
      else { crash++; crashes.push(`${f}: ${(e as Error).message.split('\n')[0]}`); }
    }
  }
  const want = expected[rel]?.error ?? null;
  if (got === null) {
    const ws = JSON.stringify(warnings.map((w) => [w.msg, w.lineno]));
    const wantWs = JSON.stringify((expected[rel]?.warnings ?? []).map((w) => [w.msg, w.lineno]));
    warnCount += warnings.length;
    if (ws !== wantWs) { warnMismatch++; console.log(`WARNINGS ${rel}: cpython ${wantWs}; ours ${ws}`); }
  }
  const same = want === null ? got === null
    : got !== null && got.type === want.type && got.msg === want.msg && got.lineno === want.lineno && got.offset === want.offset;
  if (!same && !(got === null && crashes.length > 0 && crashes[crashes.length - 1]!.startsWith(f))) {
    mismatch++;
    console.log(`MISMATCH ${rel}: cpython ${show(want)}; ours ${show(got)}`);
  }
}
for (const c of crashes.slice(0, 40)) console.log('CRASH', c);
const cpErrors = Object.values(expected).filter((v) => v.error !== null).length;
console.log(`files ${files.length}: compiled ${ok}, parse errors ${parseErr}, compile errors ${compileErr}, JS exceptions ${crash}, error mismatches with CPython ${mismatch} (CPython: ${cpErrors} errors)`);
console.log(`SyntaxWarnings ${warnCount}; files whose warnings differ from CPython's ${warnMismatch}`);
console.log(`instructions ${instrs}; parse ${(parseMs / 1000).toFixed(2)} s, compile ${(compileMs / 1000).toFixed(2)} s`);
process.exit(crash > 0 || mismatch > 0 || warnMismatch > 0 ? 1 : 0);
