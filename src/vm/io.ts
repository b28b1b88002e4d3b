// Where the interpreter's standard streams go: a JS sink per stream, set by the embedder (the CLI
// writes to file descriptors, runProgram captures into strings). sys.stdout/sys.stderr write here.
// Mirrors the role of the C stdio FILE objects under CPython's io stack. Invariant: writes are
// synchronous, so output order matches execution order.

import { writeSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

export interface StdIO {
  writeOut(s: string): void;
  writeErr(s: string): void;
  /** Reads one line (with its newline), or null at end of input. */
  readLine(): string | null;
}

function fdReader(fd: number): () => string | null {
  let buf = '';
  let eof = false;
  const chunk = Buffer.alloc(4096);
  return () => {
    for (;;) {
      const nl = buf.indexOf('\n');
      if (nl >= 0) { const line = buf.slice(0, nl + 1); buf = buf.slice(nl + 1); return line; }
      if (eof) { if (buf === '') return null; const line = buf; buf = ''; return line; }
      let n = 0;
      try { n = readSync(fd, chunk, 0, chunk.length, null); } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        n = 0;
      }
      if (n === 0) eof = true; else buf += chunk.toString('utf8', 0, n);
    }
  };
}

/** Writes to the process's file descriptors 1 and 2, reads fd 0. */
export function fdStdIO(): StdIO {
  return {
    writeOut: (s) => { writeAll(1, s); },
    writeErr: (s) => { writeAll(2, s); },
    readLine: fdReader(0),
  };
}

function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < b.length) {
    try { off += writeSync(fd, b, off, b.length - off); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      // The reader went away (`immortal x.py | head -1`): drop the output rather than crash.
      // TODO: raise BrokenPipeError in the writing Python code, as CPython does.
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Collects output in strings; input comes from a fixed text. */
export class CapturedIO implements StdIO {
  out = '';
  err = '';
  private lines: string[];
  constructor(stdin = '') {
    this.lines = stdin === '' ? [] : stdin.split(/(?<=\n)/);
  }
  writeOut(s: string): void { this.out += s; }
  writeErr(s: string): void { this.err += s; }
  readLine(): string | null { return this.lines.shift() ?? null; }
}

export let stdio: StdIO = new CapturedIO();

export function stdioSet(io: StdIO): void {
  stdio = io;
}

/**
 * The interpreter's current working directory. Programs may run in a worker thread (where
 * process.chdir is unavailable) or in-process beside others, so the VM keeps its own: relative paths
 * given to open() and the os functions resolve against it.
 */
export let vmCwd: string = process.cwd();

export function ioSetCwd(dir: string): void {
  vmCwd = resolve(dir);
}

/** A path as the OS would see it from the interpreter's working directory. */
export function ioResolvePath(p: string): string {
  return resolve(vmCwd, p);
}
