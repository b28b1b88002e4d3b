// Where the interpreter's standard streams go: a JS sink per stream, set by the embedder (the CLI
// writes to file descriptors, runProgram captures into strings). sys.stdout/sys.stderr write here.
// Mirrors the role of the C stdio FILE objects under CPython's io stack. Invariant: writes are
// synchronous, so output order matches execution order.

import { writeSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';

export interface StdIO {
  /** Writes text to stdout; returns 0, or an errno (EPIPE = 32: the reader went away). */
  writeOut(s: string): number;
  writeErr(s: string): number;
  /** Writes raw bytes to fd 1 or 2 (sys.stdout.buffer); returns 0 or an errno. */
  writeBytes(fd: number, b: Uint8Array): number;
  /** Reads one line (with its newline), or null at end of input. */
  readLine(): string | null;
  /** Whether fd 0, 1 or 2 is a terminal (sys.stdout.isatty()). */
  isatty(fd: number): boolean;
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
    writeOut: (s) => writeAll(1, Buffer.from(s, 'utf8')),
    writeErr: (s) => writeAll(2, Buffer.from(s, 'utf8')),
    writeBytes: (fd, b) => writeAll(fd, b),
    readLine: fdReader(0),
    isatty: (fd) => isatty(fd),
  };
}

/** errno values writeAll reports (Linux numbering, as the os/errno modules use). */
const WRITE_ERRNO: Record<string, number> = { EPIPE: 32, EBADF: 9, EIO: 5, ENOSPC: 28, EINVAL: 22 };

/**
 * Writes all of `b` to `fd`; 0 on success, else the errno. Once the reader of a pipe went away
 * (`immortal x.py | head -1`) every write reports EPIPE, which sys.stdout turns into BrokenPipeError
 * as CPython does (node ignores SIGPIPE, so the write fails instead of killing the process).
 */
function writeAll(fd: number, b: Uint8Array): number {
  let off = 0;
  while (off < b.length) {
    try { off += writeSync(fd, b, off, b.length - off); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'EAGAIN') continue;
      const errno = WRITE_ERRNO[code];
      if (errno !== undefined) return errno;
      throw e;
    }
  }
  return 0;
}

/** Collects output in strings; input comes from a fixed text. */
export class CapturedIO implements StdIO {
  out = '';
  err = '';
  private lines: string[];
  constructor(stdin = '') {
    this.lines = stdin === '' ? [] : stdin.split(/(?<=\n)/);
  }
  writeOut(s: string): number { this.out += s; return 0; }
  writeErr(s: string): number { this.err += s; return 0; }
  /** Bytes are decoded as UTF-8 streams (a character split over two writes stays whole). */
  writeBytes(fd: number, b: Uint8Array): number {
    const dec = fd === 2 ? this.errDecoder : this.outDecoder;
    const s = dec.decode(b, { stream: true });
    if (fd === 2) this.err += s; else this.out += s;
    return 0;
  }
  private outDecoder = new TextDecoder('utf-8');
  private errDecoder = new TextDecoder('utf-8');
  readLine(): string | null { return this.lines.shift() ?? null; }
  isatty(_fd: number): boolean { return false; }
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

/**
 * A path as the OS would see it from the interpreter's working directory: a relative path is put
 * after vmCwd without any lexical clean-up, so the kernel walks every component as it would for
 * CPython ('missing/..' is ENOENT, a symlink followed by '..' goes to the link target's parent). The
 * empty path stays empty (ENOENT).
 */
export function ioResolvePath(p: string): string {
  if (p === '' || p.startsWith('/')) return p;
  return vmCwd.endsWith('/') ? vmCwd + p : `${vmCwd}/${p}`;
}
