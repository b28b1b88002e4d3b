// LZMA decompression for Immortal's _lzma module, written from the LZMA specification (Igor Pavlov's
// lzma-specification.txt) and the .xz file format (tukaani.org xz-file-format-1.1.0): the LZMA range
// decoder with its literal, match and rep coding, LZMA2 chunks, the .xz container (stream header and
// footer, block headers, block padding and checks CRC32/CRC64/SHA-256, the index), the legacy .lzma
// ("alone") header, raw streams, and the delta filter. The branch/call/jump (BCJ) filters and all
// compression are not here. Errors follow liblzma's kinds (format, options, data, prog), which
// CPython turns into its messages. Knows nothing about Python.
//
// Invariants: a decoder takes input in any pieces; headers, block headers, the index and LZMA2
// chunks are read once whole (they are small, a chunk at most 64 KiB packed), a raw or .lzma LZMA1
// stream symbol by symbol: near the end of the input a symbol is decoded with its probability
// changes journaled, and undone when the input runs out in its middle. Output goes to a queue that
// the caller drains with a limit; the decoder never reads on while undelivered output is queued,
// except for parts that produce no output (end markers, padding, checks, index, footer), as liblzma.

import { crc32 } from './deflate.ts';
import { digestNew, type Hasher } from './digests.ts';

/** liblzma's error kinds. */
export type LzmaErrorKind = 'format' | 'options' | 'data' | 'prog' | 'memlimit';

/** An error in the data (or a use liblzma refuses), reported with liblzma's kind. */
export class LzmaFail extends Error {
  constructor(readonly kind: LzmaErrorKind) { super(kind); }
}

/** A feature this decoder lacks (BCJ filters): the module raises NotImplementedError. */
export class LzmaUnsupported extends Error {}

export const FILTER_LZMA1 = -1;       // 0x4000000000000001 in liblzma; kept small here
export const FILTER_LZMA2 = 0x21;
export const FILTER_DELTA = 0x03;
export const BCJ_FILTERS: ReadonlyMap<number, string> = new Map([
  [0x04, 'x86'], [0x05, 'PowerPC'], [0x06, 'IA-64'], [0x07, 'ARM'], [0x08, 'ARM-Thumb'], [0x09, 'SPARC'],
]);

/** One filter of a chain, with the options decoding needs. */
export interface FilterSpec {
  id: number;
  dictSize?: number;
  lc?: number;
  lp?: number;
  pb?: number;
  dist?: number;
  startOffset?: number;
}

// ---------------------------------------------------------------- checks

let crc64Lo: Int32Array | null = null, crc64Hi: Int32Array | null = null;

/** CRC-64 (ECMA-182, reflected, as .xz uses it) of data[start:end], continuing from [lo, hi]. */
export function crc64(data: Uint8Array, start: number, end: number, lo: number, hi: number): [number, number] {
  if (crc64Lo === null) {
    crc64Lo = new Int32Array(256); crc64Hi = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let l = n, h = 0;
      for (let k = 0; k < 8; k++) {
        const odd = l & 1;
        l = (l >>> 1) | (h << 31); h = h >>> 1;
        if (odd) { l ^= 0xd7870f42; h ^= 0xc96c5795; }
      }
      crc64Lo[n] = l; crc64Hi![n] = h;
    }
  }
  const tl = crc64Lo, th = crc64Hi!;
  let l = ~lo, h = ~hi;
  for (let i = start; i < end; i++) {
    const t = (l ^ data[i]) & 0xff;
    l = ((l >>> 8) | (h << 24)) ^ tl[t];
    h = (h >>> 8) ^ th[t];
  }
  return [~l >>> 0, ~h >>> 0];
}

/** The integrity check of a .xz stream, fed with the uncompressed data of one block. */
class Check {
  private c32 = 0;
  private c64: [number, number] = [0, 0];
  private sha: Hasher | null;

  constructor(readonly id: number) {
    this.sha = id === 10 ? digestNew('sha256') : null;
  }

  static size(id: number): number {
    return id === 0 ? 0 : 4 << Math.trunc((id - 1) / 3);
  }

  update(d: Uint8Array): void {
    if (this.id === 1) this.c32 = crc32(d, 0, d.length, this.c32);
    else if (this.id === 4) this.c64 = crc64(d, 0, d.length, this.c64[0], this.c64[1]);
    else if (this.sha !== null) this.sha.update(d, 0, d.length);
  }

  /** Whether the stored check bytes match (checks liblzma does not know are not verified). */
  matches(stored: Uint8Array): boolean {
    let want: Uint8Array;
    if (this.id === 1) want = le(this.c32, 4);
    else if (this.id === 4) want = new Uint8Array([...le(this.c64[0], 4), ...le(this.c64[1], 4)]);
    else if (this.sha !== null) want = this.sha.digest();
    else return true;
    return want.every((b, i) => b === stored[i]);
  }
}

function le(v: number, n: number): Uint8Array {
  const r = new Uint8Array(n);
  for (let i = 0; i < n; i++) { r[i] = v & 0xff; v = Math.floor(v / 256); }
  return r;
}

function readLE32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** LZMA2's one-byte dictionary size. */
export function lzma2DictSize(b: number): number {
  if (b > 40) throw new LzmaFail('options');
  return b === 40 ? 0xffffffff : (2 | (b & 1)) * 2 ** (Math.trunc(b / 2) + 11);
}

/** The lc/lp/pb byte of LZMA1 and LZMA2 (false when invalid: over 224 or lc + lp > 4). */
export function decodeLcLpPb(b: number, spec: FilterSpec): boolean {
  if (b > (4 * 5 + 4) * 9 + 8) return false;
  spec.pb = Math.trunc(b / 45);
  b -= spec.pb * 45;
  spec.lp = Math.trunc(b / 9);
  spec.lc = b - spec.lp * 9;
  return spec.lc + spec.lp <= 4;
}

// ---------------------------------------------------------------- the LZMA decoder

// probability models, all in one array
const IS_MATCH = 0;            // [state << 4 | posState]
const IS_REP = 192;
const IS_REP_G0 = 204;
const IS_REP_G1 = 216;
const IS_REP_G2 = 228;
const IS_REP0_LONG = 240;      // [state << 4 | posState]
const POS_SLOT = 432;          // [lenState][64]
const SPEC_POS = 688;          // 115, reverse bit trees for distances of slots 4-13
const ALIGN = 803;             // 16
const LEN = 819;               // choice, choice2, low[16][8], mid[16][8], high[256]
const REP_LEN = LEN + 514;
const LITERAL = REP_LEN + 514; // [0x300 per literal state]
const TOP = 0x1000000;
const EOPM = 0xffffffff;

/** What LzmaDecoder.decode stopped on: the limit, the end of input, the end marker, the pause size. */
const enum Stop { LIMIT, INPUT, EOPM, PAUSE }

/**
 * The LZMA decoder proper: probability models, state, reps and the sliding window (which only grows
 * to the dictionary size as it fills). `decode` runs the range decoder over input[pos:end] and
 * writes to the window; `sink` receives each stretch of new output before the window wraps over it.
 */
class LzmaDecoder {
  private probs: Uint16Array = new Uint16Array(0);
  private lc = 0; private lp = 0; private pb = 0;
  private state = 0;
  private rep0 = 0; private rep1 = 0; private rep2 = 0; private rep3 = 0;
  range = 0;
  code = 0;
  // window
  private win: Uint8Array;
  private winPos = 0;
  private flushed = 0;
  private readonly maxCap: number;
  /** Bytes written since the last dictionary reset (their low bits give posState and the literal state). */
  private total = 0;
  // input
  private inBuf: Uint8Array = new Uint8Array(0);
  inPos = 0;
  private inEnd = 0;
  // journaled mode near the end of the input
  private careful = false;
  private starved = false;
  /** Bytes the last decode call wrote. */
  produced = 0;
  private journal: number[] = [];

  constructor(dictSize: number, private readonly sink: (piece: Uint8Array) => void) {
    this.maxCap = Math.max(4096, Math.ceil(Math.min(dictSize, 0xfffffff0) / 16) * 16);
    this.win = new Uint8Array(Math.min(this.maxCap, 1 << 16));
  }

  setProps(lc: number, lp: number, pb: number): void {
    this.lc = lc; this.lp = lp; this.pb = pb;
    const need = LITERAL + (0x300 << (lc + lp));
    if (this.probs.length !== need) this.probs = new Uint16Array(need);
  }

  resetState(): void {
    this.probs.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }

  resetDict(): void {
    this.flush();
    this.winPos = 0;
    this.flushed = 0;
    this.total = 0;
  }

  /** Starts the range decoder on the 5 bytes at input[pos] (the first must be 0). */
  startRange(b: Uint8Array, pos: number): void {
    if (b[pos] !== 0) throw new LzmaFail('data');
    this.code = ((b[pos + 1] << 24) | (b[pos + 2] << 16) | (b[pos + 3] << 8) | b[pos + 4]) >>> 0;
    this.range = 0xffffffff;
  }

  /** Hands the output not yet given to the sink. */
  flush(): void {
    if (this.winPos > this.flushed) {
      this.sink(this.win.slice(this.flushed, this.winPos));
      this.flushed = this.winPos;
    }
  }

  private put(c: number): void {
    if (this.winPos === this.win.length) this.makeRoom();
    this.win[this.winPos++] = c;
    this.total++;
  }

  private makeRoom(): void {
    if (this.win.length < this.maxCap && this.total === this.winPos) {
      const nw = new Uint8Array(Math.min(this.maxCap, this.win.length * 2));
      nw.set(this.win);
      this.win = nw;
    } else {
      this.flush();
      this.winPos = 0;
      this.flushed = 0;
    }
  }

  /** Appends len bytes copied from dist + 1 back (they may overlap what is being written). */
  private copyMatch(dist: number, len: number): void {
    const w = this.win;
    let to = this.winPos, from = to - dist - 1;
    if (from >= 0 && to + len <= w.length) {
      // the common case: neither end wraps around the window
      if (dist + 1 >= len && len >= 32) w.copyWithin(to, from, from + len);
      else for (const end = to + len; to < end;) w[to++] = w[from++];
      this.winPos += len;
      this.total += len;
      return;
    }
    for (let k = 0; k < len; k++) this.put(this.back(dist));
  }

  /** The byte `dist` + 1 back (dist 0: the last one). */
  private back(dist: number): number {
    let at = this.winPos - dist - 1;
    if (at < 0) at += this.win.length;
    return this.win[at];
  }

  private history(): number {
    return Math.min(this.total, this.maxCap);
  }

  // --- the range decoder

  private byte(): number {
    if (this.inPos < this.inEnd) return this.inBuf[this.inPos++];
    if (this.careful) { this.starved = true; this.inPos++; return 0; }
    throw new LzmaFail('data');
  }

  // As liblzma's, the range decoder takes a byte when the next bit needs it (normalizing before a
  // bit, not after), so a symbol whose bits have all come is decoded without waiting for more
  // input; the end of a chunk or stream normalizes once more (finishRange).

  private normalize(): void {
    if (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.code = ((this.code * 256) + this.byte()) >>> 0;
    }
  }

  private bit(i: number): number {
    this.normalize();
    const p = this.probs[i];
    const bound = (this.range >>> 11) * p;
    if (this.careful) this.journal.push(i, p);
    if (this.code < bound) {
      this.range = bound;
      this.probs[i] = p + ((2048 - p) >>> 5);
      return 0;
    }
    this.range -= bound;
    this.code -= bound;
    this.probs[i] = p - (p >>> 5);
    return 1;
  }

  private direct(n: number): number {
    let r = 0;
    for (; n > 0; n--) {
      this.normalize();
      this.range = this.range >>> 1;
      let b = 0;
      if (this.code >= this.range) { this.code -= this.range; b = 1; }
      r = r * 2 + b;
    }
    return r;
  }

  /**
   * The last normalization at the end of a chunk or stream, from input[pos:end]: false when it needs
   * a byte that is not there yet. Then the decoder is finished properly when code is 0.
   */
  finishRange(input: Uint8Array, pos: number, end: number): boolean {
    this.inPos = pos;
    if (this.range >= TOP) return true;
    if (pos >= end) return false;
    this.range = (this.range * 256) >>> 0;
    this.code = ((this.code * 256) + input[pos]) >>> 0;
    this.inPos = pos + 1;
    return true;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1, r = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(base + m);
      m = (m << 1) | b;
      r |= b << i;
    }
    return r;
  }

  private length(base: number, posState: number): number {
    if (this.bit(base) === 0) return this.tree(base + 2 + (posState << 3), 3);
    if (this.bit(base + 1) === 0) return 8 + this.tree(base + 130 + (posState << 3), 3);
    return 16 + this.tree(base + 258, 8);
  }

  /**
   * Decodes symbols from input[pos:end] until `limit` more bytes are out (negative: no limit), the
   * input ends (`final`: that is an error; else the symbol in progress is undone), the end marker
   * (allowed when `eopm`) or, at a symbol's end, `pause` bytes are out.
   */
  decode(input: Uint8Array, pos: number, end: number, final: boolean, limit: number, eopm: boolean, pause = -1): Stop {
    this.inBuf = input; this.inPos = pos; this.inEnd = end;
    const pbMask = (1 << this.pb) - 1, lpMask = (1 << this.lp) - 1, lc = this.lc;
    let left = limit;
    const startTotal = this.total;
    this.produced = 0;
    for (;;) {
      this.produced = this.total - startTotal;
      if (left === 0) return Stop.LIMIT;
      if (pause >= 0 && this.total - startTotal >= pause) return Stop.PAUSE;
      if (!final && this.inEnd - this.inPos < 64) {
        if (this.inPos >= this.inEnd && this.range < TOP) return Stop.INPUT;
        // near the end: journal the symbol, undo it if the input runs out in its middle
        this.careful = true; this.starved = false; this.journal.length = 0;
      } else {
        this.careful = false;
      }
      const save = this.careful ? [this.range, this.code, this.inPos, this.state, this.rep0, this.rep1, this.rep2, this.rep3] : null;
      let lit = -1;
      const posState = this.total & pbMask;
      const state = this.state;
      let len = 0, copy = false, eop = false;
      let failure: LzmaFail | null = null;
      try {
        if (this.bit(IS_MATCH + (state << 4) + posState) === 0) {
          // a literal, coded against the byte at rep0 after a match
          const prev = this.total > 0 ? this.back(0) : 0;
          const base = LITERAL + 0x300 * (((this.total & lpMask) << lc) + (prev >>> (8 - lc)));
          let sym = 1;
          if (state >= 7 && this.total > this.rep0) {
            let match = this.back(this.rep0);
            do {
              const mb = (match >>> 7) & 1;
              match <<= 1;
              const b = this.bit(base + ((1 + mb) << 8) + sym);
              sym = (sym << 1) | b;
              if (mb !== b) break;
            } while (sym < 0x100);
          }
          while (sym < 0x100) sym = (sym << 1) | this.bit(base + sym);
          lit = sym & 0xff;
          this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        } else if (this.bit(IS_REP + state) === 1) {
          if (this.total === 0) throw new LzmaFail('data');
          if (this.bit(IS_REP_G0 + state) === 0) {
            if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
              // a "short rep": one byte from rep0
              this.state = state < 7 ? 9 : 11;
              len = 1;
            }
          } else {
            let dist: number;
            if (this.bit(IS_REP_G1 + state) === 0) {
              dist = this.rep1;
            } else {
              if (this.bit(IS_REP_G2 + state) === 0) {
                dist = this.rep2;
              } else {
                dist = this.rep3;
                this.rep3 = this.rep2;
              }
              this.rep2 = this.rep1;
            }
            this.rep1 = this.rep0;
            this.rep0 = dist;
          }
          if (len === 0) {
            len = this.length(REP_LEN, posState) + 2;
            this.state = state < 7 ? 8 : 11;
          }
          copy = true;
        } else {
          this.rep3 = this.rep2; this.rep2 = this.rep1; this.rep1 = this.rep0;
          len = this.length(LEN, posState);
          this.state = state < 7 ? 7 : 10;
          const slot = this.tree(POS_SLOT + (Math.min(len, 3) << 6), 6);
          let dist = slot;
          if (slot >= 4) {
            const nbits = (slot >>> 1) - 1;
            dist = (2 | (slot & 1)) << nbits;
            if (slot < 14) {
              dist += this.reverseTree(SPEC_POS + dist - slot, nbits);
            } else {
              dist = (dist + this.direct(nbits - 4) * 16) >>> 0;
              dist = (dist + this.reverseTree(ALIGN, 4)) >>> 0;
            }
          }
          this.rep0 = dist;
          len += 2;
          if (dist === EOPM) {
            eop = true;
            this.normalize();
          } else {
            copy = true;
          }
        }
      } catch (e) {
        if (!(e instanceof LzmaFail)) throw e;
        failure = e;
      }
      if (this.careful && (this.starved || this.inPos > this.inEnd)) {
        // the symbol needs input that has not come: undo it
        const j = this.journal;
        for (let k = j.length - 2; k >= 0; k -= 2) this.probs[j[k]] = j[k + 1];
        [this.range, this.code, this.inPos, this.state, this.rep0, this.rep1, this.rep2, this.rep3] = save!;
        this.careful = false;
        this.produced = this.total - startTotal;
        return Stop.INPUT;
      }
      if (failure !== null) throw failure;
      if (eop) {
        if (!eopm || this.code !== 0) throw new LzmaFail('data');
        this.careful = false;
        this.produced = this.total - startTotal;
        return Stop.EOPM;
      }
      if (lit >= 0) {
        this.put(lit);
        if (left > 0) left--;
      } else if (copy) {
        if (this.rep0 >= this.history()) throw new LzmaFail('data');
        if (left >= 0 && len > left) throw new LzmaFail('data');
        this.copyMatch(this.rep0, len);
        if (left > 0) left -= len;
      }
    }
  }

  /** Copies stored (uncompressed) bytes into the window, as LZMA2's uncompressed chunks do. */
  store(b: Uint8Array, pos: number, n: number): void {
    for (let i = 0; i < n; i++) this.put(b[pos + i]);
  }
}

// ---------------------------------------------------------------- filters and containers

/** The delta filter's decoder (liblzma's: a 256-byte history, distance 1-256). */
class DeltaDecoder {
  private readonly hist = new Uint8Array(256);
  private pos = 0;

  constructor(private readonly dist: number) {}

  apply(buf: Uint8Array): void {
    for (let i = 0; i < buf.length; i++) {
      buf[i] = (buf[i] + this.hist[(this.dist + this.pos) & 0xff]) & 0xff;
      this.hist[this.pos & 0xff] = buf[i];
      this.pos = (this.pos - 1) & 0xff;
    }
  }
}

/**
 * One LZMA2 stream (a raw one, or the data of a .xz block), read as its bytes come: chunk headers
 * whole, chunk data as far as the input goes. `step` returns the new input position, or -1 when it
 * needs more input.
 */
class Lzma2Reader {
  private readonly lz: LzmaDecoder;
  private needDictReset = true;
  private needProps = true;
  private phase: 'control' | 'stored' | 'lzma' | 'finish' = 'control';
  private packedLeft = 0;
  private unpackedLeft = 0;
  private started = false;
  done = false;

  constructor(dictSize: number, sink: (p: Uint8Array) => void) {
    this.lz = new LzmaDecoder(dictSize, sink);
  }

  step(b: Uint8Array, pos: number, end: number): number {
    switch (this.phase) {
      case 'control': return this.control(b, pos, end);
      case 'stored': {
        const n = Math.min(this.unpackedLeft, end - pos);
        if (n === 0) return -1;
        this.lz.store(b, pos, n);
        this.lz.flush();
        this.unpackedLeft -= n;
        if (this.unpackedLeft === 0) this.phase = 'control';
        return pos + n;
      }
      case 'lzma': {
        const lz = this.lz;
        if (!this.started) {
          const avail = Math.min(end - pos, this.packedLeft);
          if (avail > 0 && b[pos] !== 0) throw new LzmaFail('data');
          if (avail < 5) return -1;
          lz.startRange(b, pos);
          pos += 5;
          this.packedLeft -= 5;
          this.started = true;
        }
        const chunkEnd = pos + this.packedLeft;
        const stop = Math.min(end, chunkEnd);
        const r = lz.decode(b, pos, stop, chunkEnd <= end, this.unpackedLeft, false, 1 << 18);
        this.packedLeft -= lz.inPos - pos;
        this.unpackedLeft -= lz.produced;
        lz.flush();
        if (r === Stop.LIMIT) this.phase = 'finish';
        else if (r === Stop.INPUT && lz.inPos === pos) return -1;
        return lz.inPos;
      }
      case 'finish': {
        const lz = this.lz;
        if (!lz.finishRange(b, pos, Math.min(end, pos + this.packedLeft))) {
          if (this.packedLeft === 0) throw new LzmaFail('data');
          return -1;
        }
        this.packedLeft -= lz.inPos - pos;
        if (this.packedLeft !== 0 || lz.code !== 0) throw new LzmaFail('data');
        this.phase = 'control';
        return lz.inPos;
      }
    }
  }

  /** A chunk header, whole. */
  private control(b: Uint8Array, pos: number, end: number): number {
    if (pos >= end) return -1;
    const control = b[pos];
    if (control === 0x00) { this.done = true; return pos + 1; }
    if (control >= 0xe0 || control === 1) { this.needProps = true; this.needDictReset = true; }
    else if (this.needDictReset) throw new LzmaFail('data');
    if (control < 0x80) {
      if (control > 2) throw new LzmaFail('data');
      if (end - pos < 3) return -1;
      if (this.needDictReset) { this.lz.resetDict(); this.needDictReset = false; }
      this.unpackedLeft = ((b[pos + 1] << 8) | b[pos + 2]) + 1;
      this.phase = 'stored';
      return pos + 3;
    }
    const hasProps = control >= 0xc0;
    if (!hasProps && this.needProps) throw new LzmaFail('data');
    const head = hasProps ? 6 : 5;
    if (end - pos < head) return -1;
    if (this.needDictReset) { this.lz.resetDict(); this.needDictReset = false; }
    if (hasProps) {
      const spec: FilterSpec = { id: FILTER_LZMA2 };
      if (!decodeLcLpPb(b[pos + 5], spec)) throw new LzmaFail('data');
      this.lz.setProps(spec.lc!, spec.lp!, spec.pb!);
      this.needProps = false;
    }
    if (control >= 0xa0) this.lz.resetState();
    this.unpackedLeft = (control & 0x1f) * 65536 + ((b[pos + 1] << 8) | b[pos + 2]) + 1;
    this.packedLeft = ((b[pos + 3] << 8) | b[pos + 4]) + 1;
    if (this.packedLeft < 5) throw new LzmaFail('data');
    this.started = false;
    this.phase = 'lzma';
    return pos + head;
  }
}

/** Output filters (delta) applied after the LZMA stage, in reverse order of the chain. */
function makeFilters(chain: FilterSpec[]): DeltaDecoder[] {
  const out: DeltaDecoder[] = [];
  for (let i = chain.length - 2; i >= 0; i--) {
    const f = chain[i];
    if (f.id === FILTER_DELTA) out.push(new DeltaDecoder(f.dist ?? 1));
    else if (BCJ_FILTERS.has(f.id)) {
      throw new LzmaUnsupported(`the ${BCJ_FILTERS.get(f.id)} BCJ filter is not supported by Immortal's lzma yet`);
    } else throw new LzmaFail('options');
  }
  return out;
}

/** What LzmaStream.run stopped on. */
export const enum LzmaStatus { NEED_INPUT, OUTPUT_FULL, STREAM_END }

const enum Mode { AUTO, XZ_HEADER, XZ_BLOCK_OR_INDEX, XZ_BLOCK_DATA, XZ_BLOCK_END, XZ_FOOTER, ALONE_HEADER, LZMA1, RAW_LZMA2, END }

/**
 * A decompression stream: FORMAT_AUTO ('auto'), 'xz', 'alone' or 'raw' (with a filter chain). Feed
 * input, then run with an output limit; errors throw LzmaFail (or LzmaUnsupported).
 */
export class LzmaStream {
  private buf = new Uint8Array(0);
  private len = 0;
  private pos = 0;
  private mode: Mode;
  private readonly picky: boolean;
  private queue: Uint8Array[] = [];
  private queued = 0;
  private filters: DeltaDecoder[] = [];
  /** The .xz check ID once the stream header is read (-1 before). */
  check = -1;
  private checker: Check | null = null;
  private streamFlags = 0;
  // the current .xz block
  private lz2: Lzma2Reader | null = null;
  private lz1: LzmaDecoder | null = null;
  private blockHeaderSize = 0;
  private blockPacked = -1;
  private blockUnpacked = -1;
  private blockIn = 0;
  private blockOut = 0;
  private records: number[] = [];
  private alone = { unpacked: -1, left: -1 };

  constructor(format: 'auto' | 'xz' | 'alone' | 'raw', chain: FilterSpec[] = []) {
    this.picky = format === 'auto';
    this.mode = format === 'auto' ? Mode.AUTO : format === 'xz' ? Mode.XZ_HEADER : format === 'alone' ? Mode.ALONE_HEADER : Mode.RAW_LZMA2;
    if (format === 'raw') this.startRaw(chain);
  }

  private startRaw(chain: FilterSpec[]): void {
    const last = chain[chain.length - 1];
    if (last === undefined) throw new LzmaFail('options');
    for (let i = 0; i < chain.length - 1; i++) if (chain[i].id === FILTER_LZMA1 || chain[i].id === FILTER_LZMA2) throw new LzmaFail('options');
    this.filters = makeFilters(chain);
    if (last.id === FILTER_LZMA2) {
      this.lz2 = new Lzma2Reader(last.dictSize ?? 1 << 23, (p) => this.emit(p));
      this.mode = Mode.RAW_LZMA2;
    } else if (last.id === FILTER_LZMA1) {
      const lz = new LzmaDecoder(last.dictSize ?? 1 << 23, (p) => this.emit(p));
      if ((last.lc ?? 3) + (last.lp ?? 0) > 4 || (last.pb ?? 2) > 4) throw new LzmaFail('options');
      lz.setProps(last.lc ?? 3, last.lp ?? 0, last.pb ?? 2);
      lz.resetState();
      this.lz1 = lz;
      this.alone = { unpacked: -1, left: -1 };
      this.mode = Mode.LZMA1;
      this.rangeStarted = false;
    } else {
      throw new LzmaFail('options');
    }
  }

  private rangeStarted = false;

  feed(data: Uint8Array): void {
    if (data.length === 0) return;
    const keep = this.len - this.pos;
    const nb = new Uint8Array(keep + data.length);
    nb.set(this.buf.subarray(this.pos, this.len));
    nb.set(data, keep);
    this.buf = nb;
    this.len = nb.length;
    this.pos = 0;
  }

  /** Bytes after the end of the stream (valid once run returned STREAM_END). */
  rest(): Uint8Array {
    return this.buf.slice(this.pos, this.len);
  }

  private emit(p: Uint8Array): void {
    for (const f of this.filters) f.apply(p);
    if (this.checker !== null) this.checker.update(p);
    this.blockOut += p.length;
    this.queue.push(p);
    this.queued += p.length;
  }

  /** Takes up to `max` queued bytes (all when max < 0). */
  private take(max: number): Uint8Array {
    const n = max < 0 ? this.queued : Math.min(max, this.queued);
    const out = new Uint8Array(n);
    let at = 0;
    while (at < n) {
      const p = this.queue[0];
      const k = Math.min(p.length, n - at);
      out.set(p.subarray(0, k), at);
      at += k;
      if (k === p.length) this.queue.shift();
      else this.queue[0] = p.subarray(k);
    }
    this.queued -= n;
    return out;
  }

  /**
   * Decodes what the input allows, returning at most `maxOut` bytes (negative: no limit) and why it
   * stopped. STREAM_END only once everything decoded was returned.
   */
  run(maxOut: number): { status: LzmaStatus; out: Uint8Array } {
    for (;;) {
      if (this.mode === Mode.END) break;
      // with the output full, go on only through parts that produce nothing (end markers, checks,
      // index, footer), as liblzma does with no room left
      const full = maxOut >= 0 && this.queued >= maxOut;
      const before = this.queued;
      if (!this.step()) break;
      if (full && this.queued > before) break;
    }
    const out = this.take(maxOut);
    if (this.mode === Mode.END && this.queued === 0) return { status: LzmaStatus.STREAM_END, out };
    if (this.queued > 0 || (maxOut >= 0 && out.length >= maxOut)) return { status: LzmaStatus.OUTPUT_FULL, out };
    return { status: LzmaStatus.NEED_INPUT, out };
  }

  /** One step of the current mode; false when it needs more input. */
  private step(): boolean {
    const b = this.buf, avail = this.len - this.pos;
    switch (this.mode) {
      case Mode.AUTO:
        if (avail < 1) return false;
        this.mode = b[this.pos] === 0xfd ? Mode.XZ_HEADER : Mode.ALONE_HEADER;
        // liblzma's auto decoder says at once that a .lzma stream has no check
        if (this.mode === Mode.ALONE_HEADER) this.check = 0;
        return true;
      case Mode.XZ_HEADER: {
        if (avail < 12) return false;
        for (let i = 0; i < 6; i++) if (b[this.pos + i] !== XZ_MAGIC[i]) throw new LzmaFail('format');
        if (crc32(b, this.pos + 6, this.pos + 8, 0) !== readLE32(b, this.pos + 8)) throw new LzmaFail('data');
        if (b[this.pos + 6] !== 0 || (b[this.pos + 7] & 0xf0) !== 0) throw new LzmaFail('options');
        this.streamFlags = b[this.pos + 7];
        this.check = this.streamFlags & 0x0f;
        this.pos += 12;
        this.mode = Mode.XZ_BLOCK_OR_INDEX;
        return true;
      }
      case Mode.XZ_BLOCK_OR_INDEX:
        if (avail < 1) return false;
        return b[this.pos] === 0 ? this.readIndex() : this.readBlockHeader();
      case Mode.XZ_BLOCK_DATA: {
        const at = this.lz2!.step(b, this.pos, this.len);
        if (at < 0) return false;
        this.blockIn += at - this.pos;
        this.pos = at;
        if ((this.blockPacked >= 0 && this.blockIn > this.blockPacked) || (this.blockUnpacked >= 0 && this.blockOut > this.blockUnpacked)) {
          throw new LzmaFail('data');
        }
        if (this.lz2!.done) {
          if ((this.blockPacked >= 0 && this.blockIn !== this.blockPacked) || (this.blockUnpacked >= 0 && this.blockOut !== this.blockUnpacked)) {
            throw new LzmaFail('data');
          }
          this.mode = Mode.XZ_BLOCK_END;
        }
        return true;
      }
      case Mode.XZ_BLOCK_END: {
        const pad = (4 - (this.blockIn % 4)) % 4;
        const size = Check.size(this.check);
        if (avail < pad + size) return false;
        for (let i = 0; i < pad; i++) if (b[this.pos + i] !== 0) throw new LzmaFail('data');
        if (!this.checker!.matches(b.subarray(this.pos + pad, this.pos + pad + size))) throw new LzmaFail('data');
        this.pos += pad + size;
        this.records.push(this.blockHeaderSize + this.blockIn + size, this.blockOut);
        this.checker = null;
        this.mode = Mode.XZ_BLOCK_OR_INDEX;
        return true;
      }
      case Mode.XZ_FOOTER: {
        if (avail < 12) return false;
        const at = this.pos;
        if (b[at + 10] !== 0x59 || b[at + 11] !== 0x5a) throw new LzmaFail('data');
        if (crc32(b, at + 4, at + 10, 0) !== readLE32(b, at)) throw new LzmaFail('data');
        if (b[at + 8] !== 0 || (b[at + 9] & 0xf0) !== 0) throw new LzmaFail('options');
        if ((readLE32(b, at + 4) + 1) * 4 !== this.indexSize || b[at + 9] !== this.streamFlags) throw new LzmaFail('data');
        this.pos += 12;
        this.mode = Mode.END;
        return true;
      }
      case Mode.ALONE_HEADER:
        return this.readAloneHeader();
      case Mode.LZMA1: {
        const lz = this.lz1!;
        if (!this.rangeStarted) {
          if (avail < 5) {
            if (avail > 0 && b[this.pos] !== 0) throw new LzmaFail('data');
            return false;
          }
          lz.startRange(b, this.pos);
          this.pos += 5;
          this.rangeStarted = true;
        }
        const left = this.alone.left;
        if (left === 0) { this.mode = Mode.END; return true; }
        // in steps of about 256 kB, so that a small output limit does not decode everything at once
        const from = this.pos;
        const r = lz.decode(b, this.pos, this.len, false, left, left < 0, 1 << 18);
        this.pos = lz.inPos;
        lz.flush();
        if (left > 0) this.alone.left = left - lz.produced;
        if (r === Stop.EOPM || r === Stop.LIMIT) { this.mode = Mode.END; return true; }
        return r === Stop.PAUSE || this.pos > from;
      }
      case Mode.RAW_LZMA2: {
        const at = this.lz2!.step(b, this.pos, this.len);
        if (at < 0) return false;
        this.pos = at;
        if (this.lz2!.done) this.mode = Mode.END;
        return true;
      }
      case Mode.END:
        return false;
    }
  }

  private indexSize = 0;

  /** A .xz block header, whole; sets up the block's filters and check. */
  private readBlockHeader(): boolean {
    const b = this.buf, at = this.pos;
    const size = (b[at] + 1) * 4;
    if (this.len - at < size) return false;
    if (crc32(b, at, at + size - 4, 0) !== readLE32(b, at + size - 4)) throw new LzmaFail('data');
    const flags = b[at + 1];
    if (flags & 0x3c) throw new LzmaFail('options');
    let p = at + 2;
    const end = at + size - 4;
    const vli = (): number => {
      let v = 0, shift = 1;
      for (let i = 0; i < 9; i++) {
        if (p >= end) throw new LzmaFail('data');
        const c = b[p++];
        v += (c & 0x7f) * shift;
        shift *= 128;
        if ((c & 0x80) === 0) {
          if (i > 0 && c === 0) throw new LzmaFail('data');
          return v;
        }
      }
      throw new LzmaFail('data');
    };
    this.blockPacked = flags & 0x40 ? vli() : -1;
    this.blockUnpacked = flags & 0x80 ? vli() : -1;
    if (this.blockPacked === 0) throw new LzmaFail('data');
    const chain: FilterSpec[] = [];
    for (let i = 0; i <= (flags & 3); i++) {
      const id = vli();
      const psize = vli();
      if (p + psize > end) throw new LzmaFail('options');
      const props = b.subarray(p, p + psize);
      p += psize;
      chain.push(this.filterFromProps(id, props, i === (flags & 3)));
    }
    for (; p < end; p++) if (b[p] !== 0) throw new LzmaFail('options');
    this.filters = makeFilters(chain);
    const last = chain[chain.length - 1];
    this.lz2 = new Lzma2Reader(last.dictSize!, (piece) => this.emit(piece));
    this.checker = new Check(this.check);
    this.blockHeaderSize = size;
    this.blockIn = 0;
    this.blockOut = 0;
    this.pos += size;
    this.mode = Mode.XZ_BLOCK_DATA;
    return true;
  }

  private filterFromProps(id: number, props: Uint8Array, last: boolean): FilterSpec {
    if (last) {
      if (id !== FILTER_LZMA2 || props.length !== 1) throw new LzmaFail('options');
      return { id, dictSize: lzma2DictSize(props[0]) };
    }
    if (id === FILTER_DELTA) {
      if (props.length !== 1) throw new LzmaFail('options');
      return { id, dist: props[0] + 1 };
    }
    if (BCJ_FILTERS.has(id)) return { id };
    throw new LzmaFail('options');
  }

  /** The .xz index, whole, checked against the blocks read; then the footer. */
  private readIndex(): boolean {
    const b = this.buf, at = this.pos, avail = this.len - at;
    let p = at + 1;
    const vli = (): number => {
      let v = 0, shift = 1;
      for (let i = 0; i < 9; i++) {
        if (p >= this.len) return -1;
        const c = b[p++];
        v += (c & 0x7f) * shift;
        shift *= 128;
        if ((c & 0x80) === 0) {
          if (i > 0 && c === 0) throw new LzmaFail('data');
          return v;
        }
      }
      throw new LzmaFail('data');
    };
    const count = vli();
    if (count < 0) return false;
    if (count !== this.records.length / 2) throw new LzmaFail('data');
    for (let i = 0; i < count; i++) {
      const unpadded = vli();
      if (unpadded < 0) return false;
      const unpacked = vli();
      if (unpacked < 0) return false;
      if (unpadded !== this.records[2 * i] || unpacked !== this.records[2 * i + 1]) throw new LzmaFail('data');
    }
    const body = p - at;
    const size = body + ((4 - (body % 4)) % 4) + 4;
    if (avail < size) return false;
    for (; p < at + size - 4; p++) if (b[p] !== 0) throw new LzmaFail('data');
    if (crc32(b, at, at + size - 4, 0) !== readLE32(b, at + size - 4)) throw new LzmaFail('data');
    this.indexSize = size;
    this.pos += size;
    this.mode = Mode.XZ_FOOTER;
    return true;
  }

  /** The 13-byte .lzma header: lc/lp/pb, dictionary size, uncompressed size (all ones: unknown). */
  private readAloneHeader(): boolean {
    const b = this.buf, at = this.pos, avail = this.len - at;
    // liblzma checks each field as soon as it has it
    const spec: FilterSpec = { id: FILTER_LZMA1 };
    if (avail < 1) return false;
    if (!decodeLcLpPb(b[at], spec)) throw new LzmaFail('format');
    if (avail < 5) return false;
    let dict = readLE32(b, at + 1);
    if (this.picky && dict !== 0xffffffff) {
      // the auto decoder wants a size of 2^n or 2^n + 2^(n-1), so that random data is not taken for .lzma
      let d = dict - 1;
      d |= d >>> 2; d |= d >>> 3; d |= d >>> 4; d |= d >>> 8; d |= d >>> 16;
      d = (d + 1) >>> 0;
      if (d !== dict) throw new LzmaFail('format');
    }
    if (avail < 13) return false;
    let unknown = true;
    for (let i = 5; i < 13; i++) if (b[at + i] !== 0xff) unknown = false;
    let unpacked = -1;
    if (!unknown) {
      unpacked = readLE32(b, at + 5) + readLE32(b, at + 9) * 2 ** 32;
      if (this.picky && unpacked >= 2 ** 38) throw new LzmaFail('format');
    }
    if (dict < 4096) dict = 4096;
    const lz = new LzmaDecoder(dict, (p) => this.emit(p));
    lz.setProps(spec.lc!, spec.lp!, spec.pb!);
    lz.resetState();
    this.lz1 = lz;
    this.alone = { unpacked, left: unpacked };
    this.rangeStarted = false;
    this.pos += 13;
    this.mode = Mode.LZMA1;
    return true;
  }
}

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
