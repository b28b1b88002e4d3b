// The block sort of the bzip2 compressor: the sorted order of a block's rotations (the Burrows-Wheeler
// transform), computed the way libbzip2 1.0.8 computes it. Any correct sort gives the same transform,
// but not always the same origPtr: in a periodic block (a long run of one byte becomes "x x x x 251"
// repeated) several rotations are equal, and where rotation 0 lands among its equals is the
// algorithm's own choice. So this is libbzip2's algorithm, step for step where the order of equal
// rotations can depend on it: blocks under 10000 bytes and blocks that run out of the work budget
// go to the doubling sort (`doublingSort`); the others to the radix + three-way quicksort + shell
// sort (`radixSort`) that uses the "quadrant" ranks of finished buckets to end comparisons early.
// Knows nothing about Python. Invariants: the block array carries OVERSHOOT spare bytes after the
// block (the radix sort copies the block's head there so comparisons can run past the end), and the
// scratch arrays here are shared by every compressor (one sort runs at a time).

/** Spare bytes a block array needs after the block: 2 (radix) + 12 (quicksort depth) + 18 (shell) + 2. */
export const OVERSHOOT = 34;

const SMALL_BLOCK = 10000;
const QSORT_SMALL = 20;
const QSORT_DEPTH = 14;
const FALLBACK_SMALL = 10;
const STACK = 100;
const SETMASK = 1 << 21;
const CLEARMASK = ~SETMASK;
/** Knuth's 3h+1 increments for the shell sort of small buckets. */
const INCREMENTS = [1, 4, 13, 40, 121, 364, 1093, 3280, 9841, 29524, 88573, 265720, 797161, 2391484];

// scratch, grown to the largest block sorted so far
// (functions copy these module bindings into locals: V8 checks a module `let` on every access)
let orderBuf = new Int32Array(0);      // the result: order[i] = start of the i-th smallest rotation
let quadrantBuf = new Uint16Array(0);
let eclassBuf = new Int32Array(0);
let bitsBuf = new Int32Array(0);
let wordsBuf = new Int32Array(0);     // wordsBuf[i]: bytes i..i+3 big-endian, top bit flipped (signed order = byte order)
const ftab = new Int32Array(65537);
const stackLo = new Int32Array(STACK), stackHi = new Int32Array(STACK), stackD = new Int32Array(STACK);

let blkBuf: Uint8Array = new Uint8Array(0);
let size = 0;
let budget = 0;

function ensure(n: number): void {
  if (orderBuf.length >= n) return;
  orderBuf = new Int32Array(n);
  quadrantBuf = new Uint16Array(n + OVERSHOOT);
  eclassBuf = new Int32Array(n);
  bitsBuf = new Int32Array((n >> 5) + 4);
  wordsBuf = new Int32Array(n + OVERSHOOT);
}

/**
 * Sorts the rotations of block[0:n] (n > 0; the array has OVERSHOOT bytes to spare after them).
 * Returns the sorted rotation starts (valid until the next sort) and stores origPtr, the rank of
 * rotation 0, in `sortResult.origPtr`.
 */
export function blockSort(block: Uint8Array, n: number, workFactor = 30): Int32Array {
  ensure(n);
  blkBuf = block;
  const order = orderBuf;
  size = n;
  if (n < SMALL_BLOCK) {
    doublingSort();
  } else {
    const wf = Math.min(Math.max(workFactor, 1), 100);
    budget = n * Math.trunc((wf - 1) / 3);
    radixSort();
    if (budget < 0) doublingSort();
  }
  let orig = -1;
  for (let i = 0; i < n; i++) if (order[i] === 0) { orig = i; break; }
  if (orig < 0) throw new Error('bzip2 block sort lost rotation 0');
  sortResult.origPtr = orig;
  return order;
}

export const sortResult = { origPtr: 0 };

// ---------------------------------------------------------------- the doubling sort

// One bit per sorted position: set where a bucket of rotations equal so far begins.
function bitSet(bits: Int32Array, i: number): void { bits[i >> 5] |= 1 << (i & 31); }
function bitClear(bits: Int32Array, i: number): void { bits[i >> 5] &= ~(1 << (i & 31)); }
function bitTest(bits: Int32Array, i: number): boolean { return (bits[i >> 5] & (1 << (i & 31))) !== 0; }

/** One pass of insertion sort of order[lo..hi] by eclass, over elements `step` apart. */
function insertionPass(lo: number, hi: number, step: number): void {
  const order = orderBuf, eclass = eclassBuf;
  for (let i = hi - step; i >= lo; i--) {
    const moving = order[i], key = eclass[moving];
    let j = i + step;
    while (j <= hi && key > eclass[order[j]]) { order[j - step] = order[j]; j += step; }
    order[j - step] = moving;
  }
}

/** Insertion sort of order[lo..hi] by eclass, first with stride 4 when there are more than 4. */
function insertionByClass(lo: number, hi: number): void {
  if (lo === hi) return;
  if (hi - lo > 3) insertionPass(lo, hi, 4);
  insertionPass(lo, hi, 1);
}

function swapRange(a: number, b: number, count: number): void {
  const order = orderBuf;
  for (; count > 0; count--, a++, b++) { const t = order[a]; order[a] = order[b]; order[b] = t; }
}

/** Three-way quicksort of order[lo..hi] by eclass, with libbzip2's pseudo-random pivot choice. */
function quickByClass(loStart: number, hiStart: number): void {
  const order = orderBuf, eclass = eclassBuf;
  let seed = 0, sp = 0;
  stackLo[sp] = loStart; stackHi[sp] = hiStart; sp++;
  while (sp > 0) {
    if (sp >= STACK - 1) throw new Error('bzip2 sort stack overflow');
    sp--;
    const lo = stackLo[sp], hi = stackHi[sp];
    if (hi - lo < FALLBACK_SMALL) { insertionByClass(lo, hi); continue; }
    seed = (seed * 7621 + 1) % 32768;
    const pick = seed % 3;
    const pivot = eclass[order[pick === 0 ? lo : pick === 1 ? (lo + hi) >> 1 : hi]];
    // [lo, ltLo) and (gtHi, hi] collect keys equal to the pivot; [ltLo, unLo) smaller, (unHi, gtHi] larger
    let unLo = lo, ltLo = lo, unHi = hi, gtHi = hi;
    for (;;) {
      for (; unLo <= unHi; unLo++) {
        const c = eclass[order[unLo]] - pivot;
        if (c > 0) break;
        if (c === 0) { const t = order[unLo]; order[unLo] = order[ltLo]; order[ltLo] = t; ltLo++; }
      }
      for (; unLo <= unHi; unHi--) {
        const c = eclass[order[unHi]] - pivot;
        if (c < 0) break;
        if (c === 0) { const t = order[unHi]; order[unHi] = order[gtHi]; order[gtHi] = t; gtHi--; }
      }
      if (unLo > unHi) break;
      const t = order[unLo]; order[unLo] = order[unHi]; order[unHi] = t;
      unLo++; unHi--;
    }
    if (gtHi < ltLo) continue;
    let a = Math.min(ltLo - lo, unLo - ltLo);
    swapRange(lo, unLo - a, a);
    let b = Math.min(hi - gtHi, gtHi - unHi);
    swapRange(unLo, hi - b + 1, b);
    a = lo + unLo - ltLo - 1;
    b = hi - (gtHi - unHi) + 1;
    if (a - lo > hi - b) {
      stackLo[sp] = lo; stackHi[sp] = a; sp++;
      stackLo[sp] = b; stackHi[sp] = hi; sp++;
    } else {
      stackLo[sp] = b; stackHi[sp] = hi; sp++;
      stackLo[sp] = lo; stackHi[sp] = a; sp++;
    }
  }
}

/**
 * Prefix doubling (after Manber and Myers): rotations are bucketed by their first byte, then each
 * round sorts every unfinished bucket by the bucket of the rotation H bytes on, doubling H.
 */
function doublingSort(): void {
  const order = orderBuf, eclass = eclassBuf, bits = bitsBuf, blk = blkBuf;
  const n = size;
  const start = new Int32Array(257);
  for (let i = 0; i < n; i++) start[blk[i]]++;
  for (let i = 1; i < 257; i++) start[i] += start[i - 1];
  for (let i = 0; i < n; i++) {
    const k = --start[blk[i]];
    order[k] = i;
  }
  bits.fill(0, 0, 2 + (n >> 5));
  for (let i = 0; i < 256; i++) bitSet(bits, start[i]);
  // alternating marks past the end stop the bucket scans below
  for (let i = 0; i < 32; i++) { bitSet(bits, n + 2 * i); bitClear(bits, n + 2 * i + 1); }

  for (let h = 1; ; h *= 2) {
    let head = 0;
    for (let i = 0; i < n; i++) {
      if (bitTest(bits, i)) head = i;
      let k = order[i] - h;
      if (k < 0) k += n;
      eclass[k] = head;
    }
    let unsorted = 0;
    let r = -1;
    for (;;) {
      // the next bucket of more than one rotation is [l, r]
      let k = r + 1;
      while (bitTest(bits, k) && (k & 31) !== 0) k++;
      if (bitTest(bits, k)) {
        while (bits[k >> 5] === -1) k += 32;
        while (bitTest(bits, k)) k++;
      }
      const l = k - 1;
      if (l >= n) break;
      while (!bitTest(bits, k) && (k & 31) !== 0) k++;
      if (!bitTest(bits, k)) {
        while (bits[k >> 5] === 0) k += 32;
        while (!bitTest(bits, k)) k++;
      }
      r = k - 1;
      if (r >= n) break;
      if (r > l) {
        unsorted += r - l + 1;
        quickByClass(l, r);
        let prev = -1;
        for (let i = l; i <= r; i++) {
          const c = eclass[order[i]];
          if (c !== prev) { bitSet(bits, i); prev = c; }
        }
      }
    }
    if (h * 2 > n || unsorted === 0) break;
  }
}

// ---------------------------------------------------------------- the radix + quicksort

/**
 * Whether the rotation at i1 sorts after the one at i2 (never both equal: equal rotations compare
 * "not greater"). After 12 bytes, the quadrant ranks of finished buckets may settle it early; every
 * 8 bytes past that spend one unit of the budget. The first 12 bytes are compared 4 at a time
 * through `words` (see radixSort).
 */
function greater(i1: number, i2: number, b: Uint8Array, q: Uint16Array, words: Int32Array, n: number): boolean {
  let x = words[i1], y = words[i2];
  if (x !== y) return x > y;
  x = words[i1 + 4]; y = words[i2 + 4];
  if (x !== y) return x > y;
  x = words[i1 + 8]; y = words[i2 + 8];
  if (x !== y) return x > y;
  i1 += 12; i2 += 12;
  for (let left = n + 8; left >= 0; left -= 8) {
    for (let k = 0; k < 8; k++, i1++, i2++) {
      if (b[i1] !== b[i2]) return b[i1] > b[i2];
      if (q[i1] !== q[i2]) return q[i1] > q[i2];
    }
    if (i1 >= n) i1 -= n;
    if (i2 >= n) i2 -= n;
    budget--;
  }
  return false;
}

/** Shell sort of order[lo..hi], comparing rotations from byte d on. */
function shellSort(lo: number, hi: number, d: number): void {
  const order = orderBuf, b = blkBuf, q = quadrantBuf, words = wordsBuf, n = size;
  const count = hi - lo + 1;
  if (count < 2) return;
  let hp = 0;
  while (INCREMENTS[hp] < count) hp++;
  for (hp--; hp >= 0; hp--) {
    const h = INCREMENTS[hp];
    let i = lo + h;
    for (;;) {
      // three insertions between budget checks
      let done = false;
      for (let rep = 0; rep < 3; rep++) {
        if (i > hi) { done = true; break; }
        const v = order[i];
        let j = i;
        while (greater(order[j - h] + d, v + d, b, q, words, n)) {
          order[j] = order[j - h];
          j -= h;
          if (j <= lo + h - 1) break;
        }
        order[j] = v;
        i++;
      }
      if (done) break;
      if (budget < 0) return;
    }
  }
}

function median3(a: number, b: number, c: number): number {
  if (a > b) { const t = a; a = b; b = t; }
  if (b > c) { b = c; if (a > b) b = a; }
  return b;
}

// the three parts a partition leaves, before they go on the stack
const nLo = new Int32Array(3), nHi = new Int32Array(3), nD = new Int32Array(3);

function largerFirst(x: number, y: number): void {
  if (nHi[x] - nLo[x] < nHi[y] - nLo[y]) {
    let t = nLo[x]; nLo[x] = nLo[y]; nLo[y] = t;
    t = nHi[x]; nHi[x] = nHi[y]; nHi[y] = t;
    t = nD[x]; nD[x] = nD[y]; nD[y] = t;
  }
}

/** Three-way radix quicksort (Bentley and Sedgewick) of order[lo..hi] on the byte at depth d. */
function quickByByte(loStart: number, hiStart: number, dStart: number): void {
  const order = orderBuf;
  const b = blkBuf;
  let sp = 0;
  stackLo[sp] = loStart; stackHi[sp] = hiStart; stackD[sp] = dStart; sp++;
  while (sp > 0) {
    if (sp >= STACK - 2) throw new Error('bzip2 sort stack overflow');
    sp--;
    const lo = stackLo[sp], hi = stackHi[sp], d = stackD[sp];
    if (hi - lo < QSORT_SMALL || d > QSORT_DEPTH) {
      shellSort(lo, hi, d);
      if (budget < 0) return;
      continue;
    }
    const pivot = median3(b[order[lo] + d], b[order[hi] + d], b[order[(lo + hi) >> 1] + d]);
    let unLo = lo, ltLo = lo, unHi = hi, gtHi = hi;
    for (;;) {
      for (; unLo <= unHi; unLo++) {
        const c = b[order[unLo] + d] - pivot;
        if (c > 0) break;
        if (c === 0) { const t = order[unLo]; order[unLo] = order[ltLo]; order[ltLo] = t; ltLo++; }
      }
      for (; unLo <= unHi; unHi--) {
        const c = b[order[unHi] + d] - pivot;
        if (c < 0) break;
        if (c === 0) { const t = order[unHi]; order[unHi] = order[gtHi]; order[gtHi] = t; gtHi--; }
      }
      if (unLo > unHi) break;
      const t = order[unLo]; order[unLo] = order[unHi]; order[unHi] = t;
      unLo++; unHi--;
    }
    if (gtHi < ltLo) {
      // all equal at this depth: look one byte further
      stackLo[sp] = lo; stackHi[sp] = hi; stackD[sp] = d + 1; sp++;
      continue;
    }
    let a = Math.min(ltLo - lo, unLo - ltLo);
    swapRange(lo, unLo - a, a);
    let c = Math.min(hi - gtHi, gtHi - unHi);
    swapRange(unLo, hi - c + 1, c);
    a = lo + unLo - ltLo - 1;
    c = hi - (gtHi - unHi) + 1;
    nLo[0] = lo; nHi[0] = a; nD[0] = d;
    nLo[1] = c; nHi[1] = hi; nD[1] = d;
    nLo[2] = a + 1; nHi[2] = c - 1; nD[2] = d + 1;
    // push the largest part first, so the smallest is sorted next
    largerFirst(0, 1); largerFirst(1, 2); largerFirst(0, 1);
    for (let p = 0; p < 3; p++) { stackLo[sp] = nLo[p]; stackHi[sp] = nHi[p]; stackD[sp] = nD[p]; sp++; }
  }
}

/**
 * Buckets rotations by their first two bytes, then finishes the first-byte ("big") buckets from the
 * smallest to the largest: quicksorts the two-byte buckets not yet known, derives the order of every
 * bucket [c, ss] from the finished big bucket ss, and records the ranks in `quadrant` so later
 * comparisons stop early. Leaves `budget` negative when the block is too repetitive.
 */
function radixSort(): void {
  const order = orderBuf, quadrant = quadrantBuf;
  const b = blkBuf, n = size;
  ftab.fill(0);
  let pair = b[0] << 8;
  for (let i = n - 1; i >= 0; i--) {
    quadrant[i] = 0;
    pair = (pair >> 8) | (b[i] << 8);
    ftab[pair]++;
  }
  for (let i = 0; i < OVERSHOOT; i++) { b[n + i] = b[i]; quadrant[n + i] = 0; }
  const words = wordsBuf;
  for (let i = 0; i < n + OVERSHOOT - 3; i++) words[i] = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) ^ 0x80000000;
  for (let i = 1; i <= 65536; i++) ftab[i] += ftab[i - 1];
  pair = b[0] << 8;
  for (let i = n - 1; i >= 0; i--) {
    pair = (pair >> 8) | (b[i] << 8);
    const j = ftab[pair] - 1;
    ftab[pair] = j;
    order[j] = i;
  }
  // ftab[c << 8] .. ftab[(c+1) << 8] is big bucket c; sort the buckets by size (shell sort, 3h+1)
  const bigSize = (c: number): number => ftab[(c + 1) << 8] - ftab[c << 8];
  const running = new Int32Array(256);
  for (let i = 0; i < 256; i++) running[i] = i;
  let h = 1;
  do h = 3 * h + 1; while (h <= 256);
  do {
    h = Math.trunc(h / 3);
    for (let i = h; i <= 255; i++) {
      const v = running[i];
      let j = i;
      while (bigSize(running[j - h]) > bigSize(v)) {
        running[j] = running[j - h];
        j -= h;
        if (j <= h - 1) break;
      }
      running[j] = v;
    }
  } while (h !== 1);

  const bigDone = new Uint8Array(256);
  const copyStart = new Int32Array(256), copyEnd = new Int32Array(256);
  for (let i = 0; i <= 255; i++) {
    const ss = running[i];
    // 1: quicksort the small buckets [ss, j] that no earlier scan has filled in
    for (let j = 0; j <= 255; j++) {
      if (j === ss) continue;
      const sb = (ss << 8) + j;
      if ((ftab[sb] & SETMASK) === 0) {
        const lo = ftab[sb] & CLEARMASK, hi = (ftab[sb + 1] & CLEARMASK) - 1;
        if (hi > lo) {
          quickByByte(lo, hi, 2);
          if (budget < 0) return;
        }
      }
      ftab[sb] |= SETMASK;
    }
    // 2: the rotation before each one in big bucket ss, in order, fills buckets [c, ss]
    for (let j = 0; j <= 255; j++) {
      copyStart[j] = ftab[(j << 8) + ss] & CLEARMASK;
      copyEnd[j] = (ftab[(j << 8) + ss + 1] & CLEARMASK) - 1;
    }
    for (let j = ftab[ss << 8] & CLEARMASK; j < copyStart[ss]; j++) {
      let k = order[j] - 1;
      if (k < 0) k += n;
      const c1 = b[k];
      if (!bigDone[c1]) order[copyStart[c1]++] = k;
    }
    for (let j = (ftab[(ss + 1) << 8] & CLEARMASK) - 1; j > copyEnd[ss]; j--) {
      let k = order[j] - 1;
      if (k < 0) k += n;
      const c1 = b[k];
      if (!bigDone[c1]) order[copyEnd[c1]--] = k;
    }
    if (!(copyStart[ss] - 1 === copyEnd[ss] || (copyStart[ss] === 0 && copyEnd[ss] === n - 1))) {
      throw new Error('bzip2 block sort: bucket scan out of step');
    }
    for (let j = 0; j <= 255; j++) ftab[(j << 8) + ss] |= SETMASK;
    // 3: record the ranks within big bucket ss (scaled to 16 bits) for later comparisons
    bigDone[ss] = 1;
    if (i < 255) {
      const bbStart = ftab[ss << 8] & CLEARMASK;
      const bbSize = (ftab[(ss + 1) << 8] & CLEARMASK) - bbStart;
      let shifts = 0;
      while ((bbSize >> shifts) > 65534) shifts++;
      for (let j = bbSize - 1; j >= 0; j--) {
        const at = order[bbStart + j];
        const rank = (j >> shifts) & 0xffff;
        quadrant[at] = rank;
        if (at < OVERSHOOT) quadrant[at + n] = rank;
      }
    }
  }
}
