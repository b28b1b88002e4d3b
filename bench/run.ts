// Execution benchmarks (issue #4): runs every bench/programs/*.py on CPython 3.11, 3.12, 3.13 and on
// Immortal (default, and with -X immortal=0) in one run, best-of-N wall time per process, and checks
// that every implementation printed the same checksum as CPython 3.12. Prints per-program times, the
// ratios Immortal/CPython-3.12 and immortal=0/default, and their geometric means.
// Run: npm run bench, or npx tsx bench/run.ts [--quick] [--only a,b] [--runs N] [--timeout S] [--write]
//      [--json FILE] [--immortal PATH]; --write replaces the generated table in bench/RESULTS.md.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const PROGRAMS_DIR = join(BENCH_DIR, 'programs');
const REPO_ROOT = join(BENCH_DIR, '..');
const DEFAULT_IMMORTAL = join(REPO_ROOT, 'bin', 'immortal.js');
const RESULTS_PATH = join(BENCH_DIR, 'RESULTS.md');

// Sizes for --quick (sys.argv[1] of each program): roughly a tenth of the default work.
const QUICK_SIZES: Record<string, string> = {
  bigints: '1000',
  churn: '100',
  fannkuch: '8',
  fib: '28',
  generators: '50000',
  nbody: '5000',
  richards: '20000',
  spectral_norm: '80',
  wordcount: '30000',
};

const CPYTHONS = ['3.11.7', '3.12.1', '3.13.0'];
const REFERENCE = 'cpython-3.12.1';

interface Impl {
  key: string;
  label: string; // column heading
  cpython: boolean;
  command: string;
  args: string[]; // before the program path
  env: NodeJS.ProcessEnv;
  unavailable: string | null; // why it cannot run at all, or null
}

interface Cell {
  best: number | null; // seconds, null until a run succeeds
  runs: number;
  output: string | null; // stdout of the first successful run
  error: string | null; // first line of what went wrong: failure, timeout or checksum mismatch
}

interface Options {
  quick: boolean;
  only: string[] | null;
  runs: number;
  timeoutS: number;
  write: boolean;
  json: string | null;
  immortal: string; // the script node runs as Immortal
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false, only: null, runs: 3, timeoutS: 600, write: false, json: null, immortal: DEFAULT_IMMORTAL };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') opts.quick = true;
    else if (a === '--write') opts.write = true;
    else if (a === '--only') opts.only = value().split(',').map((s) => s.trim().replace(/\.py$/, '')).filter((s) => s);
    else if (a === '--runs') opts.runs = positiveInt(a, value());
    else if (a === '--timeout') opts.timeoutS = positiveInt(a, value());
    else if (a === '--json') opts.json = value();
    else if (a === '--immortal') opts.immortal = resolve(value());
    else if (a === '--help' || a === '-h') usage(null);
    else usage(`unknown argument ${a}`);
  }
  if (opts.quick && !argv.includes('--runs')) opts.runs = 1;
  return opts;
}

function positiveInt(flag: string, s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) usage(`${flag} wants a positive integer, got ${s}`);
  return n;
}

function usage(problem: string | null): never {
  if (problem !== null) process.stderr.write(`bench/run.ts: ${problem}\n`);
  process.stderr.write(
    'usage: npx tsx bench/run.ts [--quick] [--only name,...] [--runs N] [--timeout S] [--write] [--json FILE]\n' +
      '                       [--immortal PATH]\n' +
      '  --quick     one run each, smaller sizes\n' +
      '  --only      programs to run (names from bench/programs, without .py)\n' +
      '  --runs N    best of N runs (default 3; 1 with --quick)\n' +
      '  --timeout S seconds allowed per run (default 600)\n' +
      '  --write     replace the generated table in bench/RESULTS.md (Execution benchmarks section)\n' +
      '  --json FILE also write the raw results as JSON\n' +
      '  --immortal PATH  the script that node runs as Immortal (default bin/immortal.js)\n',
  );
  process.exit(problem === null ? 0 : 2);
}

/**
 * The implementations to compare, with the CPythons that are not installed marked unavailable. Each
 * CPython is found once through `PYENV_VERSION=x python3` and then started by its real path: pyenv's
 * shim is a shell script that costs about 50 ms per start, which would be timed as CPython's.
 */
function findImpls(immortal: string): Impl[] {
  const impls: Impl[] = [];
  for (const v of CPYTHONS) {
    const env = { ...process.env, PYENV_VERSION: v };
    const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0]); print(sys.executable)'], { env, encoding: 'utf8' });
    const [got, exe] = probe.status === 0 ? probe.stdout.trim().split('\n') : [];
    impls.push({
      key: `cpython-${v}`,
      label: v.split('.').slice(0, 2).join('.'),
      cpython: true,
      command: exe !== undefined && exe !== '' ? exe : 'python3',
      args: [],
      env,
      unavailable: got === v ? null : `CPython ${v} not found (PYENV_VERSION=${v} python3 ${got === undefined ? 'failed' : `is ${got}`})`,
    });
  }
  const shown = relative(REPO_ROOT, immortal) || immortal;
  const missing = existsSync(immortal) ? null : `${shown} not found`;
  impls.push({ key: 'immortal', label: 'immortal', cpython: false, command: process.execPath, args: [immortal], env: process.env, unavailable: missing });
  impls.push({
    key: 'immortal0',
    label: 'imm=0',
    cpython: false,
    command: process.execPath,
    args: [immortal, '-X', 'immortal=0'],
    env: process.env,
    unavailable: missing,
  });
  return impls;
}

function findPrograms(only: string[] | null): string[] {
  const all = readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  if (only === null) return all;
  for (const name of only) if (!all.includes(name)) usage(`no program bench/programs/${name}.py (have: ${all.join(', ')})`);
  return all.filter((n) => only.includes(n));
}

/** Progress on stderr: one line rewritten in place on a terminal, plain lines otherwise. */
class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private shown = false;

  show(text: string): void {
    if (this.tty) {
      const width = process.stderr.columns || 100; // 0 when the terminal does not say
      process.stderr.write(`\r\x1b[K${text.slice(0, Math.max(10, width - 1))}`);
      this.shown = true;
    } else {
      process.stderr.write(`${text}\n`);
    }
  }

  done(): void {
    if (this.tty && this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

/** The line that best says why a run failed: a traceback's last line, else the first non-empty line. */
function errorLine(stderr: string, stdout: string): string {
  const lines = (stderr.trim() !== '' ? stderr : stdout).split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (lines.length === 0) return '(no output)';
  const line = lines[0]!.startsWith('Traceback') ? lines[lines.length - 1]! : lines[0]!;
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

interface RunResult {
  seconds: number;
  output: string;
  error: string | null;
}

function runOnce(impl: Impl, program: string, size: string | null, timeoutS: number): RunResult {
  const args = [...impl.args, program, ...(size === null ? [] : [size])];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(impl.command, args, {
    env: impl.env,
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let error: string | null = null;
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') error = `timed out after ${timeoutS} s`;
  else if (r.error !== undefined) error = r.error.message;
  else if (r.signal !== null) error = `killed by ${r.signal}: ${errorLine(r.stderr, r.stdout)}`;
  else if (r.status !== 0) error = `exit ${r.status}: ${errorLine(r.stderr, r.stdout)}`;
  return { seconds, output: r.stdout ?? '', error };
}

/** Describes how `got` differs from `want`, by the first differing line. */
function mismatch(want: string, got: string): string {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      const cut = (s: string | undefined): string => (s === undefined ? '(nothing)' : s.length > 60 ? `${s.slice(0, 57)}...` : s);
      return `checksum mismatch at line ${i + 1}: got ${JSON.stringify(cut(g[i]))}, want ${JSON.stringify(cut(w[i]))}`;
    }
  }
  return 'checksum mismatch';
}

/** Runs every implementation on one program, best of `runs`, interleaving implementations run by run. */
function benchProgram(
  name: string,
  path: string,
  size: string | null,
  impls: Impl[],
  opts: Options,
  progress: Progress,
  position: string,
): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const impl of impls) cells.set(impl.key, { best: null, runs: 0, output: null, error: impl.unavailable });
  for (let k = 1; k <= opts.runs; k++) {
    for (const impl of impls) {
      const cell = cells.get(impl.key)!;
      if (cell.error !== null) continue; // failed once: later runs would only fail again
      progress.show(`${position} ${name}: ${impl.cpython ? `CPython ${impl.label}` : impl.label} run ${k}/${opts.runs}`);
      const r = runOnce(impl, path, size, opts.timeoutS);
      cell.runs++;
      if (r.error !== null) {
        cell.error = r.error;
        cell.best = null;
        continue;
      }
      if (cell.output === null) cell.output = r.output;
      else if (cell.output !== r.output) {
        cell.error = `output changed between runs: ${mismatch(cell.output, r.output)}`;
        cell.best = null;
        continue;
      }
      cell.best = cell.best === null ? r.seconds : Math.min(cell.best, r.seconds);
    }
  }
  // The checksum everyone must agree on: CPython 3.12's, else the first CPython that produced one.
  const ref = cells.get(REFERENCE)?.output ?? impls.filter((i) => i.cpython).map((i) => cells.get(i.key)!.output).find((o) => o !== null) ?? null;
  if (ref !== null) {
    for (const cell of cells.values()) {
      if (cell.error === null && cell.output !== null && cell.output !== ref) {
        cell.error = mismatch(ref, cell.output);
        cell.best = null;
      }
    }
  }
  return cells;
}

function geomean(xs: number[]): number | null {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

const fmtTime = (s: number | null): string => (s === null ? 'n/a' : s.toFixed(3));
const fmtRatio = (r: number | null): string => (r === null ? 'n/a' : `${r.toFixed(2)}x`);

interface Report {
  lines: string[]; // the table and its notes, plain text
  errors: number; // CPython failures and checksum mismatches
}

function report(programs: string[], results: Map<string, Map<string, Cell>>, impls: Impl[], startup: Map<string, Cell>): Report {
  const byKey = (cells: Map<string, Cell>, key: string): number | null => cells.get(key)?.best ?? null;
  const cols = [
    'program',
    ...impls.map((i) => i.label),
    '3.11/3.12',
    '3.13/3.12',
    'imm/3.12',
    'imm0/imm',
  ];
  const rows: string[][] = [];
  const r311: number[] = [];
  const r313: number[] = [];
  const rImm: number[] = [];
  const rImm0: number[] = [];
  const push = (into: number[], r: number | null): string => {
    if (r !== null) into.push(r);
    return fmtRatio(r);
  };
  for (const name of programs) {
    const cells = results.get(name)!;
    const ref = byKey(cells, REFERENCE);
    rows.push([
      name,
      ...impls.map((i) => fmtTime(byKey(cells, i.key))),
      push(r311, ratio(byKey(cells, 'cpython-3.11.7'), ref)),
      push(r313, ratio(byKey(cells, 'cpython-3.13.0'), ref)),
      push(rImm, ratio(byKey(cells, 'immortal'), ref)),
      push(rImm0, ratio(byKey(cells, 'immortal0'), byKey(cells, 'immortal'))),
    ]);
  }
  const gm = (xs: number[]): string => (xs.length === 0 ? 'n/a' : `${fmtRatio(geomean(xs))}${xs.length < programs.length ? ` (${xs.length})` : ''}`);
  const gmRow = ['geomean', ...impls.map(() => ''), gm(r311), gm(r313), gm(rImm), gm(rImm0)];
  const startRow = ['(startup)', ...impls.map((i) => fmtTime(startup.get(i.key)?.best ?? null)), '', '', '', ''];
  const all = [cols, ...rows, gmRow, startRow];
  const widths = cols.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const fmtRow = (r: string[]): string => r.map((s, c) => (c === 0 ? s.padEnd(widths[c]!) : s.padStart(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const lines = [fmtRow(cols), rule, ...rows.map(fmtRow), rule, fmtRow(gmRow), fmtRow(startRow)];

  // Notes: what did not run and why, grouped so that a global reason is said once.
  let errors = 0;
  const notes: string[] = [];
  for (const impl of impls) {
    if (impl.unavailable !== null) notes.push(`${impl.label}: skipped, ${impl.unavailable}`);
  }
  for (const name of programs) {
    for (const impl of impls) {
      if (impl.unavailable !== null) continue;
      const cell = results.get(name)!.get(impl.key)!;
      if (cell.error === null) continue;
      if (impl.cpython || cell.error.startsWith('checksum mismatch') || cell.error.startsWith('output changed')) errors++;
      notes.push(`${name}: ${impl.cpython ? `CPython ${impl.label}` : impl.label}: n/a, ${cell.error}`);
    }
  }
  lines.push('');
  lines.push('Times: best wall-clock seconds per process (start-up included); ratios > 1x mean slower than the denominator.');
  lines.push('geomean: over the programs where both sides ran (count in parentheses when some did not).');
  lines.push('(startup): a program that only imports sys and prints; not part of any mean.');
  if (notes.length > 0) lines.push('', ...notes);
  return { lines, errors };
}

/** Replaces the generated block of the "## Execution benchmarks" section of bench/RESULTS.md. */
function writeResults(body: string[], opts: Options, programs: string[]): void {
  const BEGIN = '<!-- bench/run.ts: begin (generated, replaced by --write) -->';
  const END = '<!-- bench/run.ts: end -->';
  const HEADING = '## Execution benchmarks';
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const sizes = programs.map((p) => `${p} ${opts.quick ? (QUICK_SIZES[p] ?? 'default') : 'default'}`).join(', ');
  const block = [
    BEGIN,
    `\`npx tsx bench/run.ts${opts.quick ? ' --quick' : ''}${opts.only !== null ? ` --only ${opts.only.join(',')}` : ''}` +
      `${opts.runs !== (opts.quick ? 1 : 3) ? ` --runs ${opts.runs}` : ''}\`` +
      ` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpu}, ${cpus().length} cores,` +
      ` ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform}; best of ${opts.runs}; sizes: ${opts.quick ? sizes : 'defaults'}.`,
    '',
    '```',
    ...body,
    '```',
    END,
  ].join('\n');
  let text = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : '# Benchmark results\n\n';
  const start = text.indexOf(`${HEADING}\n`);
  if (start === -1) {
    text = `${text.replace(/\n*$/, '\n\n')}${HEADING}\n\n${block}\n`;
  } else {
    const nextHeading = text.indexOf('\n## ', start + 1);
    const sectionEnd = nextHeading === -1 ? text.length : nextHeading + 1;
    const section = text.slice(start, sectionEnd);
    const b = section.indexOf(BEGIN);
    const e = section.indexOf(END);
    const newSection =
      b !== -1 && e > b
        ? section.slice(0, b) + block + section.slice(e + END.length)
        : `${section.replace(/\n*$/, '\n\n')}${block}\n${nextHeading === -1 ? '' : '\n'}`;
    text = text.slice(0, start) + newSection + text.slice(sectionEnd);
  }
  writeFileSync(RESULTS_PATH, text);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const programs = findPrograms(opts.only);
  const impls = findImpls(opts.immortal);
  const progress = new Progress();
  const results = new Map<string, Map<string, Cell>>();
  programs.forEach((name, i) => {
    const size = opts.quick ? (QUICK_SIZES[name] ?? null) : null;
    results.set(name, benchProgram(name, join(PROGRAMS_DIR, `${name}.py`), size, impls, opts, progress, `[${i + 1}/${programs.length}]`));
  });

  // Start-up cost of each implementation, measured on a trivial program.
  const tmp = mkdtempSync(join(tmpdir(), 'immortal-bench-'));
  let startup: Map<string, Cell>;
  try {
    const hello = join(tmp, 'startup.py');
    writeFileSync(hello, 'import sys\nprint("ok")\n');
    startup = benchProgram('startup', hello, null, impls, opts, progress, '[startup]');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  progress.done();

  const { lines, errors } = report(programs, results, impls, startup);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (opts.write) {
    writeResults(lines, opts, programs);
    process.stdout.write(`\nwrote ${basename(RESULTS_PATH)} (Execution benchmarks table)\n`);
  }
  if (opts.json !== null) {
    const raw = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      quick: opts.quick,
      runs: opts.runs,
      impls: impls.map((i) => ({ key: i.key, label: i.label, unavailable: i.unavailable })),
      programs: Object.fromEntries(
        [...results, ['(startup)', startup] as const].map(([name, cells]) => [
          name,
          Object.fromEntries([...cells].map(([k, c]) => [k, { best: c.best, runs: c.runs, error: c.error, output: c.output }])),
        ]),
      ),
    };
    writeFileSync(opts.json, `${JSON.stringify(raw, null, 2)}\n`);
  }
  if (errors > 0) {
    process.stderr.write(`bench/run.ts: ${errors} CPython failure(s) or checksum mismatch(es), see the notes above\n`);
    process.exitCode = 1;
  }
}

main();
