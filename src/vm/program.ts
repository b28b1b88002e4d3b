// The test-suite and CLI entry for whole programs: installs the compiler into the import system and
// runs a file in a fresh runtime with captured output (runProgram), reporting leaked blocks.
// Mirrors Modules/main.c's pymain_run_file. Invariant: the runtime is shut down before returning.

import { resolve } from 'node:path';
import { compileSource, compileFile } from './compile.ts';
import { compileHook } from './import.ts';
import { stdio, stdioSet, CapturedIO } from './io.ts';
import { runSourceProgram, type ProgramOptions, type ProgramResult } from './session.ts';

compileHook.compile = compileSource;
compileHook.compileFile = compileFile;

export { programPath0, runSourceProgram, Session } from './session.ts';
export type { ProgramOptions, ProgramResult, ProgramSource } from './session.ts';

/** Runs a program in this thread with captured output (the test-suite entry point). */
export function runProgram(path: string, options: ProgramOptions = {}): ProgramResult {
  const io = new CapturedIO(options.stdin ?? '');
  const prevIO = stdio;
  stdioSet(io);
  try {
    const file = options.cwd !== undefined ? resolve(options.cwd, path) : path;
    const r = runSourceProgram({ kind: 'file', path: file }, options, [path, ...(options.argv ?? [])], io);
    return { stdout: io.out, stderr: io.err, exitCode: r.exitCode, leakedBlocks: r.leakedBlocks };
  } finally {
    stdioSet(prevIO);
  }
}

