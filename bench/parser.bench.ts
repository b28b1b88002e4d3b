// Parser benchmark: tokenize + parse every .py file of the local CPython 3.12 standard library with
// our parser, and time CPython's own ast.parse over the same files in the same run (one python
// process, tools/parser-cpython.py time). Reports best-of-N wall times and the ratio, and writes the
// "Parser" section of bench/RESULTS.md. Run: npx tsx bench/parser.bench.ts [--no-write]

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseModule, PySyntaxError } from '../src/parser/index.ts';
import { CPYTHON_HELPER, cpythonStdlib, listPyFiles } from '../tools/parser-parity.ts';

const REPEAT = 3;

function main(): void {
  const stdlib = cpythonStdlib();
  if (stdlib === null) {
    console.log('CPython 3.12 not found (PYENV_VERSION=3.12.1 python3): parser benchmark skipped');
    return;
  }
  const files = listPyFiles(stdlib);
  const datas = files.map((f) => readFileSync(f));
  const bytes = datas.reduce((n, d) => n + d.length, 0);

  const runOurs = (): { ms: number; errors: number } => {
    let errors = 0;
    const t0 = performance.now();
    for (let i = 0; i < datas.length; i++) {
      try {
        parseModule(datas[i]!, files[i]!);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        errors++;
      }
    }
    return { ms: performance.now() - t0, errors };
  };
  runOurs(); // warm-up (JIT)
  let best = Infinity;
  let errors = 0;
  for (let r = 0; r < REPEAT; r++) {
    const res = runOurs();
    best = Math.min(best, res.ms);
    errors = res.errors;
  }

  const py = spawnSync('python3', [CPYTHON_HELPER, 'time', String(REPEAT)], {
    env: { ...process.env, PYENV_VERSION: '3.12.1' }, input: files.join('\n') + '\n', encoding: 'utf8',
  });
  if (py.status !== 0) {
    console.log(`CPython timing failed: ${py.stderr}`);
    process.exitCode = 1;
    return;
  }
  const cpyMs = Number(py.stdout.trim()) * 1000;
  const ratio = best / cpyMs;
  const mb = bytes / 1e6;
  const lines = [
    `files: ${files.length} (${mb.toFixed(1)} MB), ${errors} of them rejected with a SyntaxError (as CPython does)`,
    `ours (tokenize+parse, best of ${REPEAT} after warm-up): ${best.toFixed(0)} ms (${(mb / (best / 1000)).toFixed(1)} MB/s)`,
    `CPython 3.12 ast.parse (best of ${REPEAT}): ${cpyMs.toFixed(0)} ms (${(mb / (cpyMs / 1000)).toFixed(1)} MB/s)`,
    `ratio ours/CPython: ${ratio.toFixed(2)} (${ratio <= 1 ? 'faster than or equal to' : 'slower than'} CPython)`,
  ];
  for (const l of lines) console.log(l);
  if (!process.argv.includes('--no-write')) writeResults(lines);
}

/** Replaces (or adds) the "## Parser" section of bench/RESULTS.md, leaving other sections alone. */
function writeResults(lines: string[]): void {
  const path = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const section = [
    '## Parser',
    '',
    `\`npx tsx bench/parser.bench.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} (${cpus().length} cores).`,
    'Tokenize + parse of every `.py` file of the local CPython 3.12 standard library, compared in the same run',
    'with CPython 3.12.1 `ast.parse` (which includes building the Python AST objects) over the same bytes.',
    '',
    '```',
    ...lines,
    '```',
    '',
    '',
  ].join('\n');
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n';
  const start = text.indexOf('## Parser\n');
  if (start === -1) {
    text = text.replace(/\n*$/, '\n\n') + section;
  } else {
    const next = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + section + (next === -1 ? '' : text.slice(next + 1));
  }
  writeFileSync(path, text);
}

main();
