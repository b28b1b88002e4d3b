// The tests/py corpus as data: which files are programs, their `# immortal-test:` metadata, the outputs
// recorded from CPython 3.12 by tools/gen-exp.py, tests/py/expected-failures.txt, and the rules that
// compare a run with what was recorded. tests/py/README.md is the reference for every format here; the
// metadata parser mirrors parse_metadata() in tools/gen-exp.py line for line (keep them in step).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CORPUS_DIR = join(REPO_ROOT, 'tests', 'py');
export const EXPECTED_FAILURES_FILE = join(CORPUS_DIR, 'expected-failures.txt');
/** The only group whose programs may write stderr or exit with a nonzero status. */
export const STDERR_GROUPS: readonly string[] = ['errors'];
/** sys.getrefcount() of an immortal object in 64-bit CPython 3.12. */
export const IMMORTAL_COUNT = '4294967295';

/** The contract of src/vm/program.ts, written by the VM owner; copied here so this file type-checks
 *  before that module exists. Replace with `import type` from it once it lands. */
export interface ProgramOptions {
  immortal?: boolean;
  hashSeed?: string | number;
  argv?: string[];
  heapSize?: number;
  cwd?: string;
  stdin?: string;
  /** -X gc_stress (src/vm/session.ts). */
  gcStress?: boolean;
}
export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** mortal heap blocks still live after shutdown (0 = no leak) */
  leakedBlocks: number;
}
export type RunProgram = (path: string, options?: ProgramOptions) => ProgramResult;

export interface Metadata {
  exit: number;
  args: string[];
  heap: number | null;
  stdin: string | null;
  cycles: boolean;
  immortal0Differs: boolean;
  /** Never run under -X gc_stress (the program prints the collector's counts, which stress changes). */
  noGcStress: boolean;
}

export interface Program {
  /** Path relative to tests/py with '/' separators, e.g. 'vm/generators_send.py'. */
  rel: string;
  group: string;
  path: string;
  dir: string;
  meta: Metadata;
  expected: { stdout: string; stderr: string; exitCode: number } | null;
  /** What is wrong with the program's files (unparsable metadata, missing .exp ...). */
  problems: string[];
}

const DIRECTIVE = '# immortal-test:';
const FLAGS = new Set(['cycles', 'immortal0-differs', 'no-gc-stress']);

function unescapeStdin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      const mapped = next === 'n' ? '\n' : next === 't' ? '\t' : next === '\\' ? '\\' : null;
      if (mapped === null) throw new Error(`unknown escape \\${next} in stdin=`);
      out += mapped;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** heap=N, NK or NM (KiB and MiB), in bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+)([KM]?)$/.exec(text);
  if (!m) throw new Error(`bad heap size '${text}' (use N, NK or NM)`);
  return Number(m[1]) * (m[2] === 'K' ? 1024 : m[2] === 'M' ? 1024 * 1024 : 1);
}

/** Reads the `# immortal-test:` lines of the leading comment block of a program. */
export function parseMetadata(source: string): Metadata {
  const meta: Metadata = { exit: 0, args: [], heap: null, stdin: null, cycles: false, immortal0Differs: false, noGcStress: false };
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    if (!line.startsWith(DIRECTIVE)) continue;
    let rest = line.slice(DIRECTIVE.length).trim();
    while (rest) {
      const m = /^([a-z0-9-]+)(=?)/.exec(rest);
      if (!m) throw new Error(`bad metadata item at '${rest}'`);
      const key = m[1]!;
      const hasValue = m[2] === '=';
      rest = rest.slice(m[0].length);
      if (key === 'args' || key === 'stdin') {
        if (!hasValue) throw new Error(`${key} needs a value`);
        if (key === 'args') meta.args = rest.split(/\s+/).filter((w) => w !== '');
        else meta.stdin = unescapeStdin(rest);
        rest = '';
        continue;
      }
      let value = '';
      if (hasValue) {
        const space = rest.indexOf(' ');
        value = space < 0 ? rest : rest.slice(0, space);
        rest = space < 0 ? '' : rest.slice(space + 1);
      }
      rest = rest.trim();
      if (FLAGS.has(key)) {
        if (hasValue) throw new Error(`${key} takes no value`);
        if (key === 'cycles') meta.cycles = true;
        else if (key === 'no-gc-stress') meta.noGcStress = true;
        else meta.immortal0Differs = true;
      } else if (key === 'exit') {
        if (!/^\d+$/.test(value) || Number(value) > 255) throw new Error(`bad exit status '${value}'`);
        meta.exit = Number(value);
      } else if (key === 'heap') {
        meta.heap = parseSize(value);
      } else {
        throw new Error(`unknown metadata key '${key}'`);
      }
    }
  }
  return meta;
}

/** A program sits directly in a group folder and its name does not start with '_'; modules in
 *  subfolders (packages) and `_name.py` files beside the programs are imported by them. */
export function isProgram(rel: string): boolean {
  const parts = rel.split('/');
  return parts.length === 2 && parts[1]!.endsWith('.py') && !parts[1]!.startsWith('_');
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === '__pycache__') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(relative(CORPUS_DIR, full).split(sep).join('/'));
  }
  return out;
}

/** Every file under tests/py, as paths relative to it. */
export function corpusFiles(): string[] {
  return existsSync(CORPUS_DIR) ? walk(CORPUS_DIR, []) : [];
}

/** `.exp-stderr` files start with `# exit=<status>`, then hold stderr verbatim. */
export function parseStderrFile(text: string): { exitCode: number; stderr: string } {
  const m = /^# exit=(\d+)\n/.exec(text);
  if (!m) throw new Error("first line is not '# exit=<status>'");
  return { exitCode: Number(m[1]), stderr: text.slice(m[0].length) };
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function loadProgram(rel: string): Program {
  const path = join(CORPUS_DIR, ...rel.split('/'));
  const dir = join(path, '..');
  const group = rel.split('/')[0]!;
  const problems: string[] = [];
  let meta: Metadata = { exit: 0, args: [], heap: null, stdin: null, cycles: false, immortal0Differs: false, noGcStress: false };
  try {
    meta = parseMetadata(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`metadata: ${(e as Error).message}`);
  }
  const base = path.slice(0, -'.py'.length);
  const stdout = readIfExists(base + '.exp');
  const stderrText = readIfExists(base + '.exp-stderr');
  let expected: Program['expected'] = null;
  if (stdout === null) {
    problems.push(`no ${rel.slice(0, -3)}.exp: run tools/gen-exp.py`);
  } else {
    expected = { stdout, stderr: '', exitCode: 0 };
    if (stderrText !== null) {
      try {
        const parsed = parseStderrFile(stderrText);
        expected.stderr = parsed.stderr;
        expected.exitCode = parsed.exitCode;
      } catch (e) {
        problems.push(`${rel.slice(0, -3)}.exp-stderr: ${(e as Error).message}`);
      }
    }
    if (expected.exitCode !== meta.exit) {
      problems.push(`recorded exit status ${expected.exitCode}, metadata says exit=${meta.exit}`);
    }
    if (!STDERR_GROUPS.includes(group) && stderrText !== null) {
      problems.push(`only ${STDERR_GROUPS.join(', ')}/ programs may write stderr or exit nonzero`);
    }
    if (stdout.includes(IMMORTAL_COUNT) !== meta.immortal0Differs) {
      problems.push(meta.immortal0Differs
        ? `marked immortal0-differs but its .exp never shows ${IMMORTAL_COUNT}`
        : `its .exp shows ${IMMORTAL_COUNT} (an immortal refcount): mark it immortal0-differs`);
    }
  }
  return { rel, group, path, dir, meta, expected, problems };
}

export function loadCorpus(): Program[] {
  return corpusFiles().filter(isProgram).map(loadProgram);
}

/** .exp/.exp-stderr files whose program is gone. */
export function orphanOutputs(files: string[]): string[] {
  const programs = new Set(files.filter(isProgram));
  return files.filter((f) => (f.endsWith('.exp') || f.endsWith('.exp-stderr')) &&
    !programs.has(f.slice(0, f.lastIndexOf('.')) + '.py'));
}

/** expected-failures.txt: one program path (relative to tests/py) per line; '#' starts a comment. */
export function parseExpectedFailures(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

export function loadExpectedFailures(): string[] {
  const text = readIfExists(EXPECTED_FAILURES_FILE);
  return text === null ? [] : parseExpectedFailures(text);
}

/** Tracebacks name files by absolute path; the recorded ones are relative to the program's folder. */
export function normalizePaths(text: string, dir: string): string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return text.split(prefix).join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Under -X immortal=0 a recorded line showing 4294967295 matches the same line with any count there. */
export function immortal0LineMatches(expected: string, actual: string): boolean {
  if (!expected.includes(IMMORTAL_COUNT)) return expected === actual;
  const pattern = expected.split(IMMORTAL_COUNT).map(escapeRegExp).join('\\d+');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Undefined when equal, else a short account of the first differing line. */
export function firstDifference(label: string, expected: string, actual: string,
  lineMatches: (e: string, a: string) => boolean = (e, a) => e === a): string | undefined {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (i < e.length && i < a.length && lineMatches(e[i]!, a[i]!)) continue;
    const show = (s: string | undefined) => (s === undefined ? '(missing)' : JSON.stringify(s.length > 200 ? s.slice(0, 200) + '...' : s));
    return `${label} differs at line ${i + 1} (expected ${e.length} lines, got ${a.length}):\n` +
      `    expected ${show(e[i])}\n    actual   ${show(a[i])}`;
  }
  return undefined;
}

/** Everything wrong with one run of a program; empty when it matches what CPython printed. */
export function compareRun(program: Program, result: ProgramResult, immortal: boolean): string[] {
  const problems: string[] = [];
  const expected = program.expected!;
  const mode = immortal ? 'immortal' : 'immortal=0';
  if (typeof result !== 'object' || result === null || typeof result.stdout !== 'string' ||
      typeof result.stderr !== 'string' || typeof result.exitCode !== 'number' ||
      typeof result.leakedBlocks !== 'number') {
    return [`[${mode}] runProgram returned ${JSON.stringify(result)}, not a ProgramResult`];
  }
  const lenient = !immortal && program.meta.immortal0Differs;
  const stdoutDiff = firstDifference('stdout', expected.stdout, result.stdout, lenient ? immortal0LineMatches : undefined);
  if (stdoutDiff) problems.push(`[${mode}] ${stdoutDiff}`);
  const stderrDiff = firstDifference('stderr', expected.stderr, normalizePaths(result.stderr, program.dir));
  if (stderrDiff) problems.push(`[${mode}] ${stderrDiff}`);
  if (result.exitCode !== expected.exitCode) {
    problems.push(`[${mode}] exit status ${result.exitCode}, expected ${expected.exitCode}`);
  }
  // Every program must end leak-free: the cycle collector frees cycles (`cycles` is accepted but no longer exempts).
  if (result.leakedBlocks !== 0) {
    problems.push(`[${mode}] ${result.leakedBlocks} mortal heap blocks still live after shutdown (leak)`);
  }
  return problems;
}

/** The options a program runs with; see tests/py/README.md. */
export function programOptions(program: Program, immortal: boolean): ProgramOptions {
  const options: ProgramOptions = {
    immortal,
    hashSeed: 0,
    argv: program.meta.args,
    cwd: program.dir,
    stdin: program.meta.stdin ?? '',
  };
  if (program.meta.heap !== null) options.heapSize = program.meta.heap;
  return options;
}
