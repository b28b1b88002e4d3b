// Lists the names CPython 3.12 has that Immortal lacks, per builtin type and per module (issue #5).
// One generated Python script prints dir() of every target; it runs under the local CPython 3.12
// (PYENV_VERSION=3.12.1 python3) and under Immortal in-process (runProgram), and the two are diffed.
// Types compare public names plus dunders. Modules compare their API: the names in `__all__` when
// CPython's module defines it, else the public names that are neither modules nor imported from another
// module (`__module__`, when present, is the module itself, a submodule of it or a private implementation
// module such as `_io` or `posix`); CPython's other public names are reported apart as incidental.
// A target that fails to import or evaluate under Immortal counts as entirely missing.
// Usage: npx tsx tools/missing-names.ts [--markdown] [names...]   (names: labels to restrict to)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Target {
  /** What the report calls it: the type's name or the module's dotted name. */
  label: string;
  kind: 'type' | 'module';
  /** For a type: a Python expression evaluating to it; for a module: the dotted module name. */
  source: string;
}

const t = (label: string, source = label): Target => ({ label, kind: 'type', source });
const m = (label: string): Target => ({ label, kind: 'module', source: label });

/** Every target the script knows, in report order. */
export const TARGETS: readonly Target[] = [
  t('object'), t('type'), t('int'), t('bool'), t('float'), t('complex'), t('str'), t('bytes'),
  t('bytearray'), t('memoryview'), t('list'), t('tuple'), t('dict'), t('set'), t('frozenset'),
  t('range'), t('slice'), t('enumerate'), t('zip'), t('map'), t('filter'), t('reversed'),
  t('property'), t('classmethod'), t('staticmethod'), t('super'),
  t('dict_keys', 'type({}.keys())'), t('dict_values', 'type({}.values())'),
  t('dict_items', 'type({}.items())'), t('mappingproxy', 'type(type.__dict__)'),
  t('function', 'type(lambda: 0)'), t('generator', 'type((lambda: (yield))())'),
  t('NoneType', 'type(None)'), t('module', 'type(sys)'),
  t('BaseException'), t('Exception'), t('BaseExceptionGroup'), t('ExceptionGroup'),
  t('StopIteration'), t('SystemExit'), t('KeyError'), t('OSError'), t('SyntaxError'),
  t('ImportError'), t('NameError'), t('AttributeError'), t('UnicodeDecodeError'),
  t('UnicodeEncodeError'), t('UnicodeTranslateError'),
  m('builtins'), m('sys'), m('math'), m('time'), m('itertools'), m('functools'), m('operator'),
  m('collections'), m('collections.abc'), m('dataclasses'), m('contextlib'), m('string'), m('re'),
  m('random'), m('copy'), m('abc'), m('enum'), m('typing'), m('json'), m('textwrap'), m('heapq'),
  m('bisect'), m('statistics'), m('fractions'), m('decimal'), m('io'), m('os'), m('os.path'),
  m('warnings'), m('traceback'), m('weakref'), m('gc'),
];

/** Extra dunder names of the builtins module that count as public. */
const BUILTINS_DUNDERS = ['__build_class__', '__debug__', '__import__'];

/**
 * Modules whose implementation lives in a module of another name that does not start with `_`
 * (names starting with `_`, and submodules, count as private implementation modules anyway).
 */
const IMPL_MODULES: Record<string, string[]> = { os: ['posix'], 'os.path': ['posixpath', 'genericpath'] };

/**
 * The Python script printing one line per target: `label\tOK\tapi names\tincidental names` or
 * `label\tFAIL\treason`. Types have no incidental names.
 */
export function buildScript(targets: readonly Target[]): string {
  const lines = [
    'import sys',
    `_IMPL = ${JSON.stringify(IMPL_MODULES)}`,
    'def _emit(label, names, inc=()):',
    "    print(label + '\\tOK\\t' + ' '.join(sorted(set(names))) + '\\t' + ' '.join(sorted(set(inc))))",
    // A type's public names and dunders.
    'def _emit_type(label, names):',
    "    _emit(label, [n for n in names if not n.startswith('_') or (n.startswith('__') and n.endswith('__') and len(n) > 4)])",
    'def _emit_module(label, name, m):',
    "    every = dir(m)",
    "    public = [n for n in every if not n.startswith('_')]",
    "    al = getattr(m, '__all__', None)",
    '    if al is not None:',
    '        al = set(al)',
    '        api = [n for n in every if n in al]',
    '        inc = [n for n in public if n not in al]',
    '    else:',
    '        api, inc = [], []',
    '        for n in public:',
    '            (api if _own(name, getattr(m, n, None)) else inc).append(n)',
    `    if name == 'builtins':`,
    `        api.extend(n for n in ${JSON.stringify(BUILTINS_DUNDERS)} if n in every)`,
    '    _emit(label, api, inc)',
    'def _own(name, v):',
    "    if isinstance(v, type(sys)):",
    '        return False',
    "    try:",
    "        mod = v.__module__",
    "    except Exception:",
    "        return True",
    "    if not isinstance(mod, str):",
    "        return True",
    "    return mod == name or mod.startswith(name + '.') or mod.startswith('_') or mod in _IMPL.get(name, ())",
    'def _fail(label, e):',
    "    print(label + '\\tFAIL\\t' + type(e).__name__ + ': ' + str(e).replace('\\n', ' '))",
  ];
  for (const tg of targets) {
    const lab = JSON.stringify(tg.label);
    lines.push('try:');
    if (tg.kind === 'module') {
      lines.push(`    import ${tg.source} as _m`, `    _emit_module(${lab}, ${JSON.stringify(tg.source)}, _m)`, '    del _m');
    } else {
      lines.push(`    _emit_type(${lab}, dir(${tg.source}))`);
    }
    lines.push('except BaseException as _e:', `    _fail(${lab}, _e)`);
  }
  return lines.join('\n') + '\n';
}

/** Per target: its names (a module's API) and, for a module, the public names it merely imports. */
export type Listing = Map<string, { ok: true; names: string[]; incidental: string[] } | { ok: false; reason: string }>;

const words = (s: string): string[] => (s === '' ? [] : s.split(' '));

/** Parses the script's output. */
export function parseOutput(text: string): Listing {
  const out: Listing = new Map();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [label, status, rest = '', inc = ''] = line.split('\t');
    if (status === 'OK') out.set(label, { ok: true, names: words(rest), incidental: words(inc) });
    else if (status === 'FAIL') out.set(label, { ok: false, reason: rest });
  }
  return out;
}

export interface Missing {
  label: string;
  kind: Target['kind'];
  /** How many names CPython has (a module's API names). */
  total: number;
  missing: string[];
  /** CPython's incidental public names (a module's imports) that Immortal lacks, and how many it has. */
  incidental: string[];
  incidentalTotal: number;
  /** Set when the target failed entirely under Immortal (import error, unknown name). */
  failure?: string;
}

/** For each target CPython lists: the names Immortal lacks. */
export function computeMissing(targets: readonly Target[], cpython: Listing, immortal: Listing): Missing[] {
  const result: Missing[] = [];
  for (const tg of targets) {
    const ref = cpython.get(tg.label);
    if (ref === undefined || !ref.ok) continue; // not in this CPython build: nothing to compare
    const ours = immortal.get(tg.label);
    if (ours === undefined || !ours.ok) {
      result.push({ label: tg.label, kind: tg.kind, total: ref.names.length, missing: [...ref.names],
        incidental: [...ref.incidental], incidentalTotal: ref.incidental.length,
        failure: ours === undefined ? 'no output (the script stopped before it)' : ours.reason });
      continue;
    }
    // Immortal may classify a name differently (its own imports): any listing of the name counts.
    const have = new Set([...ours.names, ...ours.incidental]);
    result.push({ label: tg.label, kind: tg.kind, total: ref.names.length, missing: ref.names.filter((n) => !have.has(n)),
      incidental: ref.incidental.filter((n) => !have.has(n)), incidentalTotal: ref.incidental.length });
  }
  return result;
}

const PYENV = { ...process.env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };

/** True when `PYENV_VERSION=3.12.1 python3` is CPython 3.12. */
export function cpythonAvailable(): boolean {
  try {
    const v = execFileSync('python3', ['-c', 'import sys; print(sys.version_info[:2])'], { env: PYENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return v.trim() === '(3, 12)';
  } catch {
    return false;
  }
}

/** Runs the script under CPython 3.12 (in an empty temporary folder, so nothing local shadows). */
export function runCPython(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'missing-names-'));
  try {
    const file = join(dir, 'probe.py');
    writeFileSync(file, script);
    return execFileSync('python3', [file], { env: PYENV, cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the script under Immortal in this process. */
export async function runImmortal(script: string): Promise<string> {
  const { runProgram } = await import('../src/vm/program.ts');
  const dir = mkdtempSync(join(tmpdir(), 'missing-names-'));
  try {
    const file = join(dir, 'probe.py');
    writeFileSync(file, script);
    const r = runProgram(file, { hashSeed: 0, cwd: dir });
    if (r.exitCode !== 0) throw new Error(`Immortal failed running the probe (exit ${r.exitCode}):\n${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Selects targets by label (all of them when labels is empty); unknown labels throw. */
export function selectTargets(labels: readonly string[]): Target[] {
  if (labels.length === 0) return [...TARGETS];
  return labels.map((l) => {
    const tg = TARGETS.find((x) => x.label === l);
    if (tg === undefined) throw new Error(`unknown target ${l}; known: ${TARGETS.map((x) => x.label).join(' ')}`);
    return tg;
  });
}

/** Plain-text report: one block per target with missing names (a module's incidental ones apart). */
export function formatText(rows: readonly Missing[]): string {
  const out: string[] = [];
  let miss = 0, total = 0, imiss = 0, itotal = 0;
  for (const r of rows) {
    miss += r.missing.length; total += r.total; imiss += r.incidental.length; itotal += r.incidentalTotal;
    let head = `${r.kind === 'type' ? 'type  ' : 'module'} ${r.label}: ${r.missing.length} missing / ${r.total}`;
    if (r.incidentalTotal > 0) head += ` (incidental: ${r.incidental.length} missing / ${r.incidentalTotal})`;
    out.push(r.failure !== undefined ? `${head}  (${r.failure})` : head);
    if (r.missing.length > 0 && r.failure === undefined) out.push('    ' + r.missing.join(' '));
    if (r.incidental.length > 0 && r.failure === undefined) out.push('    incidental: ' + r.incidental.join(' '));
  }
  out.push(`total: ${miss} missing / ${total} (incidental: ${imiss} missing / ${itotal})`);
  return out.join('\n') + '\n';
}

/** Hand-written explanations linked from a target's section. */
const NOTES: Record<string, string> = {
  os: 'Why each of these is absent: [os-absent-names.md](os-absent-names.md).',
};

/** docs/missing-names.md: a summary table, then the names per target. */
export function formatMarkdown(rows: readonly Missing[]): string {
  const out = [
    '# Names CPython 3.12 has that Immortal lacks',
    '',
    'Generated by `npx tsx tools/missing-names.ts --markdown` (do not edit): the script prints `dir()` of each',
    'builtin type (public names and dunders) and the API of each module under CPython 3.12 and under Immortal,',
    "and lists the difference. A module's API is its `__all__` when CPython's module defines one, else its",
    'public names that are neither modules nor imported from another module (judged by `__module__`). Its other',
    'public names (mostly its own imports) are counted apart as incidental. A module that Immortal cannot',
    'import counts as entirely missing.',
    '',
    '| target | kind | missing | of | incidental missing | of |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  let miss = 0, total = 0, imiss = 0, itotal = 0;
  for (const r of rows) {
    miss += r.missing.length; total += r.total; imiss += r.incidental.length; itotal += r.incidentalTotal;
    out.push(`| [${r.label}](#${anchor(r.label)}) | ${r.kind} | ${r.missing.length} | ${r.total} | ${r.incidental.length} | ${r.incidentalTotal} |`);
  }
  out.push(`| **total** | | **${miss}** | **${total}** | **${imiss}** | **${itotal}** |`, '');
  for (const r of rows) {
    out.push(`## ${r.label}`, '');
    if (r.failure !== undefined) out.push(`Not available: \`${r.failure.replace(/`/g, "'")}\`.`, '');
    else if (r.missing.length === 0) out.push('Nothing missing.', '');
    else out.push(r.missing.map((n) => `\`${n}\``).join(', '), '');
    const note = NOTES[r.label];
    if (note !== undefined && r.missing.length > 0) out.push(note, '');
    if (r.failure === undefined && r.incidental.length > 0) {
      out.push('Incidental: ' + r.incidental.map((n) => `\`${n}\``).join(', '), '');
    }
  }
  return out.join('\n');
}

function anchor(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const markdown = args.includes('--markdown');
  const labels = args.filter((a) => a !== '--markdown');
  if (!cpythonAvailable()) {
    process.stderr.write('missing-names: CPython 3.12 not found (PYENV_VERSION=3.12.1 python3)\n');
    process.exit(2);
  }
  const targets = selectTargets(labels);
  const script = buildScript(targets);
  const rows = computeMissing(targets, parseOutput(runCPython(script)), parseOutput(await runImmortal(script)));
  process.stdout.write(formatText(rows));
  if (markdown) {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const file = join(root, 'docs', 'missing-names.md');
    writeFileSync(file, formatMarkdown(rows));
    process.stderr.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`missing-names: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
