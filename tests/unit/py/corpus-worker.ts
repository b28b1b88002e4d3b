// Worker thread for tests/unit/py/corpus.test.ts: loads src/vm/program.ts and runs one program per
// message, so that the test thread can stop a program that hangs (worker.terminate()) and go on with
// the rest. Messages: in {id, path, options}; out {kind: 'ready'} | {kind: 'boot-error', message} |
// {kind: 'result', id, result, ms} | {kind: 'crash', id, message} (runProgram threw: a runtime bug).
import { parentPort, workerData } from 'node:worker_threads';
import type { ProgramOptions, RunProgram } from './corpus-lib.ts';

interface Request { id: number; path: string; options: ProgramOptions }

const port = parentPort!;
const programUrl = (workerData as { programUrl: string }).programUrl;
let runProgram: RunProgram | null = null;
try {
  const mod = (await import(programUrl)) as { runProgram?: unknown };
  if (typeof mod.runProgram !== 'function') throw new Error('src/vm/program.ts does not export runProgram');
  runProgram = mod.runProgram as RunProgram;
  port.postMessage({ kind: 'ready' });
} catch (e) {
  port.postMessage({ kind: 'boot-error', message: e instanceof Error ? e.stack ?? e.message : String(e) });
}

port.on('message', (req: Request) => {
  const start = performance.now();
  try {
    const result = runProgram!(req.path, req.options);
    port.postMessage({ kind: 'result', id: req.id, result, ms: performance.now() - start });
  } catch (e) {
    port.postMessage({ kind: 'crash', id: req.id, message: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
