// Helpers for type.test.ts: run a Python snippet in a fresh Immortal runtime with captured output.
import { runSourceProgram } from '../../../src/vm/program.ts';
import { stdio, stdioSet, CapturedIO } from '../../../src/vm/io.ts';
import { ts } from '../../../src/vm/state.ts';
import { F_GLOBALS } from '../../../src/vm/frame.ts';
import { i32 } from '../../../src/heap/views.ts';
import { NULL, type Borrowed } from '../../../src/heap/ref.ts';
import { typeSetModuleNameHook } from '../../../src/objects/type.ts';
import { dictGetItemBorrow, isDict } from '../../../src/objects/dict.ts';
import { strInternImmortal } from '../../../src/objects/str.ts';
import { loadGolden } from '../support/golden.ts';

export interface ClassCase { name: string; source: string; stdout: string; stderr_last: string; exit: number }

export const classCases: ClassCase[] = loadGolden<{ cases: ClassCase[] }>('classes.json').cases;

// type(name, bases, dict) takes __module__ from the calling frame's globals. TODO(issue #4): the eval
// loop installs this hook itself; until then the test does.
typeSetModuleNameHook(() => {
  if (ts.frame === 0) return NULL;
  const g = i32[(ts.frame >> 2) + F_GLOBALS] as Borrowed;
  return g !== 0 && isDict(g) ? dictGetItemBorrow(g, strInternImmortal('__name__')) : NULL;
});

/** Runs `code` as __main__ (python -c); returns what it printed. */
export function runSnippet(code: string, immortal = true): { stdout: string; stderr: string; exitCode: number; leakedBlocks: number } {
  const io = new CapturedIO('');
  const prev = stdio;
  stdioSet(io);
  try {
    const r = runSourceProgram({ kind: 'command', code }, { hashSeed: 0, immortal }, ['-c'], io);
    return { stdout: io.out, stderr: io.err, exitCode: r.exitCode, leakedBlocks: r.leakedBlocks };
  } finally {
    stdioSet(prev);
  }
}
