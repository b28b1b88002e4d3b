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
  /** Reads one line (with its newline) of stdin decoded as UTF-8, or null at end of input. */
  readLine(): string | null;
  /**
   * Reads raw bytes of stdin (sys.stdin.buffer, os.read(0)): up to n (all when n < 0), or up to and
   * including the next newline when oneLine; empty at end of input. Shares readLine's buffer.
   */
  readBytes(n: number, oneLine: boolean): Uint8Array;
  /** Whether fd 0, 1 or 2 is a terminal (sys.stdout.isatty()). */
  isatty(fd: number): boolean;
}

/**
 * The bytes of an input stream, read in chunks by `fill` (null at end of input), kept until asked for:
 * lines split at b'\n' (which no other UTF-8 sequence contains) and decoded, or raw bytes.
 */
class ByteSource {
  private buf: Buffer = Buffer.alloc(0);
  private eof = false;
  constructor(private readonly fill: () => Uint8Array | null) {}

  /** Reads until `done(buf)` or end of input. */
  private until(done: (b: Buffer) => boolean): void {
    while (!this.eof && !done(this.buf)) {
      const c = this.fill();
      if (c === null) this.eof = true;
      else this.buf = this.buf.length === 0 ? Buffer.from(c) : Buffer.concat([this.buf, c]);
    }
  }

  private take(n: number): Buffer {
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  readLine(): string | null {
    this.until((b) => b.indexOf(10) >= 0);
    if (this.buf.length === 0) return null;
    const nl = this.buf.indexOf(10);
    return this.take(nl >= 0 ? nl + 1 : this.buf.length).toString('utf8');
  }

  readBytes(n: number, oneLine: boolean): Uint8Array {
    this.until((b) => (oneLine && b.indexOf(10) >= 0) || (n >= 0 && b.length >= n));
    let k = this.buf.length;
    if (oneLine) { const nl = this.buf.indexOf(10); if (nl >= 0) k = nl + 1; }
    if (n >= 0) k = Math.min(k, n);
    return Uint8Array.from(this.take(k));
  }
}

function fdSource(fd: number): ByteSource {
  const chunk = Buffer.alloc(65536);
  return new ByteSource(() => {
    for (;;) {
      let n = 0;
      try { n = readSync(fd, chunk, 0, chunk.length, null); } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        n = 0;
      }
      return n === 0 ? null : chunk.subarray(0, n);
    }
  });
}

/** Writes to the process's file descriptors 1 and 2, reads fd 0. */
export function fdStdIO(): StdIO {
  return {
    writeOut: (s) => writeAll(1, Buffer.from(s, 'utf8')),
    writeErr: (s) => writeAll(2, Buffer.from(s, 'utf8')),
    writeBytes: (fd, b) => writeAll(fd, b),
    ...stdinOf(fdSource(0)),
    isatty: (fd) => isatty(fd),
  };
}

function stdinOf(src: ByteSource): Pick<StdIO, 'readLine' | 'readBytes'> {
  return { readLine: () => src.readLine(), readBytes: (n, oneLine) => src.readBytes(n, oneLine) };
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
  private stdin: ByteSource;
  constructor(stdin: string | Uint8Array = '') {
    let data: Uint8Array | null = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
    this.stdin = new ByteSource(() => { const d = data; data = null; return d !== null && d.length > 0 ? d : null; });
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
  readLine(): string | null { return this.stdin.readLine(); }
  readBytes(n: number, oneLine: boolean): Uint8Array { return this.stdin.readBytes(n, oneLine); }
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
