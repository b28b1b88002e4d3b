// Runs every tests/py program through src/vm/program.ts and compares it with what CPython 3.12 printed
// (recorded by tools/gen-exp.py): stdout byte for byte, stderr with paths made relative, the exit
// status, and no mortal heap block left after shutdown (the cycle collector frees cycles); then
// again under immortal=0, where only refcounts of immortal objects may differ. tests/py/README.md has
// the rules. Until src/vm/program.ts exists the program tests are skipped; the corpus checks always run.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  EXPECTED_FAILURES_FILE, IMMORTAL_COUNT, compareRun, corpusFiles, firstDifference,
  immortal0LineMatches, isProgram, loadCorpus, loadExpectedFailures, normalizePaths, orphanOutputs,
  parseExpectedFailures, parseMetadata, parseStderrFile, programOptions,
  type Program, type ProgramOptions, type ProgramResult, type RunProgram,
} from './corpus-lib.ts';

/** IMMORTAL_CORPUS_PROGRAM names another module with the same runProgram export (to test this runner). */
const PROGRAM_URL = process.env.IMMORTAL_CORPUS_PROGRAM
  ? pathToFileURL(resolve(process.env.IMMORTAL_CORPUS_PROGRAM))
  : new URL('../../../src/vm/program.ts', import.meta.url);
const WORKER_URL = new URL('./corpus-worker.ts', import.meta.url);
/** A program still running after this long is stopped and fails (a hang). */
const TIMEOUT_MS = Number(process.env.IMMORTAL_CORPUS_TIMEOUT_MS ?? 10000);
/** Only programs whose tests/py-relative path contains this text run (for working on one feature). */
const FILTER = process.env.IMMORTAL_CORPUS_FILTER ?? '';
/** Set to 1 to run programs on the test thread itself (no hang protection; easier to debug). */
const IN_PROCESS = process.env.IMMORTAL_CORPUS_INPROCESS === '1';
/**
 * Cycle-collector stress (-X gc_stress: a collection at every eval check after a container
 * allocation), in immortal mode: IMMORTAL_GC_STRESS=1 runs every selected program under it too, 0 none,
 * `only` every selected program under it alone (no plain runs); by default a sample does (every gc/
 * program and every 15th other one), so the suite stays fast.
 */
const GC_STRESS = process.env.IMMORTAL_GC_STRESS ?? 'sample';
const STRESS_TIMEOUT_MS = Number(process.env.IMMORTAL_CORPUS_STRESS_TIMEOUT_MS ?? TIMEOUT_MS * 10);
/** Set to 1 to rewrite tests/py/expected-failures.txt from this run (the selected programs only). */
const UPDATE_FAILURES = process.env.IMMORTAL_CORPUS_UPDATE_EXPECTED_FAILURES === '1';

const corpus = loadCorpus();
const expectedFailures = loadExpectedFailures();

describe('tests/py corpus', () => {
  test('holds at least 150 programs in the known groups', () => {
    assert.ok(corpus.length >= 150, `only ${corpus.length} programs`);
    const groups = new Set(corpus.map((p) => p.group));
    for (const g of groups) assert.ok(['compiler', 'errors', 'gc', 'objects', 'programs', 'stdlib', 'vm'].includes(g), `unknown group ${g}`);
  });

  test('every program has well-formed metadata and recorded output that agrees with it', () => {
    const problems = corpus.flatMap((p) => p.problems.map((msg) => `${p.rel}: ${msg}`));
    assert.deepEqual(problems, []);
  });

  test('no recorded output without its program', () => {
    assert.deepEqual(orphanOutputs(corpusFiles()), []);
  });

  test('expected-failures.txt names existing programs, once each', () => {
    const known = new Set(corpus.map((p) => p.rel));
    assert.deepEqual(expectedFailures.filter((rel) => !known.has(rel)), [], `unknown entries in ${EXPECTED_FAILURES_FILE}`);
    assert.equal(new Set(expectedFailures).size, expectedFailures.length, 'duplicate entries');
  });

  test('metadata lines parse as documented', () => {
    assert.deepEqual(parseMetadata('# immortal-test: exit=1 cycles\n# immortal-test: heap=8M\nx = 1\n# immortal-test: exit=9\n'),
      { exit: 1, args: [], heap: 8 * 1024 * 1024, stdin: null, cycles: true, immortal0Differs: false, noGcStress: false });
    assert.deepEqual(parseMetadata('# a comment\n# immortal-test: immortal0-differs args=a  b --c\n'),
      { exit: 0, args: ['a', 'b', '--c'], heap: null, stdin: null, cycles: false, immortal0Differs: true, noGcStress: false });
    assert.equal(parseMetadata('# immortal-test: heap=64K stdin=1\\n2\\t\\\\\n').stdin, '1\n2\t\\');
    assert.equal(parseMetadata('# immortal-test: heap=64K\n').heap, 65536);
    for (const bad of ['# immortal-test: exit=x', '# immortal-test: exit=256', '# immortal-test: color=red',
      '# immortal-test: cycles=1', '# immortal-test: heap=8G', '# immortal-test: stdin=\\q', '# immortal-test: args']) {
      assert.throws(() => parseMetadata(bad), Error, bad);
    }
  });

  test('support files: programs, .exp-stderr headers, expected-failures lines', () => {
    assert.ok(isProgram('vm/calls.py'));
    assert.ok(!isProgram('vm/_helper.py'));
    assert.ok(!isProgram('vm/imports_pkg/__init__.py'));
    assert.ok(!isProgram('vm/calls.exp'));
    assert.deepEqual(parseStderrFile('# exit=130\nTraceback\n'), { exitCode: 130, stderr: 'Traceback\n' });
    assert.throws(() => parseStderrFile('Traceback\n'));
    assert.deepEqual(parseExpectedFailures('# header\n\nvm/a.py  # needs send()\n  errors/b.py\n'), ['vm/a.py', 'errors/b.py']);
  });

  test('comparison rules: paths in stderr, immortal refcounts under immortal=0', () => {
    assert.equal(normalizePaths('  File "/x/tests/py/vm/a.py", line 1\n  File "/x/tests/py/vm/pkg/m.py"', '/x/tests/py/vm'),
      '  File "a.py", line 1\n  File "pkg/m.py"');
    assert.ok(immortal0LineMatches(`None ${IMMORTAL_COUNT}`, 'None 12'));
    assert.ok(immortal0LineMatches(`[${IMMORTAL_COUNT}, ${IMMORTAL_COUNT}]`, '[3, 4]'));
    assert.ok(!immortal0LineMatches(`None ${IMMORTAL_COUNT}`, 'Nona 12'));
    assert.ok(!immortal0LineMatches(`None ${IMMORTAL_COUNT}`, 'None -1'));
    assert.ok(!immortal0LineMatches('257 is mortal: 1', '257 is mortal: 2'));
    assert.equal(firstDifference('stdout', 'a\nb\n', 'a\nb\n'), undefined);
    assert.match(firstDifference('stdout', 'a\nb\n', 'a\nc\n')!, /line 2/);
    assert.match(firstDifference('stdout', 'a\n', 'a\n\n')!, /line 3 \(expected 2 lines, got 3\)/);
    const program = corpus.find((p) => p.meta.immortal0Differs && p.expected !== null)!;
    const expected = program.expected!;
    const base = { stdout: expected.stdout, stderr: expected.stderr, exitCode: expected.exitCode, leakedBlocks: 0 };
    assert.deepEqual(compareRun(program, base, true), []);
    const counted = { ...base, stdout: expected.stdout.split(IMMORTAL_COUNT).join('7') };
    assert.deepEqual(compareRun(program, counted, false), []);
    assert.equal(compareRun(program, counted, true).length, 1);
    assert.equal(compareRun(program, { ...base, leakedBlocks: 3 }, true).length, 1);
    assert.equal(compareRun(program, { ...base, exitCode: 9 }, false).length, 1);
  });
});

// --------------------------------------------------------------------------------------- the runs

type Outcome =
  | { kind: 'result'; result: ProgramResult; ms: number }
  | { kind: 'crash'; message: string }
  | { kind: 'timeout' };

interface Runner {
  run(path: string, options: ProgramOptions, timeoutMs?: number): Promise<Outcome>;
  close(): Promise<void>;
}

function inProcessRunner(runProgram: RunProgram): Runner {
  return {
    async run(path, options) {
      const start = performance.now();
      try {
        return { kind: 'result', result: runProgram(path, options), ms: performance.now() - start };
      } catch (e) {
        return { kind: 'crash', message: e instanceof Error ? e.stack ?? e.message : String(e) };
      }
    },
    async close() {},
  };
}

/** Runs programs in a worker thread (tsx registered there, since --import hooks do not reach workers);
 *  a program that runs past TIMEOUT_MS is stopped by terminating the worker, and the next run starts a
 *  fresh one. */
function workerRunner(): Runner {
  let worker: Worker | null = null;
  let ready: Promise<void> | null = null;
  let nextId = 0;

  function start(): Promise<void> {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); ` +
      `return import(${JSON.stringify(WORKER_URL.href)}); }).catch((e) => { ` +
      `require('node:worker_threads').parentPort.postMessage({ kind: 'boot-error', message: String(e && e.stack || e) }); });`;
    const w = new Worker(boot, { eval: true, workerData: { programUrl: PROGRAM_URL.href } });
    worker = w;
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { kind: string; message?: string }) => {
        w.off('error', onError);
        w.off('message', onMessage);
        if (msg.kind === 'ready') resolve();
        else reject(new Error(`the worker could not load src/vm/program.ts:\n${msg.message}`));
      };
      const onError = (e: Error) => { w.off('message', onMessage); reject(e); };
      w.on('message', onMessage);
      w.once('error', onError);
    });
  }

  return {
    async run(path, options, timeoutMs = TIMEOUT_MS) {
      if (worker === null || ready === null) ready = start();
      await ready;
      const w = worker!;
      const id = nextId++;
      return new Promise<Outcome>((resolve) => {
        const cleanup = () => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
        };
        const timer = setTimeout(() => {
          cleanup();
          worker = null;
          ready = null;
          void w.terminate();
          resolve({ kind: 'timeout' });
        }, timeoutMs);
        const onMessage = (msg: { kind: string; id: number; result?: ProgramResult; ms?: number; message?: string }) => {
          if (msg.id !== id) return;
          cleanup();
          resolve(msg.kind === 'result' ? { kind: 'result', result: msg.result!, ms: msg.ms! }
            : { kind: 'crash', message: msg.message ?? 'unknown error' });
        };
        const onError = (e: Error) => {
          cleanup();
          worker = null;
          ready = null;
          resolve({ kind: 'crash', message: `the worker died: ${e.stack ?? e.message}` });
        };
        w.on('message', onMessage);
        w.once('error', onError);
        w.postMessage({ id, path, options });
      });
    },
    async close() {
      if (worker !== null) await worker.terminate();
      worker = null;
    },
  };
}

/** Keeps the comment header and the entries of programs that did not run; lists the programs of this
 *  run that failed, each with its first problem as a comment. */
function writeExpectedFailures(failing: Map<string, string>, ran: Set<string>): void {
  const old = existsSync(EXPECTED_FAILURES_FILE) ? readFileSync(EXPECTED_FAILURES_FILE, 'utf8').split('\n') : [];
  const header: string[] = [];
  for (const line of old) {
    if (!line.startsWith('#')) break;
    header.push(line);
  }
  const kept = parseExpectedFailures(old.join('\n')).filter((rel) => !ran.has(rel));
  const entries = [...kept.map((rel) => old.find((l) => l.trim().startsWith(rel))!.trim()),
    ...[...failing].map(([rel, why]) => `${rel}  # ${why.replace(/\s+/g, ' ').slice(0, 110)}`)];
  entries.sort();
  writeFileSync(EXPECTED_FAILURES_FILE, [...header, ...entries].join('\n') + '\n');
}

/** Loads src/vm/program.ts: null while it does not exist yet; throws when it exists but is broken. */
async function loadRunProgram(): Promise<RunProgram | null> {
  try {
    const mod = (await import(PROGRAM_URL.href)) as { runProgram?: unknown };
    if (typeof mod.runProgram !== 'function') throw new Error('src/vm/program.ts does not export runProgram');
    return mod.runProgram as RunProgram;
  } catch (e) {
    if (!existsSync(fileURLToPath(PROGRAM_URL))) return null;
    throw e;
  }
}

let runProgram: RunProgram | null = null;
let loadError: unknown = null;
try {
  runProgram = await loadRunProgram();
} catch (e) {
  loadError = e;
}

const selected = corpus.filter((p) => p.rel.includes(FILTER));
if (loadError !== null) {
  test('src/vm/program.ts loads', () => { throw loadError; });
} else if (runProgram === null) {
  test('tests/py programs', (t) => {
    t.skip(`src/vm/program.ts does not exist yet: ${selected.length} programs not run`);
  });
} else {
  const runner = IN_PROCESS ? inProcessRunner(runProgram) : workerRunner();
  const listed = new Set(expectedFailures);
  const timings: { rel: string; ms: number }[] = [];
  const failing = new Map<string, string>();
  after(async () => {
    await runner.close();
    if (UPDATE_FAILURES) writeExpectedFailures(failing, new Set(selected.map((p) => p.rel)));
  });

  const stressed = new Set(GC_STRESS === '1' || GC_STRESS === 'only' ? selected.map((p) => p.rel)
    : GC_STRESS === '0' ? [] : corpus.filter((p, i) => p.group === 'gc' || i % 15 === 0).map((p) => p.rel));

  async function check(program: Program): Promise<string[]> {
    if (program.expected === null || program.problems.length > 0) return program.problems;
    const problems: string[] = [];
    const modes: Array<'immortal' | 'immortal=0' | 'gc_stress'> = GC_STRESS === 'only' ? [] : ['immortal', 'immortal=0'];
    if (stressed.has(program.rel) && !program.meta.noGcStress) modes.push('gc_stress');
    for (const mode of modes) {
      const immortal = mode !== 'immortal=0';
      const options = programOptions(program, immortal);
      if (mode === 'gc_stress') options.gcStress = true;
      const timeout = mode === 'gc_stress' ? STRESS_TIMEOUT_MS : TIMEOUT_MS;
      const outcome = await runner.run(program.path, options, timeout);
      if (outcome.kind === 'timeout') {
        // A hang in one mode would very likely hang in the other: do not wait twice.
        problems.push(`[${mode}] still running after ${timeout} ms (stopped)`);
        break;
      } else if (outcome.kind === 'crash') problems.push(`[${mode}] runProgram threw (a runtime bug):\n${outcome.message}`);
      else {
        timings.push({ rel: `${program.rel} [${mode}]`, ms: outcome.ms });
        problems.push(...compareRun(program, outcome.result, immortal).map((m) => mode === 'gc_stress' ? `[gc_stress] ${m}` : m));
      }
    }
    return problems;
  }

  for (const group of [...new Set(selected.map((p) => p.group))]) {
    describe(group, () => {
      for (const program of selected.filter((p) => p.group === group)) {
        test(program.rel, async (t) => {
          const problems = await check(program);
          if (problems.length > 0) failing.set(program.rel, problems[0]!.split('\n')[0]!);
          if (listed.has(program.rel)) {
            if (problems.length === 0) {
              throw new Error(`unexpected pass: remove ${program.rel} from tests/py/expected-failures.txt`);
            }
            t.todo(`expected failure: ${problems[0]!.split('\n')[0]}`);
            return;
          }
          if (problems.length > 0) {
            assert.fail(`${program.rel} does not match CPython 3.12 (tests/py/${program.rel.slice(0, -3)}.exp):\n` +
              problems.join('\n'));
          }
        });
      }
    });
  }

  test('timings', (t) => {
    const total = timings.reduce((s, x) => s + x.ms, 0);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    t.diagnostic(`${timings.length} runs in ${(total / 1000).toFixed(2)} s; slowest: ` +
      slowest.map((x) => `${x.rel} ${x.ms.toFixed(0)} ms`).join(', '));
  });
}
