// The interpreter thread of the `immortal` command: runs one program (or the REPL's statements) with
// the process's file descriptors as stdio, while the main thread (src/cli/main.ts) stays free to
// catch SIGINT and set the shared interrupt flag that the eval loop polls (KeyboardInterrupt).
// Mirrors the part of Modules/main.c after argument parsing (pymain_run_python). Messages: in
// {kind: 'line', text} (REPL input, null at EOF) | {kind: 'reset'} (Ctrl-C at a prompt); out {kind: 'done', exitCode, report} |
// {kind: 'more'} / {kind: 'ready'} (REPL: wants a continuation line / a new statement).

import { parentPort, workerData } from 'node:worker_threads';
import { fdStdIO, stdioSet, stdio } from '../vm/io.ts';
import { vmSetInterruptFlag } from '../vm/state.ts';
import { programPath0, runSourceProgram, Session, type ProgramOptions, type ProgramSource } from '../vm/program.ts';
import { Repl } from './repl.ts';
import { statsReport, type CliReport } from './report.ts';
import { bundleCacheSave } from './bundlecache.ts';

export interface WorkerRequest {
  src: ProgramSource | null;
  options: ProgramOptions;
  argv: string[];
  /** Enter the REPL after running `src` (-i), or instead of it (src null). */
  interactive: boolean;
  flag: Int32Array;
  stats: boolean;
  showRefcount: boolean;
}

const port = parentPort!;
const req = workerData as WorkerRequest;
stdioSet(fdStdIO());
vmSetInterruptFlag(req.flag);

/** atEof: the REPL ended by reading end of input at a prompt (not by SystemExit). */
function finish(exitCode: number, leakedBlocks: number, atEof = false): void {
  const report: CliReport | null = req.stats || req.showRefcount ? statsReport(leakedBlocks) : null;
  // Before 'done': the main thread ends the process when it gets it.
  bundleCacheSave();
  port.postMessage({ kind: 'done', exitCode, report, atEof });
}

if (!req.interactive && req.src !== null) {
  const r = runSourceProgram(req.src, req.options, req.argv, stdio);
  finish(r.exitCode, r.leakedBlocks);
} else {
  const { src, path0 } = programPath0(req.src, process.cwd());
  const session = new Session(req.options, req.argv, path0);
  let exitCode = 0;
  if (src !== null) exitCode = session.runAny(src);
  const repl = new Repl(session);
  if (exitCode >= 0 && !session.exited) {
    port.postMessage({ kind: 'ready' });
    let over = false;
    port.on('message', (msg: { kind: string; text: string | null }) => {
      // Lines (and end of input) may still arrive after SystemExit ended the session.
      if (over) return;
      if (msg.kind === 'reset') { repl.reset(); port.postMessage({ kind: 'ready' }); return; }
      if (msg.kind !== 'line') return;
      const r = repl.feed(msg.text);
      if (r === 'more') port.postMessage({ kind: 'more' });
      else if (r === 'ready') port.postMessage({ kind: 'ready' });
      else {
        over = true;
        const leaked = session.shutdown();
        finish(r.exitCode, leaked, msg.text === null && !session.exited);
      }
    });
  } else {
    const leaked = session.shutdown();
    finish(exitCode, leaked);
  }
}
