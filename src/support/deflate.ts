// DEFLATE compression (RFC 1951) in the zlib (RFC 1950) and gzip (RFC 1952) containers, written for
// Immortal's zlib module on plain typed arrays (no node:zlib, so it can run in a browser). The
// compressor follows the well-known scheme of the zlib library 1.2.13 that CPython links, so that its
// output is the same byte for byte: a window of twice the dictionary size, hash chains over 3-byte
// strings, greedy matching for levels 1-3 and lazy matching for 4-9 with zlib's per-level
// (good, lazy, nice, chain) parameters, a block ended when the symbol buffer holds lit_bufsize-1
// symbols, and each block sent stored, with the fixed codes or with dynamic codes, whichever is
// shortest by computed length. Knows nothing about Python.
//
// Invariants: a Deflater or Inflater is a resumable stream: input may come in any pieces and the
// result is the same as in one piece; `deflate(flush)` returns every complete byte produced so far
// (the partial last byte stays in the bit buffer until a flush), as zlib does when the caller drains
// its output after each call.

// ---------------------------------------------------------------- checksums

let crcTable: Int32Array | null = null;

function makeCrcTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

/** CRC-32 (ISO 3309) of data[start:end], continuing from `crc` (an unsigned 32-bit value). */
export function crc32(data: Uint8Array, start: number, end: number, crc: number): number {
  const t = crcTable ?? (crcTable = makeCrcTable());
  let c = ~crc;
  for (let i = start; i < end; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Adler-32 (RFC 1950) of data[start:end], continuing from `adler`. */
export function adler32(data: Uint8Array, start: number, end: number, adler: number): number {
  let a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
  let i = start;
  while (i < end) {
    // 3800 bytes keep b below 2 ** 31 between the reductions
    const stop = Math.min(end, i + 3800), stop8 = stop - 7;
    for (; i < stop8; i += 8) {
      a += data[i]; b += a; a += data[i + 1]; b += a; a += data[i + 2]; b += a; a += data[i + 3]; b += a;
      a += data[i + 4]; b += a; a += data[i + 5]; b += a; a += data[i + 6]; b += a; a += data[i + 7]; b += a;
    }
    for (; i < stop; i++) { a += data[i]; b += a; }
    a %= 65521; b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---------------------------------------------------------------- shared tables

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
  4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const BL_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const L_CODES = 286, D_CODES = 30, BL_CODES = 19, HEAP_SIZE = 2 * L_CODES + 1, MAX_BITS = 15;
const END_BLOCK = 256, REP_3_6 = 16, REPZ_3_10 = 17, REPZ_11_138 = 18;
const MIN_MATCH = 3, MAX_MATCH = 258, MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1, TOO_FAR = 4096;
const MAX_STORED = 65535;
const OUT_BLOCKS = [32768, 65536, 262144, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20,
  64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20];

export const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_TREES = 6;
export const Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;

/** length - 3 -> length code 0..28; distance-1 -> distance code (through the 512-entry split table). */
const LENGTH_CODE = new Uint8Array(256);
const DIST_CODE = new Uint8Array(512);
/** The fixed codes (RFC 1951 3.2.6): code and length per literal/length symbol and per distance. */
const STATIC_LTREE_CODE = new Uint16Array(L_CODES + 2), STATIC_LTREE_LEN = new Uint8Array(L_CODES + 2);
const STATIC_DTREE_CODE = new Uint16Array(D_CODES), STATIC_DTREE_LEN = new Uint8Array(D_CODES);
let tablesReady = false;

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) { r = (r << 1) | (code & 1); code >>>= 1; }
  return r;
}

function initTables(): void {
  if (tablesReady) return;
  tablesReady = true;
  for (let code = 0; code < 28; code++) {
    for (let n = 0; n < 1 << LENGTH_EXTRA[code]; n++) LENGTH_CODE[LENGTH_BASE[code] - 3 + n] = code;
  }
  LENGTH_CODE[255] = 28; // length 258 has its own code (overrides code 27's last slot)
  let dist = 0;
  for (let code = 0; code < 16; code++) {
    for (let n = 0; n < 1 << DIST_EXTRA[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (let code = 16; code < D_CODES; code++) {
    for (let n = 0; n < 1 << (DIST_EXTRA[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
  const lens = new Uint8Array(L_CODES + 2);
  for (let n = 0; n < 288; n++) lens[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
  STATIC_LTREE_LEN.set(lens);
  genCodes(STATIC_LTREE_CODE, STATIC_LTREE_LEN, L_CODES + 1, countLengths(lens, 288));
  for (let n = 0; n < D_CODES; n++) { STATIC_DTREE_LEN[n] = 5; STATIC_DTREE_CODE[n] = reverseBits(n, 5); }
}

function countLengths(lens: Uint8Array, n: number): Uint16Array {
  const c = new Uint16Array(MAX_BITS + 1);
  for (let i = 0; i < n; i++) c[lens[i]]++;
  return c;
}

/** Canonical codes for lengths `len[0..maxCode]` (bit-reversed, ready to send LSB first). */
function genCodes(code: Uint16Array, len: Uint8Array, maxCode: number, blCount: Uint16Array): void {
  const next = new Uint16Array(MAX_BITS + 1);
  let c = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) { c = (c + blCount[bits - 1]) << 1; next[bits] = c; }
  for (let n = 0; n <= maxCode; n++) {
    const l = len[n];
    if (l !== 0) code[n] = reverseBits(next[l]++, l);
  }
}

function dCode(dist: number): number {
  return dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >>> 7)];
}

// ---------------------------------------------------------------- byte output

/** A growable byte sink. */
class Sink {
  buf = new Uint8Array(1024);
  len = 0;
  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    if (this.len === this.buf.length) this.ensure(1);
    this.buf[this.len++] = b;
  }
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}

// ---------------------------------------------------------------- Huffman trees for one block

interface TreeDesc {
  freq: Uint16Array; len: Uint8Array; code: Uint16Array; dad: Uint16Array;
  maxCode: number;
  staticLen: Uint8Array | null; extra: number[]; extraBase: number; elems: number; maxLength: number;
}

function treeDesc(size: number, staticLen: Uint8Array | null, extra: number[], extraBase: number, elems: number, maxLength: number): TreeDesc {
  return {
    freq: new Uint16Array(size), len: new Uint8Array(size), code: new Uint16Array(size), dad: new Uint16Array(size),
    maxCode: 0, staticLen, extra, extraBase, elems, maxLength,
  };
}

// levels: [good, lazy, nice, chain, kind] with kind 0 stored, 1 fast, 2 slow
const CONFIG: number[][] = [
  [0, 0, 0, 0, 0], [4, 4, 8, 4, 1], [4, 5, 16, 8, 1], [4, 6, 32, 32, 1], [4, 4, 16, 16, 2],
  [8, 16, 32, 32, 2], [8, 16, 128, 128, 2], [8, 32, 128, 256, 2], [32, 128, 258, 1024, 2], [32, 258, 258, 4096, 2],
];

const BUSY = 1, FINISH_STATE = 2;
const NEED_MORE = 0, BLOCK_DONE = 1, FINISH_STARTED = 2, FINISH_DONE = 3;

/** Returns the error text of deflateInit2's checks, or null when the parameters are accepted. */
export function deflateParamsOk(level: number, method: number, wbits: number, memLevel: number, strategy: number): boolean {
  if (level === -1) level = 6;
  let wrap = 1;
  if (wbits < 0) { wrap = 0; if (wbits < -15) return false; wbits = -wbits; } else if (wbits > 15) { wrap = 2; wbits -= 16; }
  if (wbits === 8 && wrap !== 1) return false;
  return !(memLevel < 1 || memLevel > 9 || method !== 8 || wbits < 8 || wbits > 15 || level < 0 || level > 9 || strategy < 0 || strategy > Z_FIXED);
}

/** A zlib-compatible compressor stream (deflateInit2 parameters). */
export class Deflater {
  private wrap: number;
  private wBits: number;
  private wSize: number;
  private wMask: number;
  private window: Uint8Array;
  private windowSize = 0;
  private prev: Uint16Array;
  private head: Uint16Array;
  private hashBits: number;
  private hashMask: number;
  private hashShift: number;
  private insH = 0;
  private level: number;
  private strategy: number;
  private goodMatch = 0; private maxLazy = 0; private niceMatch = 0; private maxChain = 0; private kind = 0;
  private strstart = 0; private blockStart = 0; private lookahead = 0; private insert = 0;
  private matchLength = 0; private prevLength = 0; private matchAvailable = 0; private matchStart = 0; private prevMatch = 0;
  private litBufsize: number;
  private symDist: Uint16Array; private symLc: Uint8Array; private symNext = 0; private symEnd: number;
  private pendingBufSize: number;
  private ltree: TreeDesc; private dtree: TreeDesc; private bltree: TreeDesc;
  private heap = new Int32Array(HEAP_SIZE); private heapLen = 0; private heapMax = 0;
  private depth = new Uint8Array(HEAP_SIZE);
  private blCount = new Uint16Array(MAX_BITS + 1);
  private optLen = 0; private staticLen = 0; private matches = 0;
  private biBuf = 0; private biValid = 0;
  private out = new Sink();
  private status = 0;
  private lastFlush = -2;
  private adler = 0;
  private crc = 0;
  private totalIn = 0;
  // input of the current call
  private inp: Uint8Array = new Uint8Array(0); private next = 0; private availIn = 0;
  /** End of the caller's output buffer, counted in bytes of `out`: only deflate_stored (level 0) depends on it. */
  private cap = Infinity;
  ended = false;
  private get availOut(): number { return Math.max(0, this.cap - this.out.len); }

  constructor(level: number, wbits: number, memLevel: number, strategy: number) {
    initTables();
    if (level === -1) level = 6;
    let wrap = 1;
    if (wbits < 0) { wrap = 0; wbits = -wbits; } else if (wbits > 15) { wrap = 2; wbits -= 16; }
    if (wbits === 8) wbits = 9;
    this.wrap = wrap; this.wBits = wbits; this.wSize = 1 << wbits; this.wMask = this.wSize - 1;
    this.hashBits = memLevel + 7; this.hashMask = (1 << this.hashBits) - 1;
    this.hashShift = Math.floor((this.hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(1 << this.hashBits);
    this.litBufsize = 1 << (memLevel + 6);
    this.pendingBufSize = this.litBufsize * 4;
    this.symDist = new Uint16Array(this.litBufsize); this.symLc = new Uint8Array(this.litBufsize);
    this.symEnd = this.litBufsize - 1;
    this.level = level; this.strategy = strategy;
    this.ltree = treeDesc(HEAP_SIZE, STATIC_LTREE_LEN, LENGTH_EXTRA, 257, L_CODES, MAX_BITS);
    this.dtree = treeDesc(2 * D_CODES + 1, STATIC_DTREE_LEN, DIST_EXTRA, 0, D_CODES, MAX_BITS);
    this.bltree = treeDesc(2 * BL_CODES + 1, null, BL_EXTRA, 0, BL_CODES, 7);
    this.status = wrap === 2 ? 42 : 42;
    this.adler = wrap === 2 ? 0 : 1;
    this.lastFlush = -2;
    this.initBlock();
    this.lmInit();
  }

  clone(): Deflater {
    const d = Object.create(Deflater.prototype) as Deflater;
    for (const [k, v] of Object.entries(this)) {
      let c: unknown = v;
      if (v instanceof Uint8Array || v instanceof Uint16Array || v instanceof Int32Array) c = v.slice();
      else if (v instanceof Sink) { const s = new Sink(); s.buf = v.buf.slice(); s.len = v.len; c = s; }
      else if (v !== null && typeof v === 'object' && 'freq' in v) {
        const t = v as TreeDesc;
        c = { ...t, freq: t.freq.slice(), len: t.len.slice(), code: t.code.slice(), dad: t.dad.slice() };
      }
      (d as unknown as Record<string, unknown>)[k] = c;
    }
    return d;
  }

  private lmInit(): void {
    this.windowSize = 2 * this.wSize;
    this.head.fill(0);
    const c = CONFIG[this.level];
    this.goodMatch = c[0]; this.maxLazy = c[1]; this.niceMatch = c[2]; this.maxChain = c[3]; this.kind = c[4];
    this.strstart = 0; this.blockStart = 0; this.lookahead = 0; this.insert = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = 0; this.insH = 0;
  }

  /** deflateSetDictionary: false when called at the wrong time (zlib's Z_STREAM_ERROR). */
  setDictionary(dict: Uint8Array): boolean {
    if (this.wrap === 2 || (this.wrap === 1 && this.status !== 42) || this.lookahead) return false;
    if (this.wrap === 1) this.adler = adler32(dict, 0, dict.length, this.adler);
    const wrap = this.wrap;
    this.wrap = 0;
    let d = dict;
    if (d.length >= this.wSize) {
      if (wrap === 0) { this.head.fill(0); this.strstart = 0; this.blockStart = 0; this.insert = 0; }
      d = d.subarray(d.length - this.wSize);
    }
    const savedIn = this.inp, savedNext = this.next, savedAvail = this.availIn;
    this.inp = d; this.next = 0; this.availIn = d.length;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = 0;
    this.inp = savedIn; this.next = savedNext; this.availIn = savedAvail;
    this.wrap = wrap;
    return true;
  }

  // ---- bit output
  private sendBits(value: number, length: number): void {
    if (this.biValid > 16 - length) {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.out.byte(this.biBuf & 0xff); this.out.byte(this.biBuf >>> 8);
      this.biBuf = value >>> (16 - this.biValid);
      this.biValid += length - 16;
    } else {
      this.biBuf |= (value << this.biValid) & 0xffff;
      this.biValid += length;
    }
  }
  private biFlush(): void {
    if (this.biValid === 16) { this.out.byte(this.biBuf & 0xff); this.out.byte(this.biBuf >>> 8); this.biBuf = 0; this.biValid = 0; }
    else if (this.biValid >= 8) { this.out.byte(this.biBuf & 0xff); this.biBuf >>>= 8; this.biValid -= 8; }
  }
  private biWindup(): void {
    if (this.biValid > 8) { this.out.byte(this.biBuf & 0xff); this.out.byte(this.biBuf >>> 8); }
    else if (this.biValid > 0) this.out.byte(this.biBuf & 0xff);
    this.biBuf = 0; this.biValid = 0;
  }
  private putShortMSB(b: number): void { this.out.byte((b >>> 8) & 0xff); this.out.byte(b & 0xff); }
  private flushPending(): void { this.biFlush(); }

  // ---- trees
  private initBlock(): void {
    this.ltree.freq.fill(0, 0, L_CODES); this.dtree.freq.fill(0, 0, D_CODES); this.bltree.freq.fill(0, 0, BL_CODES);
    this.ltree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = this.matches = 0;
  }

  private smaller(freq: Uint16Array, n: number, m: number): boolean {
    return freq[n] < freq[m] || (freq[n] === freq[m] && this.depth[n] <= this.depth[m]);
  }

  private pqdownheap(freq: Uint16Array, k: number): void {
    const heap = this.heap, v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(freq, heap[j + 1], heap[j])) j++;
      if (this.smaller(freq, v, heap[j])) break;
      heap[k] = heap[j]; k = j; j <<= 1;
    }
    heap[k] = v;
  }

  private genBitlen(t: TreeDesc): void {
    const { freq, len, dad, staticLen, extra, extraBase, maxLength, maxCode } = t;
    const heap = this.heap, blCount = this.blCount;
    let overflow = 0;
    blCount.fill(0);
    len[heap[this.heapMax]] = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = len[dad[n]] + 1;
      if (bits > maxLength) { bits = maxLength; overflow++; }
      len[n] = bits;
      if (n > maxCode) continue;
      blCount[bits]++;
      const xbits = n >= extraBase ? extra[n - extraBase] : 0;
      const f = freq[n];
      this.optLen += f * (bits + xbits);
      if (staticLen !== null) this.staticLen += f * (staticLen[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (len[m] !== bits) { this.optLen += (bits - len[m]) * freq[m]; len[m] = bits; }
        n--;
      }
    }
  }

  private buildTree(t: TreeDesc): void {
    const { freq, len, dad, staticLen, elems } = t;
    const heap = this.heap, depth = this.depth;
    let maxCode = -1;
    this.heapLen = 0; this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (freq[n] !== 0) { heap[++this.heapLen] = maxCode = n; depth[n] = 0; } else len[n] = 0;
    }
    while (this.heapLen < 2) {
      const node = heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0;
      freq[node] = 1; depth[node] = 0; this.optLen--;
      if (staticLen !== null) this.staticLen -= staticLen[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.pqdownheap(freq, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.pqdownheap(freq, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n] + freq[m];
      depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      this.pqdownheap(freq, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(t);
    genCodes(t.code, len, maxCode, this.blCount);
  }

  private scanTree(t: TreeDesc, maxCode: number): void {
    const len = t.len, blFreq = this.bltree.freq;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = 7, minCount = 4;
    if (nextlen === 0) { maxCount = 138; minCount = 3; }
    const guard = len[maxCode + 1];
    len[maxCode + 1] = 0xff; // zlib's 0xffff guard: differs from every length
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = n + 1 === maxCode + 1 ? -1 : len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) blFreq[curlen] += count;
      else if (curlen !== 0) { if (curlen !== prevlen) blFreq[curlen]++; blFreq[REP_3_6]++; }
      else if (count <= 10) blFreq[REPZ_3_10]++;
      else blFreq[REPZ_11_138]++;
      count = 0; prevlen = curlen;
      if (nextlen === 0) { maxCount = 138; minCount = 3; }
      else if (curlen === nextlen) { maxCount = 6; minCount = 3; }
      else { maxCount = 7; minCount = 4; }
    }
    len[maxCode + 1] = guard;
  }

  private sendCode(c: number, t: TreeDesc): void { this.sendBits(t.code[c], t.len[c]); }

  private sendTree(t: TreeDesc, maxCode: number): void {
    const len = t.len, bl = this.bltree;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = 7, minCount = 4;
    if (nextlen === 0) { maxCount = 138; minCount = 3; }
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = n + 1 === maxCode + 1 ? -1 : len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) { do { this.sendCode(curlen, bl); } while (--count !== 0); }
      else if (curlen !== 0) {
        if (curlen !== prevlen) { this.sendCode(curlen, bl); count--; }
        this.sendCode(REP_3_6, bl); this.sendBits(count - 3, 2);
      } else if (count <= 10) { this.sendCode(REPZ_3_10, bl); this.sendBits(count - 3, 3); }
      else { this.sendCode(REPZ_11_138, bl); this.sendBits(count - 11, 7); }
      count = 0; prevlen = curlen;
      if (nextlen === 0) { maxCount = 138; minCount = 3; }
      else if (curlen === nextlen) { maxCount = 6; minCount = 3; }
      else { maxCount = 7; minCount = 4; }
    }
  }

  private buildBlTree(): number {
    this.scanTree(this.ltree, this.ltree.maxCode);
    this.scanTree(this.dtree, this.dtree.maxCode);
    this.buildTree(this.bltree);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
      if (this.bltree.len[BL_ORDER[maxBlindex]] !== 0) break;
    }
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let rank = 0; rank < blcodes; rank++) this.sendBits(this.bltree.len[BL_ORDER[rank]], 3);
    this.sendTree(this.ltree, lcodes - 1);
    this.sendTree(this.dtree, dcodes - 1);
  }

  private compressBlock(lcode: Uint16Array, llen: Uint8Array, dcode: Uint16Array, dlen: Uint8Array): void {
    for (let sx = 0; sx < this.symNext; sx++) {
      let dist = this.symDist[sx];
      let lc = this.symLc[sx];
      if (dist === 0) this.sendBits(lcode[lc], llen[lc]);
      else {
        let code = LENGTH_CODE[lc];
        this.sendBits(lcode[code + 257], llen[code + 257]);
        let extra = LENGTH_EXTRA[code];
        if (extra !== 0) { lc -= LENGTH_BASE[code] - 3; this.sendBits(lc, extra); }
        dist--;
        code = dCode(dist);
        this.sendBits(dcode[code], dlen[code]);
        extra = DIST_EXTRA[code];
        if (extra !== 0) { dist -= DIST_BASE[code] - 1; this.sendBits(dist, extra); }
      }
    }
    this.sendBits(lcode[END_BLOCK], llen[END_BLOCK]);
  }

  private storedBlock(buf: Uint8Array | null, start: number, storedLen: number, last: number): void {
    this.sendBits(last, 3);
    this.biWindup();
    this.out.byte(storedLen & 0xff); this.out.byte((storedLen >>> 8) & 0xff);
    this.out.byte(~storedLen & 0xff); this.out.byte((~storedLen >>> 8) & 0xff);
    if (storedLen > 0 && buf !== null) {
      this.out.ensure(storedLen);
      this.out.buf.set(buf.subarray(start, start + storedLen), this.out.len);
      this.out.len += storedLen;
    }
  }

  private flushBlock(bufStart: number, storedLen: number, last: number): void {
    let optLenb: number, staticLenb: number, maxBlindex = 0;
    if (this.level > 0) {
      this.buildTree(this.ltree);
      this.buildTree(this.dtree);
      maxBlindex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      if (staticLenb <= optLenb || this.strategy === Z_FIXED) optLenb = staticLenb;
    } else {
      optLenb = staticLenb = storedLen + 5;
    }
    if (storedLen + 4 <= optLenb && bufStart >= 0) {
      this.storedBlock(this.window, bufStart, storedLen, last);
    } else if (staticLenb === optLenb) {
      this.sendBits(2 + last, 3);
      this.compressBlock(STATIC_LTREE_CODE, STATIC_LTREE_LEN, STATIC_DTREE_CODE, STATIC_DTREE_LEN);
    } else {
      this.sendBits(4 + last, 3);
      this.sendAllTrees(this.ltree.maxCode + 1, this.dtree.maxCode + 1, maxBlindex + 1);
      this.compressBlock(this.ltree.code, this.ltree.len, this.dtree.code, this.dtree.len);
    }
    this.initBlock();
    if (last) this.biWindup();
  }

  private flushBlockOnly(last: number): void {
    this.flushBlock(this.blockStart >= 0 ? this.blockStart : -1, this.strstart - this.blockStart, last);
    this.blockStart = this.strstart;
    this.flushPending();
  }

  private tallyLit(c: number): boolean {
    this.symDist[this.symNext] = 0; this.symLc[this.symNext++] = c;
    this.ltree.freq[c]++;
    return this.symNext === this.symEnd;
  }

  private tallyDist(dist: number, len: number): boolean {
    this.symDist[this.symNext] = dist; this.symLc[this.symNext++] = len;
    this.matches++;
    dist--;
    this.ltree.freq[LENGTH_CODE[len] + 257]++;
    this.dtree.freq[dCode(dist)]++;
    return this.symNext === this.symEnd;
  }

  // ---- window
  private readBuf(dst: Uint8Array, at: number, size: number): number {
    let len = this.availIn;
    if (len > size) len = size;
    if (len === 0) return 0;
    this.availIn -= len;
    const src = this.inp.subarray(this.next, this.next + len);
    dst.set(src, at);
    if (this.wrap === 1) this.adler = adler32(src, 0, len, this.adler);
    else if (this.wrap === 2) this.crc = crc32(src, 0, len, this.crc);
    this.next += len;
    this.totalIn += len;
    return len;
  }

  private slideHash(): void {
    const wsize = this.wSize, head = this.head, prev = this.prev;
    for (let n = 0; n < head.length; n++) { const m = head[n]; head[n] = m >= wsize ? m - wsize : 0; }
    for (let n = 0; n < wsize; n++) { const m = prev[n]; prev[n] = m >= wsize ? m - wsize : 0; }
  }

  private fillWindow(): void {
    const wsize = this.wSize;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + (wsize - MIN_LOOKAHEAD)) {
        this.window.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.availIn === 0) break;
      const n = this.readBuf(this.window, this.strstart + this.lookahead, more);
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = this.window[str];
        this.insH = ((this.insH << this.hashShift) ^ this.window[str + 1]) & this.hashMask;
        while (this.insert) {
          this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.availIn !== 0);
  }

  private insertString(str: number): number {
    this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
    const h = this.prev[str & this.wMask] = this.head[this.insH];
    this.head[this.insH] = str;
    return h;
  }

  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChain;
    const win = this.window, scan = this.strstart;
    let bestLen = this.prevLength;
    let nice = this.niceMatch;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    const limit = this.strstart > maxDist ? this.strstart - maxDist : 0;
    const prev = this.prev, wmask = this.wMask;
    const strend = scan + MAX_MATCH;
    let scanEnd1 = win[scan + bestLen - 1], scanEnd = win[scan + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (nice > this.lookahead) nice = this.lookahead;
    do {
      let match = curMatch;
      if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 ||
          win[match] !== win[scan] || win[match + 1] !== win[scan + 1]) continue;
      // bytes 2 are equal whenever the hash keys are (zlib does not compare them)
      let s = scan + 3;
      match += 3;
      while (s < strend && win[s] === win[match]) { s++; match++; }
      const len = s - scan;
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= nice) break;
        scanEnd1 = win[scan + bestLen - 1];
        scanEnd = win[scan + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  private deflateStored(flush: number): number {
    let minBlock = Math.min(this.pendingBufSize - 5, this.wSize);
    let len: number, left: number, have: number, last = 0;
    let used = this.availIn;
    do {
      len = MAX_STORED;
      have = (this.biValid + 42) >> 3;
      if (this.availOut < have) break;
      have = this.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + this.availIn) len = left + this.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + this.availIn)) break;
      last = flush === Z_FINISH && len === left + this.availIn ? 1 : 0;
      this.storedBlock(null, 0, 0, last);
      const o = this.out;
      o.buf[o.len - 4] = len & 0xff; o.buf[o.len - 3] = (len >>> 8) & 0xff;
      o.buf[o.len - 2] = ~len & 0xff; o.buf[o.len - 1] = (~len >>> 8) & 0xff;
      this.flushPending();
      if (left) {
        if (left > len) left = len;
        o.ensure(left);
        o.buf.set(this.window.subarray(this.blockStart, this.blockStart + left), o.len);
        o.len += left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        o.ensure(len);
        this.readBuf(o.buf, o.len, len);
        o.len += len;
      }
    } while (last === 0);
    used -= this.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.matches = 2;
        this.window.set(this.inp.subarray(this.next - this.wSize, this.next), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.matches < 2) this.matches++;
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(this.inp.subarray(this.next - used, this.next), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (last) return FINISH_DONE;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && this.availIn === 0 && this.strstart === this.blockStart) return BLOCK_DONE;
    have = this.windowSize - this.strstart;
    if (this.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      if (this.matches < 2) this.matches++;
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > this.availIn) have = this.availIn;
    if (have) {
      this.readBuf(this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }
    have = (this.biValid + 42) >> 3;
    have = Math.min(this.pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && this.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && this.availIn === 0 && len === left ? 1 : 0;
      this.storedBlock(this.window, this.blockStart, len, last);
      this.blockStart += len;
      this.flushPending();
    }
    return last ? FINISH_STARTED : NEED_MORE;
  }

  private deflateFast(flush: number): number {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= this.wSize - MIN_LOOKAHEAD) {
        this.matchLength = this.longestMatch(hashHead);
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do { this.strstart++; this.insertString(this.strstart); } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart];
          this.insH = ((this.insH << this.hashShift) ^ this.window[this.strstart + 1]) & this.hashMask;
        }
      } else {
        bflush = this.tallyLit(this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flushBlockOnly(0);
    }
    return this.finishBlocks(flush);
  }

  private finishBlocks(flush: number): number {
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    if (flush === Z_FINISH) { this.flushBlockOnly(1); return FINISH_DONE; }
    if (this.symNext) this.flushBlockOnly(0);
    return BLOCK_DONE;
  }

  private deflateSlow(flush: number): number {
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength; this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazy && this.strstart - hashHead <= maxDist) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED ||
            (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = this.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = 0;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) this.flushBlockOnly(0);
      } else if (this.matchAvailable) {
        if (this.tallyLit(this.window[this.strstart - 1])) this.flushBlockOnly(0);
        this.strstart++;
        this.lookahead--;
      } else {
        this.matchAvailable = 1;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) { this.tallyLit(this.window[this.strstart - 1]); this.matchAvailable = 0; }
    return this.finishBlocks(flush);
  }

  private deflateRle(flush: number): number {
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return NEED_MORE;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      const win = this.window;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        let scan = this.strstart - 1;
        const prev = win[scan];
        if (prev === win[++scan] && prev === win[++scan] && prev === win[++scan]) {
          const strend = this.strstart + MAX_MATCH;
          while (scan < strend && win[++scan] === prev) { /* count the run */ }
          if (scan > strend) scan = strend;
          this.matchLength = MAX_MATCH - (strend - scan);
          if (this.matchLength > this.lookahead) this.matchLength = this.lookahead;
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = this.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = this.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) this.flushBlockOnly(0);
    }
    this.insert = 0;
    if (flush === Z_FINISH) { this.flushBlockOnly(1); return FINISH_DONE; }
    if (this.symNext) this.flushBlockOnly(0);
    return BLOCK_DONE;
  }

  private deflateHuff(flush: number): number {
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return NEED_MORE;
          break;
        }
      }
      this.matchLength = 0;
      const bflush = this.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) this.flushBlockOnly(0);
    }
    this.insert = 0;
    if (flush === Z_FINISH) { this.flushBlockOnly(1); return FINISH_DONE; }
    if (this.symNext) this.flushBlockOnly(0);
    return BLOCK_DONE;
  }

  /**
   * zlib's deflate(): consumes `input` (all of it) with the flush mode and returns the bytes produced.
   * 'error' is zlib's Z_STREAM_ERROR (the stream was finished); 'buf' its Z_BUF_ERROR (nothing to do).
   */
  deflate(input: Uint8Array, flush: number): Uint8Array | 'error' {
    this.inp = input; this.next = 0; this.availIn = input.length;
    // CPython's output buffer grows by these blocks; only level 0's stored blocks depend on them
    let i = 0;
    this.cap = this.level === 0 ? OUT_BLOCKS[0] : Infinity;
    for (;;) {
      if (this.deflateOnce(flush) === 'error') { this.out.len = 0; return 'error'; }
      if (this.cap - this.out.len > 0) break;
      this.cap += OUT_BLOCKS[Math.min(++i, OUT_BLOCKS.length - 1)];
    }
    this.cap = Infinity;
    return this.out.take();
  }

  private deflateOnce(flush: number): 'error' | 'ok' {
    if (this.ended || (this.status === FINISH_STATE && flush !== Z_FINISH)) return 'error';
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    const rank = (f: number): number => f * 2 - (f > 4 ? 9 : 0);
    if (this.out.len === 0 && this.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return 'ok';
    }
    if (this.status === FINISH_STATE && this.availIn !== 0) return 'ok';
    if (this.status === 42) {
      if (this.wrap === 2) {
        const xfl = this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0;
        for (const b of [31, 139, 8, 0, 0, 0, 0, 0, xfl, 3]) this.out.byte(b);
        this.crc = 0;
      } else if (this.wrap === 1) {
        let header = (8 + ((this.wBits - 8) << 4)) << 8;
        const levelFlags = this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 0 : this.level < 6 ? 1 : this.level === 6 ? 2 : 3;
        header |= levelFlags << 6;
        if (this.strstart !== 0) header |= 0x20;
        header += 31 - (header % 31);
        this.putShortMSB(header);
        if (this.strstart !== 0) { this.putShortMSB(this.adler >>> 16); this.putShortMSB(this.adler & 0xffff); }
        this.adler = 1;
      }
      this.status = BUSY;
    }
    if (this.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== FINISH_STATE)) {
      const bstate = this.level === 0 ? this.deflateStored(flush)
        : this.strategy === Z_HUFFMAN_ONLY ? this.deflateHuff(flush)
          : this.strategy === Z_RLE ? this.deflateRle(flush)
            : this.kind === 1 ? this.deflateFast(flush) : this.deflateSlow(flush);
      if (bstate === FINISH_STARTED || bstate === FINISH_DONE) this.status = FINISH_STATE;
      if (bstate === NEED_MORE || bstate === FINISH_STARTED) {
        if (this.availOut === 0) this.lastFlush = -1;
        return 'ok';
      }
      if (bstate === BLOCK_DONE) {
        if (flush === Z_PARTIAL_FLUSH) {
          this.sendBits(2, 3);
          this.sendBits(STATIC_LTREE_CODE[END_BLOCK], STATIC_LTREE_LEN[END_BLOCK]);
          this.biFlush();
        } else if (flush !== Z_BLOCK) {
          this.storedBlock(null, 0, 0, 0);
          if (flush === Z_FULL_FLUSH) {
            this.head.fill(0);
            if (this.lookahead === 0) { this.strstart = 0; this.blockStart = 0; this.insert = 0; }
          }
        }
        this.flushPending();
        if (this.availOut === 0) { this.lastFlush = -1; return 'ok'; }
      }
    }
    if (flush !== Z_FINISH) return 'ok';
    if (this.wrap <= 0) return 'ok';
    if (this.wrap === 2) {
      const c = this.crc, n = this.totalIn;
      for (const b of [c, c >>> 8, c >>> 16, c >>> 24, n, n >>> 8, n >>> 16, n >>> 24]) this.out.byte(b & 0xff);
    } else {
      this.putShortMSB(this.adler >>> 16);
      this.putShortMSB(this.adler & 0xffff);
    }
    this.flushPending();
    this.wrap = -this.wrap;
    return 'ok';
  }

  /** True once deflate(Z_FINISH) has written the whole stream (zlib's Z_STREAM_END). */
  get finished(): boolean { return this.status === FINISH_STATE && this.wrap <= 0; }
}


// ---------------------------------------------------------------- inflate

/**
 * A decoding table for one Huffman code: a root table indexed by the next `bits` input bits (LSB
 * first), followed by second-level tables for the codes longer than that. Entry:
 * `val << 16 | op << 8 | len`, len being the input bits the entry consumes (for a second-level entry,
 * those after the root bits). op: OP_LIT (val: the symbol; every symbol of the code-length code),
 * OP_BASE | extra bits (val: a match length or distance base), OP_EOB, OP_LINK | index bits (val:
 * where the second-level table starts; len: the root bits), OP_BAD (no such symbol: an error once
 * len bits are in).
 */
interface Table { t: Int32Array; bits: number }

const OP_LIT = 0, OP_BASE = 0x10, OP_EOB = 0x20, OP_LINK = 0x40, OP_BAD = 0x80;
const KIND_CL = 0, KIND_LIT = 1, KIND_DIST = 2;
/** The input bytes inflate's fast loop needs for one length/distance pair (48 bits) plus refill slack. */
const FAST_IN = 8;
/** Root bits per kind: the second level is reached by few codes of text and binary data alike. */
const ROOT_BITS = [7, 10, 8];
const tbCount = new Uint16Array(16), tbNext = new Uint16Array(16), tbNext2 = new Uint16Array(16);

function tableEntry(kind: number, sym: number): number {
  if (kind === KIND_CL) return sym << 16;
  if (kind === KIND_LIT) {
    if (sym < 256) return sym << 16;
    if (sym === 256) return OP_EOB << 8;
    if (sym <= 285) return (LENGTH_BASE[sym - 257] << 16) | ((OP_BASE | LENGTH_EXTRA[sym - 257]) << 8);
    return OP_BAD << 8;
  }
  return sym < 30 ? (DIST_BASE[sym] << 16) | ((OP_BASE | DIST_EXTRA[sym]) << 8) : OP_BAD << 8;
}

/** zlib's inflate_table checks: 'bad' for an over-subscribed or (but where allowed) incomplete code, else the table. */
function buildTable(lens: Uint8Array, start: number, n: number, kind: number, allowIncompleteSingle: boolean): Table | 'bad' {
  const count = tbCount, next = tbNext;
  count.fill(0);
  for (let i = 0; i < n; i++) count[lens[start + i]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    // no codes: a table whose every entry is invalid (zlib makes one that fails when used)
    const bad = (OP_BAD << 8) | 1;
    return { t: Int32Array.of(bad, bad), bits: 1 };
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return 'bad';
  }
  if (left > 0 && (!allowIncompleteSingle || max !== 1)) return 'bad';
  let code = 0;
  count[0] = 0;
  for (let bits = 1; bits <= 15; bits++) { code = (code + count[bits - 1]) << 1; next[bits] = code; }
  const root = Math.min(max, ROOT_BITS[kind]), rootSize = 1 << root, rootMask = rootSize - 1;
  // the longest code under each root prefix decides the size of that prefix's second-level table
  let subBits: Uint8Array | null = null, subAt: Int32Array | null = null;
  let size = rootSize;
  if (max > root) {
    subBits = new Uint8Array(rootSize); subAt = new Int32Array(rootSize);
    tbNext2.set(next);
    for (let sym = 0; sym < n; sym++) {
      const l = lens[start + sym];
      if (l <= root) continue;
      const p = reverseBits(tbNext2[l]++, l) & rootMask;
      if (l - root > subBits[p]) subBits[p] = l - root;
    }
    for (let p = 0; p < rootSize; p++) if (subBits[p] !== 0) { subAt[p] = size; size += 1 << subBits[p]; }
  }
  const t = new Int32Array(size);
  if (left > 0) t.fill((OP_BAD << 8) | root);
  if (subBits !== null) {
    for (let p = 0; p < rootSize; p++) if (subBits[p] !== 0) t[p] = (subAt![p] << 16) | ((OP_LINK | subBits[p]) << 8) | root;
  }
  for (let sym = 0; sym < n; sym++) {
    const l = lens[start + sym];
    if (l === 0) continue;
    const r = reverseBits(next[l]++, l);
    const e = tableEntry(kind, sym);
    if (l <= root) {
      for (let i = r; i < rootSize; i += 1 << l) t[i] = e | l;
    } else {
      const p = r & rootMask, at = subAt![p], sub = 1 << subBits![p], l2 = l - root;
      for (let i = r >>> root; i < sub; i += 1 << l2) t[at + i] = e | l2;
    }
  }
  return { t, bits: root };
}

let fixedLit: Table | null = null, fixedDist: Table | null = null;
function fixedTables(): [Table, Table] {
  if (fixedLit === null) {
    const l = new Uint8Array(288);
    for (let n = 0; n < 288; n++) l[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
    fixedLit = buildTable(l, 0, 288, KIND_LIT, false) as Table;
    const d = new Uint8Array(32).fill(5);
    fixedDist = buildTable(d, 0, 32, KIND_DIST, false) as Table;
  }
  return [fixedLit, fixedDist!];
}

const enum M {
  HEAD, GZHEAD, GZEXTRA, GZNAME, GZCOMMENT, GZHCRC, DICTID, DICT, TYPE, STORED, COPY, TABLE, LENLENS, CODELENS,
  LEN, LIT, MATCH, CHECK, LENGTH, DONE,
}

/** The outcome of one Inflater.inflate call. */
export interface InflateResult {
  out: Uint8Array;
  /** 'ok' (more input wanted or output limit reached), 'end' (stream complete), 'dict' (needs a dictionary), 'error'. */
  status: 'ok' | 'end' | 'dict' | 'error';
  msg: string;
}

/** A zlib-compatible decompressor stream (inflateInit2 with wbits). */
export class Inflater {
  private wrap: number; // bit 1: zlib, bit 2: gzip, 3: either
  private wbits: number;
  private mode = M.HEAD;
  private hold = 0; private bits = 0;
  private last = 0;
  private length = 0; private dist = 0;
  private lenTable: Table | null = null; private distTable: Table | null = null;
  private nlen = 0; private ndist = 0; private ncode = 0; private have = 0;
  private lens = new Uint8Array(320);
  private clTable: Table | null = null;
  private check = 0; private total = 0;
  private gzFlags = 0; private isGzip = false;
  private dictId = 0;
  /** Output so far: the last 32K of earlier calls followed by this call's output. */
  private outBuf = new Uint8Array(65536);
  private outLen = 0;
  /** How much of outBuf the check value covers. */
  private checkedTo = 0;
  // input
  private inp: Uint8Array = new Uint8Array(0); private pos = 0; private end = 0;
  private hdrBytes: number[] = [];

  constructor(wbits: number) {
    if (wbits < 0) { this.wrap = 0; wbits = -wbits; } else if (wbits >= 32) { this.wrap = 3; wbits -= 32; }
    else if (wbits >= 16) { this.wrap = 2; wbits -= 16; } else this.wrap = 1;
    if (wbits === 0 && this.wrap !== 0) wbits = 0; // take the window size from the header
    this.wbits = wbits;
    if (this.wrap === 0) this.mode = M.TYPE;
  }

  /** inflateInit2's check of wbits. */
  static wbitsOk(wbits: number): boolean {
    if (wbits < 0) return wbits >= -15 && wbits <= -8;
    if (wbits >= 32) wbits -= 32; else if (wbits >= 16) wbits -= 16;
    return wbits === 0 || (wbits >= 8 && wbits <= 15) ;
  }

  clone(): Inflater {
    const c = Object.create(Inflater.prototype) as Inflater;
    Object.assign(c, this);
    c.outBuf = this.outBuf.slice();
    c.lens = this.lens.slice();
    c.hdrBytes = this.hdrBytes.slice();
    return c;
  }

  get needsDict(): boolean { return this.mode === M.DICT; }
  get done(): boolean { return this.mode === M.DONE; }

  /** inflateSetDictionary: false with the error (zlib's "incorrect data check" as Z_DATA_ERROR) on an Adler-32 mismatch. */
  setDictionary(dict: Uint8Array): boolean {
    if (this.mode === M.DICT) {
      if (adler32(dict, 0, dict.length, 1) !== this.dictId) return false;
      this.mode = M.TYPE;
    } else if (this.wrap !== 0 || this.mode !== M.TYPE) return false;
    this.pushHistory(dict);
    return true;
  }

  private pushHistory(d: Uint8Array): void {
    const keep = d.length > 32768 ? d.subarray(d.length - 32768) : d;
    this.ensureOut(keep.length);
    this.outBuf.set(keep, this.outLen);
    this.outLen += keep.length;
  }

  private ensureOut(n: number): void {
    if (this.outLen + n <= this.outBuf.length) return;
    let size = this.outBuf.length * 2;
    while (size < this.outLen + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.outBuf.subarray(0, this.outLen));
    this.outBuf = b;
  }

  /** Bytes of input not consumed by the last call (left after the end of the stream, or over the output limit). */
  get remaining(): number { return this.end - this.pos; }

  /**
   * Decodes from `input`, producing at most `maxOut` bytes (0: unlimited). Returns what was produced;
   * `remaining` then says how many input bytes were left unused (at the end of the stream, the bits
   * of a partial byte are given back as zlib does).
   */
  inflate(input: Uint8Array, maxOut: number): InflateResult {
    this.inp = input; this.pos = 0; this.end = input.length;
    // keep 32K of history in front of this call's output
    if (this.outLen > 32768) {
      this.outBuf.copyWithin(0, this.outLen - 32768, this.outLen);
      this.outLen = 32768;
    }
    const base = this.outLen;
    const limit = maxOut > 0 ? base + maxOut : Infinity;
    // room for a guess at the output (compressed text is about a third of its size), to grow less often
    this.ensureOut(Math.min(input.length * 4, maxOut > 0 ? maxOut : 1 << 26));
    this.checkedTo = base;
    const r = this.run(base, limit);
    // output of a call that stopped where run() does not bring the check up to date (wanting input
    // for a block header, say) is checked before the next call moves it
    if (r === 'ok' && this.checkedTo < this.outLen) this.updateCheck(this.checkedTo, this.outLen);
    const out = this.outBuf.slice(base, this.outLen);
    if (r !== 'ok' && r !== 'end' && r !== 'dict') return { out, status: 'error', msg: r };
    if (this.mode === M.DONE || (maxOut > 0 && this.outLen >= limit)) {
      // whole bytes read ahead go back to the input, as zlib leaves them unconsumed
      const back = Math.min(this.bits >>> 3, this.pos);
      this.pos -= back;
      this.bits -= back * 8;
      this.hold %= 2 ** this.bits;
    }
    return { out, status: r, msg: '' };
  }

  /**
   * Decodes literals and matches of the current block while at least FAST_IN input bytes are left and
   * a longest match fits under the output limit (zlib's inflate_fast): the bit buffer in locals, no
   * per-symbol state. Stops before anything unusual (an invalid code, a distance too far back) so that
   * run() reports it with the state it would have had; sets M.TYPE at the end of the block.
   */
  private fast(base: number, limit: number): void {
    const inp = this.inp, inLast = this.end - FAST_IN;
    // hold stays below 2 ** 31 (bits <= 31), so that V8 keeps it an int32: shifts with >>, refills with |
    let hold = this.hold | 0, bits = this.bits, pos = this.pos;
    let out = this.outBuf, outLen = this.outLen;
    const outLast = limit - MAX_MATCH;
    const lt = this.lenTable!.t, lmask = (1 << this.lenTable!.bits) - 1;
    const dt = this.distTable!.t, dmask = (1 << this.distTable!.bits) - 1;
    // a distance may reach back over the whole window of history kept before this call's output
    const lowest = base - Math.min(base, 1 << (this.wbits || 15));
    while (pos <= inLast && outLen <= outLast) {
      const hold0 = hold, bits0 = bits, pos0 = pos;
      if (bits < 15) { hold |= (inp[pos] << bits) | (inp[pos + 1] << (bits + 8)); pos += 2; bits += 16; }
      let e = lt[hold & lmask];
      let op = (e >>> 8) & 0xff, l = e & 0xff;
      if (op & OP_LINK) {
        hold >>= l; bits -= l;
        e = lt[(e >>> 16) + (hold & ((1 << (op & 15)) - 1))];
        op = (e >>> 8) & 0xff; l = e & 0xff;
      }
      hold >>= l; bits -= l;
      if (op === OP_LIT) {
        if (outLen === out.length) { this.outLen = outLen; this.ensureOut(MAX_MATCH); out = this.outBuf; }
        out[outLen++] = e >>> 16;
        continue;
      }
      if (op & OP_BASE) {
        let length = e >>> 16;
        let x = op & 15;
        if (x !== 0) {
          if (bits < x) { hold |= inp[pos++] << bits; bits += 8; }
          length += hold & ((1 << x) - 1);
          hold >>= x; bits -= x;
        }
        if (bits < 15) { hold |= (inp[pos] << bits) | (inp[pos + 1] << (bits + 8)); pos += 2; bits += 16; }
        e = dt[hold & dmask];
        op = (e >>> 8) & 0xff; l = e & 0xff;
        if (op & OP_LINK) {
          hold >>= l; bits -= l;
          e = dt[(e >>> 16) + (hold & ((1 << (op & 15)) - 1))];
          op = (e >>> 8) & 0xff; l = e & 0xff;
        }
        hold >>= l; bits -= l;
        if ((op & OP_BASE) === 0) { hold = hold0; bits = bits0; pos = pos0; break; }
        let dist = e >>> 16;
        x = op & 15;
        if (x !== 0) {
          if (bits < x) { hold |= (inp[pos] << bits) | (inp[pos + 1] << (bits + 8)); pos += 2; bits += 16; }
          dist += hold & ((1 << x) - 1);
          hold >>= x; bits -= x;
        }
        let from = outLen - dist;
        if (from < lowest) { hold = hold0; bits = bits0; pos = pos0; break; }
        if (outLen + length > out.length) { this.outLen = outLen; this.ensureOut(MAX_MATCH); out = this.outBuf; }
        const stop = outLen + length;
        if (dist >= length && length > 64) { out.copyWithin(outLen, from, from + length); outLen = stop; continue; }
        if (dist >= 4) {
          // four at a time: a group never reads what it writes, so overlapping copies still repeat
          const stop4 = stop - 3;
          while (outLen < stop4) {
            out[outLen] = out[from]; out[outLen + 1] = out[from + 1]; out[outLen + 2] = out[from + 2]; out[outLen + 3] = out[from + 3];
            outLen += 4; from += 4;
          }
        }
        while (outLen < stop) out[outLen++] = out[from++];
        continue;
      }
      if (op & OP_EOB) { this.mode = M.TYPE; break; }
      hold = hold0; bits = bits0; pos = pos0; // an invalid code
      break;
    }
    // whole bytes of this call's input read ahead go back
    const back = Math.min(bits >>> 3, pos);
    pos -= back; bits -= back * 8;
    hold &= (1 << bits) - 1;
    this.hold = hold; this.bits = bits; this.pos = pos; this.outLen = outLen;
  }

  private updateCheck(from: number, to: number): void {
    if (this.isGzip) this.check = crc32(this.outBuf, from, to, this.check);
    else if (this.wrap !== 0) this.check = adler32(this.outBuf, from, to, this.check);
    this.total += to - from;
  }

  /** The state machine. Returns 'ok' when it needs more input or reached the output limit. */
  private run(base: number, limit: number): 'ok' | 'end' | 'dict' | string {
    const inp = this.inp;
    let hold = this.hold, bits = this.bits, pos = this.pos;
    const end = this.end;
    const need = (n: number): boolean => {
      while (bits < n) {
        if (pos >= end) return false;
        hold += inp[pos++] * 2 ** bits; // hold may exceed 32 bits briefly
        bits += 8;
      }
      return true;
    };
    const drop = (n: number): void => { hold = Math.floor(hold / 2 ** n); bits -= n; };
    const take = (n: number): number => { const v = hold % 2 ** n; drop(n); return v; };
    const save = (): void => { this.hold = hold; this.bits = bits; this.pos = pos; };
    const flushCheck = (): void => { this.updateCheck(this.checkedTo, this.outLen); this.checkedTo = this.outLen; };
    /**
     * The entry of `tab` for the next code (its len the whole code length), or -1 when the input ends
     * first; takes no bits.
     */
    const decode = (tab: Table): number => {
      const t = tab.t, mask = (1 << tab.bits) - 1;
      for (;;) {
        let e = t[hold & mask];
        const l = e & 0xff;
        if (((e >>> 8) & OP_LINK) !== 0 && l <= bits) {
          e = t[(e >>> 16) + (Math.floor(hold / 2 ** l) & ((1 << ((e >>> 8) & 15)) - 1))] + l;
        }
        if ((e & 0xff) <= bits) return e;
        if (pos >= end) return -1;
        hold += inp[pos++] * 2 ** bits; bits += 8;
      }
    };
    for (;;) {
      switch (this.mode) {
        case M.HEAD: {
          if (this.wrap & 2) {
            if (!need(16)) { save(); return 'ok'; }
            if (this.wrap & 2 && hold === 0x8b1f) {
              if (this.wbits === 0) this.wbits = 15;
              this.isGzip = true;
              this.check = 0;
              drop(16);
              this.mode = M.GZHEAD;
              this.length = -1;
              this.hdrBytes = [0x1f, 0x8b];
              break;
            }
            if (!(this.wrap & 1)) { save(); return 'incorrect header check'; }
          }
          if (!need(16)) { save(); return 'ok'; }
          const b0 = hold & 0xff, b1 = (hold >>> 8) & 0xff;
          if (((b0 << 8) + b1) % 31 !== 0) { save(); return 'incorrect header check'; }
          if ((b0 & 0x0f) !== 8) { save(); return 'unknown compression method'; }
          const len = (b0 >>> 4) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) { save(); return 'invalid window size'; }
          drop(16);
          this.check = 1;
          this.mode = b1 & 0x20 ? M.DICTID : M.TYPE;
          break;
        }
        case M.GZHEAD: {
          if (this.length < 0) {
            if (!need(16)) { save(); return 'ok'; }
            const cm = hold & 0xff, flg = (hold >>> 8) & 0xff;
            if (cm !== 8) { save(); return 'unknown compression method'; }
            if (flg & 0xe0) { save(); return 'unknown header flags set'; }
            drop(16);
            this.gzFlags = flg;
            this.hdrBytes.push(cm, flg);
            this.length = 0;
          }
          while (this.length < 6) {
            if (!need(8)) { save(); return 'ok'; }
            this.hdrBytes.push(take(8));
            this.length++;
          }
          this.mode = M.GZEXTRA;
          this.length = -1;
          break;
        }
        case M.GZEXTRA: {
          if (this.gzFlags & 4) {
            if (this.length < 0) {
              if (!need(16)) { save(); return 'ok'; }
              this.length = take(16);
              this.hdrBytes.push(this.length & 0xff, this.length >>> 8);
            }
            while (this.length > 0) {
              if (!need(8)) { save(); return 'ok'; }
              this.hdrBytes.push(take(8));
              this.length--;
            }
          }
          this.mode = M.GZNAME;
          break;
        }
        case M.GZNAME:
        case M.GZCOMMENT: {
          if (this.gzFlags & (this.mode === M.GZNAME ? 8 : 16)) {
            for (;;) {
              if (!need(8)) { save(); return 'ok'; }
              const c = take(8);
              this.hdrBytes.push(c);
              if (c === 0) break;
            }
          }
          this.mode = this.mode === M.GZNAME ? M.GZCOMMENT : M.GZHCRC;
          break;
        }
        case M.GZHCRC: {
          if (this.gzFlags & 2) {
            if (!need(16)) { save(); return 'ok'; }
            const v = take(16);
            const h = crc32(Uint8Array.from(this.hdrBytes), 0, this.hdrBytes.length, 0) & 0xffff;
            if (v !== h) { save(); return 'header crc mismatch'; }
          }
          this.check = 0;
          this.mode = M.TYPE;
          break;
        }
        case M.DICTID: {
          if (!need(32)) { save(); return 'ok'; }
          const a = take(8), b = take(8), c = take(8), d = take(8);
          this.dictId = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
          this.mode = M.DICT;
          break;
        }
        case M.DICT:
          save();
          return 'dict';
        case M.TYPE: {
          if (this.last) {
            drop(bits & 7);
            this.mode = M.CHECK;
            break;
          }
          if (!need(3)) { save(); return 'ok'; }
          this.last = take(1);
          const type = take(2);
          if (type === 0) this.mode = M.STORED;
          else if (type === 1) { [this.lenTable, this.distTable] = fixedTables(); this.mode = M.LEN; }
          else if (type === 2) this.mode = M.TABLE;
          else { save(); return 'invalid block type'; }
          break;
        }
        case M.STORED: {
          drop(bits & 7);
          if (!need(32)) { save(); return 'ok'; }
          const len = hold % 65536, nlen = Math.floor(hold / 65536);
          if (len !== (nlen ^ 0xffff)) { save(); return 'invalid stored block lengths'; }
          this.length = len;
          hold = 0; bits = 0;
          this.mode = M.COPY;
          break;
        }
        case M.COPY: {
          while (this.length > 0) {
            let n = Math.min(this.length, end - pos);
            if (limit !== Infinity) n = Math.min(n, limit - this.outLen);
            if (n <= 0) { flushCheck(); save(); return 'ok'; }
            this.ensureOut(n);
            this.outBuf.set(inp.subarray(pos, pos + n), this.outLen);
            this.outLen += n; pos += n; this.length -= n;
          }
          this.mode = M.TYPE;
          break;
        }
        case M.TABLE: {
          if (!need(14)) { save(); return 'ok'; }
          this.nlen = take(5) + 257; this.ndist = take(5) + 1; this.ncode = take(4) + 4;
          if (this.nlen > 286 || this.ndist > 30) { save(); return 'too many length or distance symbols'; }
          this.have = 0;
          this.lens.fill(0);
          this.mode = M.LENLENS;
          break;
        }
        case M.LENLENS: {
          while (this.have < this.ncode) {
            if (!need(3)) { save(); return 'ok'; }
            this.lens[BL_ORDER[this.have++]] = take(3);
          }
          while (this.have < 19) this.lens[BL_ORDER[this.have++]] = 0;
          const t = buildTable(this.lens, 0, 19, KIND_CL, false);
          if (t === 'bad') { save(); return 'invalid code lengths set'; }
          this.clTable = t;
          this.have = 0;
          this.lens.fill(0);
          this.mode = M.CODELENS;
          break;
        }
        case M.CODELENS: {
          const total = this.nlen + this.ndist;
          const cl = this.clTable!, clMask = (1 << cl.bits) - 1;
          while (this.have < total) {
            // (an empty code-length code reads as symbol 0 of one bit, as in zlib)
            let e: number;
            for (;;) {
              e = cl.t[hold & clMask];
              if ((e & 0xff) <= bits) break;
              if (pos >= end) { save(); return 'ok'; }
              hold += inp[pos++] * 2 ** bits; bits += 8;
            }
            const sym = e >>> 16, l = e & 0xff;
            if (sym < 16) { drop(l); this.lens[this.have++] = sym; continue; }
            let copy: number, val = 0;
            if (sym === 16) {
              if (!need(l + 2)) { save(); return 'ok'; }
              drop(l);
              if (this.have === 0) { save(); return 'invalid bit length repeat'; }
              val = this.lens[this.have - 1];
              copy = 3 + take(2);
            } else if (sym === 17) {
              if (!need(l + 3)) { save(); return 'ok'; }
              drop(l); copy = 3 + take(3);
            } else {
              if (!need(l + 7)) { save(); return 'ok'; }
              drop(l); copy = 11 + take(7);
            }
            if (this.have + copy > total) { save(); return 'invalid bit length repeat'; }
            while (copy--) this.lens[this.have++] = val;
          }
          if (this.lens[256] === 0) { save(); return 'invalid code -- missing end-of-block'; }
          const lt = buildTable(this.lens, 0, this.nlen, KIND_LIT, true);
          if (lt === 'bad') { save(); return 'invalid literal/lengths set'; }
          const dt = buildTable(this.lens, this.nlen, this.ndist, KIND_DIST, true);
          if (dt === 'bad') { save(); return 'invalid distances set'; }
          this.lenTable = lt; this.distTable = dt;
          this.mode = M.LEN;
          break;
        }
        case M.LEN: {
          if (end - pos >= FAST_IN && this.outLen + MAX_MATCH <= limit && bits < 31) {
            save();
            this.fast(base, limit);
            hold = this.hold; bits = this.bits; pos = this.pos;
            if (this.mode !== M.LEN) break;
          }
          // one symbol at a time near the end of the input or the output limit
          const e = decode(this.lenTable!);
          if (e < 0) { flushCheck(); save(); return 'ok'; }
          const op = (e >>> 8) & 0xff, l = e & 0xff;
          if (op === OP_LIT) {
            drop(l);
            if (this.outLen >= limit) {
              // zlib decodes the next literal before it finds the output full
              this.length = e >>> 16; this.mode = M.LIT; flushCheck(); save(); return 'ok';
            }
            this.ensureOut(1);
            this.outBuf[this.outLen++] = e >>> 16;
            break;
          }
          if (op & OP_EOB) { drop(l); this.mode = M.TYPE; break; }
          if (op & OP_BAD) { flushCheck(); save(); return 'invalid literal/length code'; }
          const lx = op & 15;
          // the length code and its extra bits are taken together
          if (!need(l + lx)) { flushCheck(); save(); return 'ok'; }
          drop(l);
          this.length = (e >>> 16) + (lx ? take(lx) : 0);
          this.dist = 0;
          this.mode = M.MATCH;
          break;
        }
        case M.LIT: {
          if (this.outLen >= limit) { flushCheck(); save(); return 'ok'; }
          this.ensureOut(1);
          this.outBuf[this.outLen++] = this.length;
          this.mode = M.LEN;
          break;
        }
        case M.MATCH: {
          // this.length is set; decode the distance (if not yet) and copy
          if (this.dist === 0) {
            const e = decode(this.distTable!);
            if (e < 0) { flushCheck(); save(); return 'ok'; }
            const op = (e >>> 8) & 0xff, dl = e & 0xff;
            if (!(op & OP_BASE)) { flushCheck(); save(); return 'invalid distance code'; }
            const dx = op & 15;
            if (!need(dl + dx)) { flushCheck(); save(); return 'ok'; }
            drop(dl);
            const dist = (e >>> 16) + (dx ? take(dx) : 0);
            if (dist > Math.min(base, 1 << (this.wbits || 15)) + (this.outLen - base)) {
              flushCheck(); save(); return 'invalid distance too far back';
            }
            this.dist = dist;
          }
          let n = this.length;
          if (limit !== Infinity) n = Math.min(n, limit - this.outLen);
          if (n <= 0) { flushCheck(); save(); return 'ok'; }
          this.ensureOut(n);
          const out = this.outBuf, d = this.dist;
          let o = this.outLen;
          if (d >= n) out.copyWithin(o, o - d, o - d + n);
          else for (let i = 0; i < n; i++, o++) out[o] = out[o - d];
          this.outLen += n;
          this.length -= n;
          if (this.length > 0) { flushCheck(); save(); return 'ok'; }
          this.dist = 0;
          this.mode = M.LEN;
          break;
        }
        case M.CHECK: {
          flushCheck();
          if (this.wrap !== 0) {
            if (!need(32)) { save(); return 'ok'; }
            let v: number;
            if (this.isGzip) v = take(32) >>> 0;
            else { const a = take(8), b = take(8), c = take(8), d = take(8); v = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0; }
            if (v !== this.check) { save(); return 'incorrect data check'; }
          }
          this.mode = this.isGzip ? M.LENGTH : M.DONE;
          break;
        }
        case M.LENGTH: {
          if (!need(32)) { save(); return 'ok'; }
          const v = take(32);
          if (v !== this.total % 2 ** 32) { save(); return 'incorrect length check'; }
          this.mode = M.DONE;
          break;
        }
        case M.DONE:
          flushCheck();
          save();
          return 'end';
      }
    }
  }

}
