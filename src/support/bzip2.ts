// The bzip2 format (Julian Seward's bzip2 1.0), written for Immortal's _bz2 module on typed arrays.
// A stream is "BZh" and a digit (the block size in 100 kB), blocks, and an end-of-stream marker with
// the combined CRC; it is a bit stream, most significant bit first, padded to a byte only at the
// end. Each block starts with the 48-bit magic 0x314159265359, the block's CRC, a "randomised" bit,
// origPtr (the rank of rotation 0 after sorting) and the byte map; then 2-6 Huffman tables, a
// selector (which table) for every 50 symbols, and the symbols: the sorted block's last column
// (its Burrows-Wheeler transform) as move-to-front positions with runs of position 0 in bijective
// base 2 (RUNA/RUNB). Input bytes pass through a first run-length step before the block (runs of
// 4-255 equal bytes become 4 bytes and a count).
//
// The encoder reproduces libbzip2 1.0.8's output byte for byte (the output CPython's bz2 gives):
// its block size limit and run-length step, its block sort (bzip2-sort.ts), its choice of the
// number of tables, their initial ranges and four refinement passes, its Huffman code lengths
// (heap order and the depth tie-break included, limited to 17 bits by halving frequencies) and its
// bit writer, which leaves up to 31 bits pending between blocks. The decoder is resumable at any
// byte and consumes input as libbzip2 does (a byte only when its bits are needed), so CPython's
// needs_input and unused_data come out the same; it also reads old "randomised" blocks.
// Knows nothing about Python.

import { blockSort, sortResult, OVERSHOOT } from './bzip2-sort.ts';
import { RAND_NUMS } from './bzip2-randtable.ts';

// ---------------------------------------------------------------- CRC (MSB-first, polynomial 0x04c11db7)

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[n] = c;
  }
  return t;
})();

/** The bzip2 CRC of data[start:end], continuing from `crc` (a finished, unsigned value; 0 to start). */
export function bz2Crc(data: Uint8Array, start: number, end: number, crc: number): number {
  let c = ~crc;
  for (let i = start; i < end; i++) c = (c << 8) ^ CRC_TABLE[((c >>> 24) ^ data[i]) & 0xff];
  return ~c >>> 0;
}

const BLOCK_MAGIC = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const END_MAGIC = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];
const RUNA = 0, RUNB = 1;
const N_GROUPS = 6;
const GROUP_SIZE = 50;
const MAX_ALPHA = 258;
const MAX_CODE_LEN = 23;
const MAX_SELECTORS = 2 + 900000 / GROUP_SIZE;

// ---------------------------------------------------------------- Huffman code lengths

const heap = new Int32Array(MAX_ALPHA + 2);
const weight = new Int32Array(MAX_ALPHA * 2);
const parent = new Int32Array(MAX_ALPHA * 2);

/**
 * Code lengths for `freq[0:alphaSize]` into `len[lenAt:]`, at most `maxLen` bits. A node's weight is
 * its frequency times 256 plus its depth, so that among equal frequencies the shallower tree joins
 * first (libbzip2's rule); when a code is too long, every frequency is halved (plus one) and the
 * tree is built again.
 */
function makeCodeLengths(len: Uint8Array, lenAt: number, freq: Int32Array, freqAt: number, alphaSize: number, maxLen: number): void {
  for (let i = 0; i < alphaSize; i++) {
    const f = freq[freqAt + i];
    weight[i + 1] = (f === 0 ? 1 : f) << 8;
  }
  for (;;) {
    let nodes = alphaSize, n = 0;
    heap[0] = 0; weight[0] = 0; parent[0] = -2;
    const up = (at: number): void => {
      const moving = heap[at];
      while (weight[moving] < weight[heap[at >> 1]]) { heap[at] = heap[at >> 1]; at >>= 1; }
      heap[at] = moving;
    };
    const down = (at: number): void => {
      const moving = heap[at];
      for (;;) {
        let child = at << 1;
        if (child > n) break;
        if (child < n && weight[heap[child + 1]] < weight[heap[child]]) child++;
        if (weight[moving] < weight[heap[child]]) break;
        heap[at] = heap[child];
        at = child;
      }
      heap[at] = moving;
    };
    for (let i = 1; i <= alphaSize; i++) {
      parent[i] = -1;
      heap[++n] = i;
      up(n);
    }
    while (n > 1) {
      const a = heap[1]; heap[1] = heap[n--]; down(1);
      const b = heap[1]; heap[1] = heap[n--]; down(1);
      nodes++;
      parent[a] = parent[b] = nodes;
      const wa = weight[a], wb = weight[b];
      weight[nodes] = ((wa & ~0xff) + (wb & ~0xff)) | (1 + Math.max(wa & 0xff, wb & 0xff));
      parent[nodes] = -1;
      heap[++n] = nodes;
      up(n);
    }
    let tooLong = false;
    for (let i = 1; i <= alphaSize; i++) {
      let depth = 0;
      for (let k = i; parent[k] >= 0; k = parent[k]) depth++;
      len[lenAt + i - 1] = depth;
      if (depth > maxLen) tooLong = true;
    }
    if (!tooLong) return;
    for (let i = 1; i <= alphaSize; i++) weight[i] = (1 + Math.trunc((weight[i] >> 8) / 2)) << 8;
  }
}

/** Canonical codes: shortest first, and in symbol order within one length. */
function assignCodes(code: Int32Array, len: Uint8Array, at: number, minLen: number, maxLen: number, alphaSize: number): void {
  let next = 0;
  for (let n = minLen; n <= maxLen; n++) {
    for (let i = 0; i < alphaSize; i++) if (len[at + i] === n) code[at + i] = next++;
    next <<= 1;
  }
}

// ---------------------------------------------------------------- the encoder

// scratch shared by every encoder (a block is encoded in one go)
let zbits = new Uint8Array(0);
let mtfv = new Uint16Array(0);
const mtfFreq = new Int32Array(MAX_ALPHA);
const lens = new Uint8Array(N_GROUPS * MAX_ALPHA);
const codes = new Int32Array(N_GROUPS * MAX_ALPHA);
const rfreq = new Int32Array(N_GROUPS * MAX_ALPHA);
const selector = new Uint8Array(MAX_SELECTORS + 50);
const selectorMtf = new Uint8Array(MAX_SELECTORS + 50);
const cost = new Int32Array(N_GROUPS);

/** A bzip2 compressor (libbzip2's BZ_RUN / BZ_FINISH), for levels 1-9 (block size in 100 kB). */
export class Bz2Encoder {
  readonly level: number;
  private readonly maxFill: number;
  private readonly block: Uint8Array;
  private nblock = 0;
  private readonly inUse = new Uint8Array(256);
  private blockCrc = -1;
  private combinedCrc = 0;
  private blockNo = 0;
  /** The run being collected by the first run-length step: its byte (256: none) and length. */
  private runCh = 256;
  private runLen = 0;
  // the bit writer: `bitBuf` holds `bitLive` pending bits at its top; numZ bytes are in zbits
  private bitBuf = 0;
  private bitLive = 0;
  private numZ = 0;
  /** Compressed bytes produced but not yet returned. */
  private pending: Uint8Array = new Uint8Array(0);

  constructor(level: number) {
    this.level = level;
    this.maxFill = 100000 * level - 19;
    this.block = new Uint8Array(100000 * level + OVERSHOOT);
    this.newBlock();
  }

  private newBlock(): void {
    this.nblock = 0;
    this.blockCrc = -1;
    this.inUse.fill(0);
    this.blockNo++;
  }

  /** Moves the collected run into the block (1-3 bytes as they are, 4-255 as 4 bytes and a count). */
  private addRun(): void {
    const ch = this.runCh, n = this.runLen, block = this.block;
    let crc = this.blockCrc;
    for (let i = 0; i < n; i++) crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
    this.blockCrc = crc;
    this.inUse[ch] = 1;
    let nb = this.nblock;
    if (n < 4) {
      for (let i = 0; i < n; i++) block[nb++] = ch;
    } else {
      this.inUse[n - 4] = 1;
      block[nb++] = ch; block[nb++] = ch; block[nb++] = ch; block[nb++] = ch;
      block[nb++] = n - 4;
    }
    this.nblock = nb;
  }

  /**
   * Takes in data[start:end]; returns compressed bytes as CPython's BZ2Compressor.compress does: what
   * was held back by the previous call, and the blocks this one completed, except that a block
   * completed by the very last input byte is given only as far as CPython's output buffer has room
   * (libbzip2 keeps the rest until the next call, as its caller stops once the input is used up).
   */
  compress(data: Uint8Array, start = 0, end = data.length): Uint8Array {
    if (end <= start) return new Uint8Array(0);
    const parts: Uint8Array[] = [this.pending];
    let delivered = this.pending.length;
    this.pending = new Uint8Array(0);
    const block = this.block, inUse = this.inUse, maxFill = this.maxFill;
    let runCh = this.runCh, runLen = this.runLen, nb = this.nblock, crc = this.blockCrc;
    for (let i = start; i < end; i++) {
      const c = data[i];
      if (c !== runCh && runLen === 1) {
        // the common case: a single byte ends
        crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ runCh) & 0xff];
        inUse[runCh] = 1;
        block[nb++] = runCh;
        runCh = c;
      } else if (c !== runCh || runLen === 255) {
        if (runCh < 256) {
          this.nblock = nb; this.blockCrc = crc; this.runCh = runCh; this.runLen = runLen;
          this.addRun();
          nb = this.nblock; crc = this.blockCrc;
        }
        runCh = c;
        runLen = 1;
      } else {
        runLen++;
      }
      if (nb >= maxFill) {
        // a full block is sent at once; the run being collected goes on into the next one
        this.nblock = nb; this.blockCrc = crc; this.runCh = runCh; this.runLen = runLen;
        const out = this.compressBlock(false);
        this.newBlock();
        nb = 0; crc = -1;
        if (i === end - 1) {
          const take = Math.min(out.length, outputCapacity(delivered) - delivered);
          parts.push(out.subarray(0, take));
          this.pending = out.subarray(take);
        } else {
          parts.push(out);
          delivered += out.length;
        }
      }
    }
    this.nblock = nb; this.blockCrc = crc; this.runCh = runCh; this.runLen = runLen;
    return concatAll(parts);
  }

  /** Ends the stream: what was held back, the last block and the end-of-stream marker. */
  finish(): Uint8Array {
    if (this.runCh < 256) this.addRun();
    this.runCh = 256;
    this.runLen = 0;
    const held = this.pending;
    this.pending = new Uint8Array(0);
    return concatAll([held, this.compressBlock(true)]);
  }

  private w(n: number, v: number): void {
    while (this.bitLive >= 8) {
      zbits[this.numZ++] = this.bitBuf >>> 24;
      this.bitBuf <<= 8;
      this.bitLive -= 8;
    }
    this.bitBuf |= v << (32 - this.bitLive - n);
    this.bitLive += n;
  }

  private w32(u: number): void {
    this.w(8, (u >>> 24) & 0xff); this.w(8, (u >>> 16) & 0xff); this.w(8, (u >>> 8) & 0xff); this.w(8, u & 0xff);
  }

  private compressBlock(last: boolean): Uint8Array {
    const n = this.nblock;
    let order: Int32Array | null = null;
    if (n > 0) {
      this.blockCrc = ~this.blockCrc;
      this.combinedCrc = ((this.combinedCrc << 1) | (this.combinedCrc >>> 31)) ^ this.blockCrc;
      order = blockSort(this.block, n);
    }
    const need = Math.ceil(n * 17 / 8) + 40000;
    if (zbits.length < need) zbits = new Uint8Array(need);
    this.numZ = 0;
    if (this.blockNo === 1) {
      this.bitBuf = 0; this.bitLive = 0;
      this.w(8, 0x42); this.w(8, 0x5a); this.w(8, 0x68); this.w(8, 0x30 + this.level);
    }
    if (n > 0) {
      for (const b of BLOCK_MAGIC) this.w(8, b);
      this.w32(this.blockCrc);
      this.w(1, 0);
      this.w(24, sortResult.origPtr);
      const nMTF = this.makeMtfValues(order!);
      this.sendMtfValues(nMTF);
    }
    if (last) {
      for (const b of END_MAGIC) this.w(8, b);
      this.w32(this.combinedCrc);
      while (this.bitLive > 0) {
        zbits[this.numZ++] = this.bitBuf >>> 24;
        this.bitBuf <<= 8;
        this.bitLive -= 8;
      }
    }
    return zbits.slice(0, this.numZ);
  }

  private nInUse = 0;
  private readonly unseqToSeq = new Uint8Array(256);

  /** The last column as move-to-front positions + 1, with runs of zeros as RUNA/RUNB digits; ends with EOB. */
  private makeMtfValues(order: Int32Array): number {
    const n = this.nblock, block = this.block, map = this.unseqToSeq;
    let nInUse = 0;
    for (let i = 0; i < 256; i++) if (this.inUse[i]) map[i] = nInUse++;
    this.nInUse = nInUse;
    const eob = nInUse + 1;
    if (mtfv.length < n + 2) mtfv = new Uint16Array(n + 2);
    mtfFreq.fill(0, 0, eob + 1);
    const yy = new Uint8Array(256);
    for (let i = 0; i < nInUse; i++) yy[i] = i;
    let wr = 0, zPend = 0;
    const flushZeros = (): void => {
      zPend--;
      for (;;) {
        const sym = zPend & 1 ? RUNB : RUNA;
        mtfv[wr++] = sym;
        mtfFreq[sym]++;
        if (zPend < 2) break;
        zPend = (zPend - 2) >> 1;
      }
      zPend = 0;
    };
    for (let i = 0; i < n; i++) {
      let j = order[i] - 1;
      if (j < 0) j += n;
      const ll = map[block[j]];
      if (yy[0] === ll) { zPend++; continue; }
      if (zPend > 0) flushZeros();
      let held = yy[1];
      yy[1] = yy[0];
      let p = 1;
      while (ll !== held) {
        p++;
        const t = held;
        held = yy[p];
        yy[p] = t;
      }
      yy[0] = held;
      mtfv[wr++] = p + 1;
      mtfFreq[p + 1]++;
    }
    if (zPend > 0) flushZeros();
    mtfv[wr++] = eob;
    mtfFreq[eob]++;
    return wr;
  }

  private sendMtfValues(nMTF: number): void {
    const alphaSize = this.nInUse + 2;
    lens.fill(15);
    const nGroups = nMTF < 200 ? 2 : nMTF < 600 ? 3 : nMTF < 1200 ? 4 : nMTF < 2400 ? 5 : 6;

    // initial tables: split the symbol range into nGroups parts of about equal frequency
    {
      let nPart = nGroups, remF = nMTF, gs = 0;
      while (nPart > 0) {
        const tFreq = Math.trunc(remF / nPart);
        let ge = gs - 1, aFreq = 0;
        while (aFreq < tFreq && ge < alphaSize - 1) aFreq += mtfFreq[++ge];
        if (ge > gs && nPart !== nGroups && nPart !== 1 && (nGroups - nPart) % 2 === 1) aFreq -= mtfFreq[ge--];
        const at = (nPart - 1) * MAX_ALPHA;
        for (let v = 0; v < alphaSize; v++) lens[at + v] = v >= gs && v <= ge ? 0 : 15;
        nPart--;
        gs = ge + 1;
        remF -= aFreq;
      }
    }

    // four passes: give each group of 50 symbols the cheapest table, then rebuild the tables
    let nSelectors = 0;
    for (let iter = 0; iter < 4; iter++) {
      rfreq.fill(0);
      nSelectors = 0;
      for (let gs = 0; gs < nMTF; gs += GROUP_SIZE) {
        const ge = Math.min(gs + GROUP_SIZE, nMTF);
        cost.fill(0);
        for (let i = gs; i < ge; i++) {
          const s = mtfv[i];
          for (let t = 0; t < nGroups; t++) cost[t] += lens[t * MAX_ALPHA + s];
        }
        let bc = 999999999, bt = -1;
        for (let t = 0; t < nGroups; t++) if (cost[t] < bc) { bc = cost[t]; bt = t; }
        selector[nSelectors++] = bt;
        const at = bt * MAX_ALPHA;
        for (let i = gs; i < ge; i++) rfreq[at + mtfv[i]]++;
      }
      for (let t = 0; t < nGroups; t++) makeCodeLengths(lens, t * MAX_ALPHA, rfreq, t * MAX_ALPHA, alphaSize, 17);
    }

    // selectors as move-to-front positions
    {
      const pos = [0, 1, 2, 3, 4, 5];
      for (let i = 0; i < nSelectors; i++) {
        const want = selector[i];
        let j = 0, held = pos[0];
        while (want !== held) {
          j++;
          const t = held;
          held = pos[j];
          pos[j] = t;
        }
        pos[0] = held;
        selectorMtf[i] = j;
      }
    }

    for (let t = 0; t < nGroups; t++) {
      let minLen = 32, maxLen = 0;
      const at = t * MAX_ALPHA;
      for (let i = 0; i < alphaSize; i++) {
        const l = lens[at + i];
        if (l > maxLen) maxLen = l;
        if (l < minLen) minLen = l;
      }
      assignCodes(codes, lens, at, minLen, maxLen, alphaSize);
    }

    // the byte map: 16 bits for the ranges of 16 bytes in use, then 16 bits for each such range
    const inUse = this.inUse;
    const ranges: boolean[] = [];
    for (let i = 0; i < 16; i++) {
      let any = false;
      for (let j = 0; j < 16; j++) if (inUse[i * 16 + j]) any = true;
      ranges.push(any);
      this.w(1, any ? 1 : 0);
    }
    for (let i = 0; i < 16; i++) {
      if (!ranges[i]) continue;
      for (let j = 0; j < 16; j++) this.w(1, inUse[i * 16 + j] ? 1 : 0);
    }

    this.w(3, nGroups);
    this.w(15, nSelectors);
    for (let i = 0; i < nSelectors; i++) {
      for (let j = 0; j < selectorMtf[i]; j++) this.w(1, 1);
      this.w(1, 0);
    }

    // code lengths, each as a change from the previous one: 10 = +1, 11 = -1, 0 = done
    for (let t = 0; t < nGroups; t++) {
      const at = t * MAX_ALPHA;
      let curr = lens[at];
      this.w(5, curr);
      for (let i = 0; i < alphaSize; i++) {
        while (curr < lens[at + i]) { this.w(2, 2); curr++; }
        while (curr > lens[at + i]) { this.w(2, 3); curr--; }
        this.w(1, 0);
      }
    }

    // the symbols
    let sel = 0;
    let bitBuf = this.bitBuf, bitLive = this.bitLive, numZ = this.numZ;
    const out = zbits;
    for (let gs = 0; gs < nMTF; gs += GROUP_SIZE) {
      const ge = Math.min(gs + GROUP_SIZE, nMTF);
      const at = selector[sel++] * MAX_ALPHA;
      for (let i = gs; i < ge; i++) {
        const s = mtfv[i];
        const n = lens[at + s];
        while (bitLive >= 8) {
          out[numZ++] = bitBuf >>> 24;
          bitBuf <<= 8;
          bitLive -= 8;
        }
        bitBuf |= codes[at + s] << (32 - bitLive - n);
        bitLive += n;
      }
    }
    this.bitBuf = bitBuf; this.bitLive = bitLive; this.numZ = numZ;
  }
}

/**
 * The block sizes by which CPython 3.12 grows the output buffer of a compress or decompress call
 * (Include/internal/pycore_blocks_output_buffer.h); the last one repeats.
 */
const OUTPUT_BLOCKS = [32, 64, 256, 1024, 4096, 8192, 16384, 16384, 32768, 32768, 32768, 32768, 65536, 65536,
  131072, 131072, 262144].map((k) => k * 1024);

/** The size of such a buffer once it holds `filled` bytes and grew only when full (at least one block). */
function outputCapacity(filled: number): number {
  let cap = 0;
  for (let i = 0; cap < filled || i === 0; i++) cap += OUTPUT_BLOCKS[Math.min(i, OUTPUT_BLOCKS.length - 1)];
  return cap;
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let total = 0;
  for (const p of parts) total += p.length;
  const r = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { r.set(p, at); at += p.length; }
  return r;
}

// ---------------------------------------------------------------- the decoder

/** What Bz2Decoder.run stopped on. */
export const enum Bz2Status {
  /** All input was used and more is needed. */
  NEED_INPUT,
  /** The output limit was reached. */
  OUTPUT_FULL,
  /** The end-of-stream marker was read and both CRCs matched. */
  STREAM_END,
  /** Corrupt data (libbzip2's BZ_DATA_ERROR and BZ_DATA_ERROR_MAGIC). */
  DATA_ERROR,
  /** A call after the stream ended (BZ_SEQUENCE_ERROR). */
  SEQUENCE_ERROR,
}

const enum Phase { MAGIC, BLOCK_MAGIC, TABLES, SYMBOLS, OUTPUT, END_MAGIC, END_CRC, IDLE, BROKEN }

/**
 * A resumable bzip2 decoder for one stream. `feed` appends input; `run` decodes until input runs out,
 * the output limit is reached, the stream ends or an error is found. Magic bytes are checked one at
 * a time as libbzip2 checks them (a wrong one is consumed and the next call checks the next byte in
 * its place); an error inside a block's tables or data leaves the decoder broken.
 */
export class Bz2Decoder {
  private buf = new Uint8Array(4);
  private len = 0;
  /** Bit position of the next unread bit in buf. */
  private bp = 0;
  /** The last run stopped for want of input: libbzip2 would have taken every byte given. */
  private starved = false;
  private phase = Phase.MAGIC;
  private step = 0;
  private level = 0;
  private tt = new Int32Array(0);

  // block header and tables
  private storedBlockCrc = 0;
  private storedCombinedCrc = 0;
  private combinedCrc = 0;
  private randomised = false;
  private origPtr = 0;
  private nInUse = 0;
  private readonly seqToUnseq = new Uint8Array(256);
  private nSelectors = 0;
  private readonly selectors = new Uint8Array(MAX_SELECTORS);
  private readonly limit = new Int32Array(N_GROUPS * MAX_CODE_LEN);
  private readonly base = new Int32Array(N_GROUPS * MAX_CODE_LEN);
  private readonly perm = new Int32Array(N_GROUPS * MAX_ALPHA);
  private readonly minLens = new Int32Array(N_GROUPS);

  // symbol decoding
  private groupNo = -1;
  private groupPos = 0;
  private nblock = 0;
  private inRun = false;
  private runCount = 0;
  private runWeight = 1;
  private readonly mtf = new Uint8Array(256);
  private readonly unzftab = new Int32Array(256);

  // output: a pending run of outLen bytes outCh, the next byte k0, how many block bytes were taken
  private outCh = 0;
  private outLen = 0;
  private k0 = 0;
  private used = 0;
  private tPos = 0;
  private blockCrc = -1;
  private randToGo = 0;
  private randPos = 0;

  /** Appends input. */
  feed(data: Uint8Array): void {
    if (data.length === 0) return;
    const keepFrom = this.bp >>> 3;
    const keep = this.len - keepFrom;
    const need = keep + data.length + 4;
    if (keepFrom === 0 && this.buf.length >= need) {
      this.buf.set(data, this.len);
    } else {
      const nb = new Uint8Array(Math.max(need, keep === 0 ? 0 : 2 * need));
      nb.set(this.buf.subarray(keepFrom, this.len));
      nb.set(data, keep);
      this.buf = nb;
      this.bp -= keepFrom * 8;
    }
    this.len = keep + data.length;
    this.starved = false;
  }

  private inputLeft(): boolean {
    return this.len > ((this.bp + 7) >>> 3);
  }

  /** Input bytes not yet taken (as libbzip2 counts them). */
  unconsumed(): number {
    return this.starved ? 0 : this.len - ((this.bp + 7) >>> 3);
  }

  /** The input not yet taken (after the end of the stream: what follows it). */
  takeUnconsumed(): Uint8Array {
    const from = (this.bp + 7) >>> 3;
    return this.buf.slice(from, this.len);
  }

  /** Drops the input not yet taken (CPython does after an error). */
  dropInput(): void {
    const used = (this.bp + 7) >>> 3;
    this.buf.fill(0, used, this.len);
    this.len = used;
  }

  /** n bits (n <= 24) at bit position bp, or -1 when the input does not hold them. */
  private bitsAt(bp: number, n: number): number {
    if (bp + n > this.len * 8) return -1;
    const b = this.buf, i = bp >>> 3;
    const w = (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
    return (w << (bp & 7)) >>> (32 - n);
  }

  /**
   * Decodes into fresh output, at most `maxOut` bytes (negative: no limit). Returns the status and the
   * bytes produced.
   */
  run(maxOut: number): { status: Bz2Status; out: Uint8Array } {
    const out = new Output(maxOut);
    const status = this.runInto(out);
    this.starved = status === Bz2Status.NEED_INPUT;
    return { status, out: out.result() };
  }

  private runInto(out: Output): Bz2Status {
    for (;;) {
      switch (this.phase) {
        case Phase.MAGIC: {
          const expect = [0x42, 0x5a, 0x68];
          while (this.step < 4) {
            const c = this.bitsAt(this.bp, 8);
            if (c < 0) return Bz2Status.NEED_INPUT;
            this.bp += 8;
            if (this.step < 3 ? c !== expect[this.step] : c < 0x31 || c > 0x39) return Bz2Status.DATA_ERROR;
            if (this.step === 3) this.level = c - 0x30;
            this.step++;
          }
          if (this.tt.length < 100000 * this.level) this.tt = new Int32Array(100000 * this.level);
          this.phase = Phase.BLOCK_MAGIC;
          this.step = 0;
          break;
        }
        case Phase.BLOCK_MAGIC: {
          while (this.step < 6) {
            const c = this.bitsAt(this.bp, 8);
            if (c < 0) return Bz2Status.NEED_INPUT;
            this.bp += 8;
            if (this.step === 0 && c === END_MAGIC[0]) { this.phase = Phase.END_MAGIC; this.step = 1; break; }
            if (c !== BLOCK_MAGIC[this.step]) return Bz2Status.DATA_ERROR;
            this.step++;
          }
          if (this.phase === Phase.BLOCK_MAGIC) this.phase = Phase.TABLES;
          break;
        }
        case Phase.TABLES: {
          const r = this.readTables();
          if (r !== -1) {
            if (r === Bz2Status.DATA_ERROR) this.phase = Phase.BROKEN;
            return r;
          }
          break;
        }
        case Phase.SYMBOLS: {
          const r = this.readSymbols();
          if (r !== -1) {
            if (r === Bz2Status.DATA_ERROR) this.phase = Phase.BROKEN;
            return r;
          }
          if (!this.startOutput()) { this.phase = Phase.BROKEN; return Bz2Status.DATA_ERROR; }
          break;
        }
        case Phase.OUTPUT: {
          const r = this.emit(out);
          if (r === 1) return Bz2Status.OUTPUT_FULL;
          if (r === 2) { this.phase = Phase.BROKEN; return Bz2Status.DATA_ERROR; }
          const crc = ~this.blockCrc >>> 0;
          if (crc !== this.storedBlockCrc) return Bz2Status.DATA_ERROR;
          this.combinedCrc = (((this.combinedCrc << 1) | (this.combinedCrc >>> 31)) ^ crc) >>> 0;
          this.phase = Phase.BLOCK_MAGIC;
          this.step = 0;
          break;
        }
        case Phase.END_MAGIC: {
          while (this.step < 6) {
            const c = this.bitsAt(this.bp, 8);
            if (c < 0) return Bz2Status.NEED_INPUT;
            this.bp += 8;
            if (c !== END_MAGIC[this.step]) return Bz2Status.DATA_ERROR;
            this.step++;
          }
          this.phase = Phase.END_CRC;
          break;
        }
        case Phase.END_CRC: {
          const v = this.bitsAt(this.bp, 16);
          const w = v < 0 ? -1 : this.bitsAt(this.bp + 16, 16);
          if (w < 0) return Bz2Status.NEED_INPUT;
          this.bp += 32;
          this.storedCombinedCrc = ((v << 16) | w) >>> 0;
          this.phase = Phase.IDLE;
          return this.storedCombinedCrc === this.combinedCrc ? Bz2Status.STREAM_END : Bz2Status.DATA_ERROR;
        }
        case Phase.IDLE:
          return Bz2Status.SEQUENCE_ERROR;
        case Phase.BROKEN:
          return Bz2Status.DATA_ERROR;
      }
    }
  }

  /**
   * The block CRC, randomised bit, origPtr, byte map, selectors and code lengths, all or nothing: -1
   * when read (bp moves past them), NEED_INPUT (bp stays) or DATA_ERROR.
   */
  private readTables(): number {
    let bp = this.bp;
    const get = (n: number): number => {
      const v = this.bitsAt(bp, n);
      if (v >= 0) bp += n;
      return v;
    };
    const NEED = Bz2Status.NEED_INPUT, BAD = Bz2Status.DATA_ERROR;
    const hi = get(16); if (hi < 0) return NEED;
    const lo = get(16); if (lo < 0) return NEED;
    this.storedBlockCrc = ((hi << 16) | lo) >>> 0;
    const rand = get(1); if (rand < 0) return NEED;
    this.randomised = rand === 1;
    const orig = get(24); if (orig < 0) return NEED;
    if (orig > 10 + 100000 * this.level) return BAD;
    this.origPtr = orig;
    const ranges = get(16); if (ranges < 0) return NEED;
    let nInUse = 0;
    for (let i = 0; i < 16; i++) {
      if (!(ranges & (0x8000 >> i))) continue;
      const m = get(16); if (m < 0) return NEED;
      for (let j = 0; j < 16; j++) if (m & (0x8000 >> j)) this.seqToUnseq[nInUse++] = i * 16 + j;
    }
    if (nInUse === 0) return BAD;
    this.nInUse = nInUse;
    const alphaSize = nInUse + 2;
    const nGroups = get(3); if (nGroups < 0) return NEED;
    if (nGroups < 2 || nGroups > N_GROUPS) return BAD;
    let nSelectors = get(15); if (nSelectors < 0) return NEED;
    if (nSelectors < 1) return BAD;
    const sel = this.selectors;
    for (let i = 0; i < nSelectors; i++) {
      let j = 0;
      for (;;) {
        const b = get(1); if (b < 0) return NEED;
        if (b === 0) break;
        if (++j >= nGroups) return BAD;
      }
      if (i < MAX_SELECTORS) sel[i] = j;
    }
    // more than can be used are read and ignored (some encoders round the count up)
    if (nSelectors > MAX_SELECTORS) nSelectors = MAX_SELECTORS;
    const pos = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < nSelectors; i++) {
      let v = sel[i];
      const t = pos[v];
      for (; v > 0; v--) pos[v] = pos[v - 1];
      pos[0] = t;
      sel[i] = t;
    }
    this.nSelectors = nSelectors;
    const len = new Uint8Array(alphaSize);
    for (let t = 0; t < nGroups; t++) {
      let curr = get(5); if (curr < 0) return NEED;
      for (let i = 0; i < alphaSize; i++) {
        for (;;) {
          if (curr < 1 || curr > 20) return BAD;
          const b = get(1); if (b < 0) return NEED;
          if (b === 0) break;
          const d = get(1); if (d < 0) return NEED;
          curr += d === 0 ? 1 : -1;
        }
        len[i] = curr;
      }
      this.makeDecodeTable(t, len, alphaSize);
    }
    this.bp = bp;
    this.groupNo = -1;
    this.groupPos = 0;
    this.nblock = 0;
    this.inRun = false;
    this.unzftab.fill(0);
    for (let i = 0; i < 256; i++) this.mtf[i] = i;
    this.phase = Phase.SYMBOLS;
    return -1;
  }

  /** libbzip2's decoding tables for table t: limit[len] is the largest code of that length. */
  private makeDecodeTable(t: number, len: Uint8Array, alphaSize: number): void {
    let minLen = 32, maxLen = 0;
    for (let i = 0; i < alphaSize; i++) {
      if (len[i] > maxLen) maxLen = len[i];
      if (len[i] < minLen) minLen = len[i];
    }
    const limit = this.limit, base = this.base, perm = this.perm;
    const lt = t * MAX_CODE_LEN, pt = t * MAX_ALPHA;
    let pp = 0;
    for (let l = minLen; l <= maxLen; l++) for (let j = 0; j < alphaSize; j++) if (len[j] === l) perm[pt + pp++] = j;
    base.fill(0, lt, lt + MAX_CODE_LEN);
    for (let i = 0; i < alphaSize; i++) base[lt + len[i] + 1]++;
    for (let i = 1; i < MAX_CODE_LEN; i++) base[lt + i] += base[lt + i - 1];
    limit.fill(0, lt, lt + MAX_CODE_LEN);
    let vec = 0;
    for (let i = minLen; i <= maxLen; i++) {
      vec += base[lt + i + 1] - base[lt + i];
      limit[lt + i] = vec - 1;
      vec <<= 1;
    }
    for (let i = minLen + 1; i <= maxLen; i++) base[lt + i] = ((limit[lt + i - 1] + 1) << 1) - base[lt + i];
    this.minLens[t] = minLen;
  }

  /** Decodes symbols up to EOB: -1 at EOB, else NEED_INPUT (stopping between symbols) or DATA_ERROR. */
  private readSymbols(): number {
    const buf = this.buf, availBits = this.len * 8, tt = this.tt, mtf = this.mtf, unzftab = this.unzftab;
    const limit = this.limit, base = this.base, perm = this.perm, sel = this.selectors;
    const eob = this.nInUse + 1, nblockMax = 100000 * this.level, nSelectors = this.nSelectors;
    const seqToUnseq = this.seqToUnseq;
    let bp = this.bp, groupNo = this.groupNo, groupPos = this.groupPos, nblock = this.nblock;
    let inRun = this.inRun, runCount = this.runCount, runWeight = this.runWeight;
    let lt = 0, pt = 0, minLen = 0;
    if (groupNo >= 0) { const g = sel[groupNo]; lt = g * MAX_CODE_LEN; pt = g * MAX_ALPHA; minLen = this.minLens[g]; }
    let status = -1;
    for (;;) {
      let gNo = groupNo, gPos = groupPos;
      if (gPos === 0) {
        gNo++;
        if (gNo >= nSelectors) { status = Bz2Status.DATA_ERROR; break; }
        gPos = GROUP_SIZE;
        const g = sel[gNo];
        lt = g * MAX_CODE_LEN; pt = g * MAX_ALPHA; minLen = this.minLens[g];
      }
      gPos--;
      const i = bp >>> 3;
      const p21 = ((((buf[i] << 24) | (buf[i + 1] << 16) | (buf[i + 2] << 8) | buf[i + 3]) << (bp & 7)) >>> 11);
      let zn = minLen;
      let zvec = p21 >>> (21 - zn);
      while (zn <= 20 && zvec > limit[lt + zn]) { zn++; zvec = p21 >>> (21 - zn); }
      if (bp + (zn <= 20 ? zn : 21) > availBits) {
        // back to the group this symbol started in
        if (groupPos === 0 && groupNo >= 0) { const g = sel[groupNo]; lt = g * MAX_CODE_LEN; pt = g * MAX_ALPHA; minLen = this.minLens[g]; }
        status = Bz2Status.NEED_INPUT;
        break;
      }
      if (zn > 20) { status = Bz2Status.DATA_ERROR; break; }
      const at = zvec - base[lt + zn];
      if (at < 0 || at >= MAX_ALPHA) { status = Bz2Status.DATA_ERROR; break; }
      const sym = perm[pt + at];
      bp += zn;
      groupNo = gNo;
      groupPos = gPos;

      if (sym === RUNA || sym === RUNB) {
        if (!inRun) { inRun = true; runCount = -1; runWeight = 1; }
        if (runWeight >= 2 * 1024 * 1024) { status = Bz2Status.DATA_ERROR; break; }
        runCount += (sym + 1) * runWeight;
        runWeight *= 2;
        continue;
      }
      if (inRun) {
        inRun = false;
        runCount++;
        const uc = seqToUnseq[mtf[0]];
        unzftab[uc] += runCount;
        if (nblock + runCount > nblockMax) { status = Bz2Status.DATA_ERROR; break; }
        tt.fill(uc, nblock, nblock + runCount);
        nblock += runCount;
      }
      if (sym === eob) break;
      if (nblock >= nblockMax) { status = Bz2Status.DATA_ERROR; break; }
      let nn = sym - 1;
      const uc = mtf[nn];
      for (; nn > 0; nn--) mtf[nn] = mtf[nn - 1];
      mtf[0] = uc;
      const c = seqToUnseq[uc];
      unzftab[c]++;
      tt[nblock++] = c;
    }
    this.bp = bp; this.groupNo = groupNo; this.groupPos = groupPos; this.nblock = nblock;
    this.inRun = inRun; this.runCount = runCount; this.runWeight = runWeight;
    return status;
  }

  /** Checks the block and links the inverse transform; false on corrupt data. */
  private startOutput(): boolean {
    const n = this.nblock, tt = this.tt;
    if (this.origPtr < 0 || this.origPtr >= n) return false;
    const cftab = new Int32Array(257);
    for (let i = 0; i < 256; i++) {
      if (this.unzftab[i] < 0 || this.unzftab[i] > n) return false;
      cftab[i + 1] = cftab[i] + this.unzftab[i];
    }
    for (let i = 0; i <= 256; i++) if (cftab[i] < 0 || cftab[i] > n) return false;
    for (let i = 0; i < n; i++) {
      const uc = tt[i] & 0xff;
      tt[cftab[uc]++] |= i << 8;
    }
    this.tPos = tt[this.origPtr] >>> 8;
    this.used = 0;
    this.outLen = 0;
    this.outCh = 0;
    this.blockCrc = -1;
    this.randToGo = 0;
    this.randPos = 0;
    this.k0 = this.next();
    this.used = 1;
    this.phase = Phase.OUTPUT;
    return true;
  }

  /** The next byte of the block in original order (-1 when the links are corrupt), randomisation undone. */
  private next(): number {
    if (this.tPos >= 100000 * this.level) return -1;
    const v = this.tt[this.tPos];
    this.tPos = v >>> 8;
    let c = v & 0xff;
    if (this.randomised) {
      if (this.randToGo === 0) {
        this.randToGo = RAND_NUMS[this.randPos];
        this.randPos = (this.randPos + 1) & 511;
      }
      this.randToGo--;
      if (this.randToGo === 1) c ^= 1;
    }
    return c;
  }

  /**
   * Undoes the first run-length step into `out`: 0 when the block is done, 1 when the output is full,
   * 2 on corrupt data. A run of 4 equal bytes is followed by a count of further copies.
   */
  private emit(out: Output): number {
    if (!this.randomised) return this.emitFast(out);
    const end = this.nblock + 1;
    for (;;) {
      while (this.outLen > 0) {
        if (out.pos === out.end && !out.grow(this.inputLeft())) return 1;
        out.buf[out.pos++] = this.outCh;
        this.blockCrc = (this.blockCrc << 8) ^ CRC_TABLE[((this.blockCrc >>> 24) ^ this.outCh) & 0xff];
        this.outLen--;
      }
      if (this.used === end) return 0;
      if (this.used > end) return 2;
      this.outLen = 1;
      this.outCh = this.k0;
      let k1 = this.next(); this.used++;
      if (k1 < 0) return 2;
      if (this.used === end) continue;
      if (k1 !== this.k0) { this.k0 = k1; continue; }
      this.outLen = 2;
      k1 = this.next(); this.used++;
      if (k1 < 0) return 2;
      if (this.used === end) continue;
      if (k1 !== this.k0) { this.k0 = k1; continue; }
      this.outLen = 3;
      k1 = this.next(); this.used++;
      if (k1 < 0) return 2;
      if (this.used === end) continue;
      if (k1 !== this.k0) { this.k0 = k1; continue; }
      k1 = this.next(); this.used++;
      if (k1 < 0) return 2;
      this.outLen = k1 + 4;
      const k = this.next(); this.used++;
      if (k < 0) return 2;
      this.k0 = k;
    }
  }

  /** emit for blocks that are not randomised, with the state in locals. */
  private emitFast(out: Output): number {
    const tt = this.tt, limit = 100000 * this.level, end = this.nblock + 1;
    let outCh = this.outCh, outLen = this.outLen, k0 = this.k0, used = this.used, tPos = this.tPos;
    let crc = this.blockCrc;
    let buf = out.buf, op = out.pos, opEnd = out.end;
    let result = 0;
    outer:
    for (;;) {
      while (outLen > 0) {
        if (op === opEnd) {
          out.pos = op;
          if (!out.grow(this.inputLeft())) { result = 1; break outer; }
          buf = out.buf; opEnd = out.end;
        }
        const stop = Math.min(opEnd, op + outLen);
        outLen -= stop - op;
        for (; op < stop; op++) {
          buf[op] = outCh;
          crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ outCh) & 0xff];
        }
      }
      if (used === end) break;
      if (used > end) { result = 2; break; }
      outLen = 1;
      outCh = k0;
      if (tPos >= limit) { result = 2; break; }
      let v = tt[tPos]; tPos = v >>> 8; let k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      outLen = 2;
      if (tPos >= limit) { result = 2; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      outLen = 3;
      if (tPos >= limit) { result = 2; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      if (tPos >= limit) { result = 2; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      outLen = k1 + 4;
      if (tPos >= limit) { result = 2; break; }
      v = tt[tPos]; tPos = v >>> 8; k0 = v & 0xff; used++;
    }
    out.pos = op;
    this.outCh = outCh; this.outLen = outLen; this.k0 = k0; this.used = used; this.tPos = tPos;
    this.blockCrc = crc;
    return result;
  }
}

/**
 * Output collected by one run, in a buffer that grows as CPython's does in BZ2Decompressor.decompress:
 * by its block sizes, up to `maxOut` bytes when that is not negative, and only while input is left
 * (once libbzip2 has taken all the input, CPython returns what fits, though more output is ready).
 */
class Output {
  buf: Uint8Array;
  pos = 0;
  end: number;
  private readonly limit: number;
  private blocks = 1;

  constructor(maxOut: number) {
    this.limit = maxOut < 0 ? Infinity : maxOut;
    this.buf = new Uint8Array(Math.min(this.limit, OUTPUT_BLOCKS[0]));
    this.end = this.buf.length;
  }

  /** Makes room for more (false when the limit is reached or no input is left). */
  grow(inputLeft: boolean): boolean {
    if (!inputLeft || this.buf.length >= this.limit) return false;
    const step = OUTPUT_BLOCKS[Math.min(this.blocks++, OUTPUT_BLOCKS.length - 1)];
    const nb = new Uint8Array(Math.min(this.limit, this.buf.length + step));
    nb.set(this.buf.subarray(0, this.pos));
    this.buf = nb;
    this.end = nb.length;
    return true;
  }

  result(): Uint8Array {
    return this.pos === this.buf.length ? this.buf : this.buf.slice(0, this.pos);
  }
}
