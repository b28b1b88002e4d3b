// Message digests written from their specifications: MD5 (RFC 1321), SHA-1 and the SHA-2 family
// (FIPS 180-4), SHA-3 and SHAKE (FIPS 202), BLAKE2b and BLAKE2s (RFC 7693). They know nothing about
// Python; src/modules/_hashlib.ts wraps them. Words are int32 (64-bit words as hi/lo pairs); input is read
// straight from a Uint8Array (the heap) a block at a time, so hashing allocates nothing per byte.
// Invariants: digest() never changes the state (it finishes a copy); tables are built on first use.

/** A running digest computation. */
export interface Hasher {
  readonly name: string;
  /** 0 for the extendable-output functions (SHAKE). */
  readonly digestSize: number;
  readonly blockSize: number;
  update(src: Uint8Array, off: number, len: number): void;
  /** The digest of what was fed so far; `len` is the output length of a SHAKE. */
  digest(len?: number): Uint8Array;
  copy(): Hasher;
}

// --- constants derived from their definitions (fractional parts of roots of primes; sin for MD5) ---

function firstPrimes(n: number): number[] {
  const ps: number[] = [];
  for (let c = 2; ps.length < n; c++) {
    if (ps.every((p) => c % p !== 0)) ps.push(c);
  }
  return ps;
}

/** floor(x ** (1/k)) for a non-negative bigint, by Newton's method. */
function iroot(x: bigint, k: bigint): bigint {
  if (x < 2n) return x;
  // start above the root (Newton's method then decreases to it): 2 ** ceil(bits / k)
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / Number(k)));
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) break;
    r = next;
  }
  while (r ** k > x) r--;
  while ((r + 1n) ** k <= x) r++;
  return r;
}

/** The first 64 bits of the fractional part of p ** (1/k), as [hi, lo] int32 words, for the first n primes. */
function rootFractions(n: number, k: number, skip = 0): Int32Array {
  const out = new Int32Array(2 * n);
  const ps = firstPrimes(n + skip).slice(skip);
  const bk = BigInt(k);
  for (let i = 0; i < n; i++) {
    const r = iroot(BigInt(ps[i]) << (64n * bk), bk) & 0xffffffffffffffffn;
    out[2 * i] = Number(r >> 32n) | 0;
    out[2 * i + 1] = Number(r & 0xffffffffn) | 0;
  }
  return out;
}

let K64: Int32Array | null = null; // SHA-512 round constants (hi, lo); SHA-256's are the hi words
let K32: Int32Array | null = null;
let IV512: Int32Array | null = null; // sqrt of primes 1..8 (hi, lo); SHA-256 and BLAKE2s use the hi words
let IV384: Int32Array | null = null; // sqrt of primes 9..16; SHA-224 uses the lo words
let IV256: Int32Array | null = null;

function sha2Tables(): void {
  if (K64 !== null) return;
  K64 = rootFractions(80, 3);
  K32 = new Int32Array(64);
  for (let i = 0; i < 64; i++) K32[i] = K64[2 * i];
  IV512 = rootFractions(8, 2);
  IV384 = rootFractions(8, 2, 8);
  IV256 = new Int32Array(8);
  for (let i = 0; i < 8; i++) IV256[i] = IV512[2 * i];
}

// --- Merkle-Damgard framing shared by MD5, SHA-1 and SHA-2 ---

abstract class BlockHasher implements Hasher {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  abstract readonly blockSize: number;
  protected buf: Uint8Array;
  protected bufLen = 0;
  protected total = 0; // bytes fed so far
  constructor(blockSize: number) { this.buf = new Uint8Array(blockSize); }
  /** Compresses n whole blocks from src at off (one call per update, so its loop is monomorphic). */
  protected abstract compress(src: Uint8Array, off: number, n: number): void;
  protected abstract clone(): BlockHasher;
  /** Writes the final state words out as bytes. */
  protected abstract output(out: Uint8Array): void;
  /** Whether the length and words are big-endian (SHA) or little-endian (MD5). */
  protected abstract readonly bigEndian: boolean;

  update(src: Uint8Array, off: number, len: number): void {
    const bs = this.blockSize;
    this.total += len;
    if (this.bufLen > 0) {
      const take = Math.min(len, bs - this.bufLen);
      this.buf.set(src.subarray(off, off + take), this.bufLen);
      this.bufLen += take; off += take; len -= take;
      if (this.bufLen < bs) return;
      this.compress(this.buf, 0, 1);
      this.bufLen = 0;
    }
    if (len >= bs) {
      const n = Math.floor(len / bs);
      this.compress(src, off, n);
      off += n * bs; len -= n * bs;
    }
    if (len > 0) {
      this.buf.set(src.subarray(off, off + len), 0);
      this.bufLen = len;
    }
  }

  digest(): Uint8Array {
    const h = this.clone();
    const bs = this.blockSize, lenBytes = bs === 128 ? 16 : 8;
    const bits = this.total * 8;
    const pad = new Uint8Array(bs * 2);
    pad[0] = 0x80;
    let padLen = bs - ((this.bufLen + 1 + lenBytes) % bs);
    if (padLen === bs) padLen = 0;
    const end = 1 + padLen + lenBytes;
    // the message length in bits (below 2 ** 53 here), in the last 8 bytes
    const hi = Math.floor(bits / 4294967296), lo = bits >>> 0;
    for (let i = 0; i < 4; i++) {
      if (this.bigEndian) {
        pad[end - 1 - i] = (lo >>> (8 * i)) & 0xff;
        pad[end - 5 - i] = (hi >>> (8 * i)) & 0xff;
      } else {
        pad[end - 8 + i] = (lo >>> (8 * i)) & 0xff;
        pad[end - 4 + i] = (hi >>> (8 * i)) & 0xff;
      }
    }
    const saved = h.total;
    h.update(pad, 0, end);
    h.total = saved;
    const out = new Uint8Array(this.digestSize);
    h.output(out);
    return out;
  }

  copy(): Hasher { return this.clone(); }

  protected copyInto(h: BlockHasher): BlockHasher {
    h.buf.set(this.buf);
    h.bufLen = this.bufLen;
    h.total = this.total;
    return h;
  }
}

function putBE32(out: Uint8Array, p: number, v: number): void {
  out[p] = v >>> 24; out[p + 1] = v >>> 16; out[p + 2] = v >>> 8; out[p + 3] = v;
}
function putLE32(out: Uint8Array, p: number, v: number): void {
  out[p] = v; out[p + 1] = v >>> 8; out[p + 2] = v >>> 16; out[p + 3] = v >>> 24;
}

// --- MD5 (RFC 1321) ---

let MD5_T: Int32Array | null = null;
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

class Md5 extends BlockHasher {
  readonly name = 'md5';
  readonly digestSize = 16;
  readonly blockSize = 64;
  protected readonly bigEndian = false;
  private st = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  private w = new Int32Array(16);
  constructor() {
    super(64);
    if (MD5_T === null) {
      MD5_T = new Int32Array(64);
      for (let i = 0; i < 64; i++) MD5_T[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
    }
  }
  protected compress(src: Uint8Array, off: number, n: number): void {
    const w = this.w, st = this.st, T = MD5_T!;
    for (let blk = 0; blk < n; blk++) {
      for (let j = 0; j < 16; j++, off += 4) w[j] = src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      let a = st[0], b = st[1], c = st[2], d = st[3];
      for (let i = 0; i < 64; i++) {
        let f: number, g: number;
        const round = i >> 4;
        if (round === 0) { f = (b & c) | (~b & d); g = i; }
        else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
        else { f = c ^ (b | ~d); g = (7 * i) & 15; }
        const s = MD5_S[(round << 2) | (i & 3)];
        const x = (a + f + T[i] + w[g]) | 0;
        a = d; d = c; c = b;
        b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
      }
      st[0] = (st[0] + a) | 0; st[1] = (st[1] + b) | 0; st[2] = (st[2] + c) | 0; st[3] = (st[3] + d) | 0;
    }
  }
  protected output(out: Uint8Array): void {
    for (let i = 0; i < 4; i++) putLE32(out, 4 * i, this.st[i]);
  }
  protected clone(): BlockHasher {
    const h = new Md5();
    h.st.set(this.st);
    return this.copyInto(h);
  }
}

// --- SHA-1 (FIPS 180-4 6.1) ---

class Sha1 extends BlockHasher {
  readonly name = 'sha1';
  readonly digestSize = 20;
  readonly blockSize = 64;
  protected readonly bigEndian = true;
  private st = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  private w = new Int32Array(80);
  constructor() { super(64); }
  protected compress(src: Uint8Array, off: number, n: number): void {
    const w = this.w, st = this.st;
    for (let blk = 0; blk < n; blk++) {
      for (let j = 0; j < 16; j++, off += 4) w[j] = (src[off] << 24) | (src[off + 1] << 16) | (src[off + 2] << 8) | src[off + 3];
      for (let j = 16; j < 80; j++) {
        const x = w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16];
        w[j] = (x << 1) | (x >>> 31);
      }
      let a = st[0], b = st[1], c = st[2], d = st[3], e = st[4];
      for (let j = 0; j < 80; j++) {
        let f: number, k: number;
        if (j < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (j < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (j < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
        else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
        const t = (((a << 5) | (a >>> 27)) + f + e + k + w[j]) | 0;
        e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
      }
      st[0] = (st[0] + a) | 0; st[1] = (st[1] + b) | 0; st[2] = (st[2] + c) | 0;
      st[3] = (st[3] + d) | 0; st[4] = (st[4] + e) | 0;
    }
  }
  protected output(out: Uint8Array): void {
    for (let i = 0; i < 5; i++) putBE32(out, 4 * i, this.st[i]);
  }
  protected clone(): BlockHasher {
    const h = new Sha1();
    h.st.set(this.st);
    return this.copyInto(h);
  }
}

// --- SHA-224 and SHA-256 (FIPS 180-4 6.2, 6.3) ---

class Sha256 extends BlockHasher {
  readonly blockSize = 64;
  protected readonly bigEndian = true;
  readonly st = new Int32Array(8);
  private w = new Int32Array(64);
  constructor(readonly name: string, readonly digestSize: number) {
    super(64);
    sha2Tables();
    if (digestSize === 28) for (let i = 0; i < 8; i++) this.st[i] = IV384![2 * i + 1];
    else this.st.set(IV256!);
  }
  protected compress(src: Uint8Array, off: number, n: number): void {
    const w = this.w, st = this.st, K = K32!;
    for (let blk = 0; blk < n; blk++) {
      for (let j = 0; j < 16; j++, off += 4) w[j] = (src[off] << 24) | (src[off + 1] << 16) | (src[off + 2] << 8) | src[off + 3];
      for (let j = 16; j < 64; j++) {
        const x = w[j - 15], y = w[j - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[j] = (w[j - 16] + s0 + w[j - 7] + s1) | 0;
      }
      let a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
      for (let j = 0; j < 64; j++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[j] + w[j]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      st[0] = (st[0] + a) | 0; st[1] = (st[1] + b) | 0; st[2] = (st[2] + c) | 0; st[3] = (st[3] + d) | 0;
      st[4] = (st[4] + e) | 0; st[5] = (st[5] + f) | 0; st[6] = (st[6] + g) | 0; st[7] = (st[7] + h) | 0;
    }
  }
  protected output(out: Uint8Array): void {
    const full = new Uint8Array(32);
    for (let i = 0; i < 8; i++) putBE32(full, 4 * i, this.st[i]);
    out.set(full.subarray(0, this.digestSize));
  }
  protected clone(): BlockHasher {
    const h = new Sha256(this.name, this.digestSize);
    h.st.set(this.st);
    return this.copyInto(h);
  }
}

// --- SHA-384, SHA-512 and SHA-512/t (FIPS 180-4 6.4, 6.5, 5.3.6) ---

const TWO32 = 4294967296;

class Sha512 extends BlockHasher {
  readonly blockSize = 128;
  protected readonly bigEndian = true;
  /** (hi, lo) pairs. */
  readonly st = new Int32Array(16);
  private w = new Int32Array(160);
  constructor(readonly name: string, readonly digestSize: number, iv?: Int32Array) {
    super(128);
    sha2Tables();
    this.st.set(iv ?? (digestSize === 48 ? IV384! : IV512!));
  }
  protected compress(src: Uint8Array, off: number, n: number): void {
    const w = this.w, st = this.st, K = K64!;
    for (let blk = 0; blk < n; blk++) {
      for (let j = 0; j < 32; j++, off += 4) w[j] = (src[off] << 24) | (src[off + 1] << 16) | (src[off + 2] << 8) | src[off + 3];
      for (let j = 32; j < 160; j += 2) {
        // s0 = rotr1 ^ rotr8 ^ shr7 of w[t-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[t-2]
        let h = w[j - 30], l = w[j - 29];
        const s0h = ((h >>> 1) | (l << 31)) ^ ((h >>> 8) | (l << 24)) ^ (h >>> 7);
        const s0l = ((l >>> 1) | (h << 31)) ^ ((l >>> 8) | (h << 24)) ^ ((l >>> 7) | (h << 25));
        h = w[j - 4]; l = w[j - 3];
        const s1h = ((h >>> 19) | (l << 13)) ^ ((l >>> 29) | (h << 3)) ^ (h >>> 6);
        const s1l = ((l >>> 19) | (h << 13)) ^ ((h >>> 29) | (l << 3)) ^ ((l >>> 6) | (h << 26));
        const lo = (w[j - 31] >>> 0) + (s0l >>> 0) + (w[j - 13] >>> 0) + (s1l >>> 0);
        w[j] = (w[j - 32] + s0h + w[j - 14] + s1h + Math.floor(lo / TWO32)) | 0;
        w[j + 1] = lo | 0;
      }
      let ah = st[0], al = st[1], bh = st[2], bl = st[3], ch = st[4], cl = st[5], dh = st[6], dl = st[7];
      let eh = st[8], el = st[9], fh = st[10], fl = st[11], gh = st[12], gl = st[13], hh = st[14], hl = st[15];
      for (let j = 0; j < 160; j += 2) {
        // S1 = rotr14 ^ rotr18 ^ rotr41 of e; ch = (e & f) ^ (~e & g)
        const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
        const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
        const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
        const t1lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[j + 1] >>> 0) + (w[j + 1] >>> 0);
        const t1h = (hh + S1h + chh + K[j] + w[j] + Math.floor(t1lo / TWO32)) | 0;
        const t1l = t1lo | 0;
        // S0 = rotr28 ^ rotr34 ^ rotr39 of a; maj = (a & b) ^ (a & c) ^ (b & c)
        const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
        const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
        const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch), mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
        const t2lo = (S0l >>> 0) + (mjl >>> 0);
        const t2h = (S0h + mjh + Math.floor(t2lo / TWO32)) | 0;
        const t2l = t2lo | 0;
        hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
        const elo = (dl >>> 0) + (t1l >>> 0);
        eh = (dh + t1h + Math.floor(elo / TWO32)) | 0; el = elo | 0;
        dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
        const alo = (t1l >>> 0) + (t2l >>> 0);
        ah = (t1h + t2h + Math.floor(alo / TWO32)) | 0; al = alo | 0;
      }
      add64(st, 0, ah, al); add64(st, 2, bh, bl); add64(st, 4, ch, cl); add64(st, 6, dh, dl);
      add64(st, 8, eh, el); add64(st, 10, fh, fl); add64(st, 12, gh, gl); add64(st, 14, hh, hl);
    }
  }
  protected output(out: Uint8Array): void {
    const full = new Uint8Array(64);
    for (let i = 0; i < 16; i++) putBE32(full, 4 * i, this.st[i]);
    out.set(full.subarray(0, this.digestSize));
  }
  protected clone(): BlockHasher {
    const h = new Sha512(this.name, this.digestSize, this.st);
    return this.copyInto(h);
  }
}

function add64(st: Int32Array, i: number, h: number, l: number): void {
  const lo = (st[i + 1] >>> 0) + (l >>> 0);
  st[i] = (st[i] + h + Math.floor(lo / TWO32)) | 0;
  st[i + 1] = lo | 0;
}

const IV512T = new Map<number, Int32Array>();

/** The SHA-512/t initial value (FIPS 180-4 5.3.6): SHA-512 with a modified IV over the text "SHA-512/t". */
function sha512tIV(t: number): Int32Array {
  let iv = IV512T.get(t);
  if (iv === undefined) {
    sha2Tables();
    const mod = new Int32Array(16);
    for (let i = 0; i < 16; i++) mod[i] = IV512![i] ^ (0xa5a5a5a5 | 0);
    const h = new Sha512('', 64, mod);
    const text = new TextEncoder().encode(`SHA-512/${t}`);
    h.update(text, 0, text.length);
    const d = h.digest();
    iv = new Int32Array(16);
    for (let i = 0; i < 16; i++) iv[i] = (d[4 * i] << 24) | (d[4 * i + 1] << 16) | (d[4 * i + 2] << 8) | d[4 * i + 3];
    IV512T.set(t, iv);
  }
  return iv;
}

// --- SHA-3 and SHAKE (FIPS 202): Keccak-f[1600] on 25 lanes as (lo, hi) int32 pairs ---

let KECCAK_RC: Int32Array | null = null; // round constants (lo, hi)
let KECCAK_ROT: Int32Array | null = null; // rho offsets, by lane index x + 5y
let KECCAK_PI: Int32Array | null = null; // pi: the destination of lane i

function keccakTables(): void {
  if (KECCAK_RC !== null) return;
  // rc(t): the LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202 3.2.5)
  const rcBit = (t: number): number => {
    if (t % 255 === 0) return 1;
    let r = 1;
    for (let i = 1; i <= t % 255; i++) {
      r <<= 1;
      if (r & 0x100) r ^= 0x171;
    }
    return r & 1;
  };
  const rc = new Int32Array(48);
  for (let ir = 0; ir < 24; ir++) {
    for (let j = 0; j <= 6; j++) {
      if (rcBit(j + 7 * ir) !== 0) {
        const bit = (1 << j) - 1;
        if (bit < 32) rc[2 * ir] |= 1 << bit; else rc[2 * ir + 1] |= 1 << (bit - 32);
      }
    }
  }
  const rot = new Int32Array(25);
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    rot[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  const pi = new Int32Array(25);
  for (let xx = 0; xx < 5; xx++) for (let yy = 0; yy < 5; yy++) pi[xx + 5 * yy] = yy + 5 * ((2 * xx + 3 * yy) % 5);
  KECCAK_RC = rc; KECCAK_ROT = rot; KECCAK_PI = pi;
}

const kB = new Int32Array(50);
const kC = new Int32Array(10);

function keccakF(s: Int32Array): void {
  const RC = KECCAK_RC!, ROT = KECCAK_ROT!, PI = KECCAK_PI!, B = kB, C = kC;
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      C[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
      C[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const x1 = (x + 1) % 5, x4 = (x + 4) % 5;
      const l = C[2 * x1], h = C[2 * x1 + 1];
      const dl = C[2 * x4] ^ ((l << 1) | (h >>> 31));
      const dh = C[2 * x4 + 1] ^ ((h << 1) | (l >>> 31));
      for (let y = 0; y < 25; y += 5) { s[2 * (x + y)] ^= dl; s[2 * (x + y) + 1] ^= dh; }
    }
    // rho and pi
    for (let i = 0; i < 25; i++) {
      const l = s[2 * i], h = s[2 * i + 1], r = ROT[i], d = 2 * PI[i];
      if (r === 0) { B[d] = l; B[d + 1] = h; }
      else if (r < 32) { B[d] = (l << r) | (h >>> (32 - r)); B[d + 1] = (h << r) | (l >>> (32 - r)); }
      else if (r === 32) { B[d] = h; B[d + 1] = l; }
      else { const q = r - 32; B[d] = (h << q) | (l >>> (32 - q)); B[d + 1] = (l << q) | (h >>> (32 - q)); }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y), i1 = 2 * (((x + 1) % 5) + y), i2 = 2 * (((x + 2) % 5) + y);
        s[i] = B[i] ^ (~B[i1] & B[i2]);
        s[i + 1] = B[i + 1] ^ (~B[i1 + 1] & B[i2 + 1]);
      }
    }
    // iota
    s[0] ^= RC[2 * round]; s[1] ^= RC[2 * round + 1];
  }
}

class Keccak implements Hasher {
  private s = new Int32Array(50);
  private buf: Uint8Array;
  private bufLen = 0;
  constructor(readonly name: string, readonly digestSize: number, readonly blockSize: number, private readonly suffix: number) {
    keccakTables();
    this.buf = new Uint8Array(blockSize);
  }
  private absorb(src: Uint8Array, off: number, n: number): void {
    const s = this.s, lanes = this.blockSize >> 2;
    for (let blk = 0; blk < n; blk++) {
      for (let j = 0; j < lanes; j++, off += 4) s[j] ^= src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      keccakF(s);
    }
  }
  update(src: Uint8Array, off: number, len: number): void {
    const bs = this.blockSize;
    if (this.bufLen > 0) {
      const take = Math.min(len, bs - this.bufLen);
      this.buf.set(src.subarray(off, off + take), this.bufLen);
      this.bufLen += take; off += take; len -= take;
      if (this.bufLen < bs) return;
      this.absorb(this.buf, 0, 1);
      this.bufLen = 0;
    }
    if (len >= bs) {
      const n = Math.floor(len / bs);
      this.absorb(src, off, n);
      off += n * bs; len -= n * bs;
    }
    if (len > 0) { this.buf.set(src.subarray(off, off + len), 0); this.bufLen = len; }
  }
  digest(len = this.digestSize): Uint8Array {
    const h = this.copy() as Keccak, bs = this.blockSize;
    const last = new Uint8Array(bs);
    last.set(h.buf.subarray(0, h.bufLen));
    last[h.bufLen] ^= this.suffix;
    last[bs - 1] ^= 0x80;
    h.absorb(last, 0, 1);
    const out = new Uint8Array(len);
    for (let p = 0; ;) {
      for (let j = 0; j < bs && p < len; j++, p++) out[p] = h.s[j >> 2] >>> (8 * (j & 3));
      if (p >= len) break;
      keccakF(h.s);
    }
    return out;
  }
  copy(): Hasher {
    const h = new Keccak(this.name, this.digestSize, this.blockSize, this.suffix);
    h.s.set(this.s); h.buf.set(this.buf); h.bufLen = this.bufLen;
    return h;
  }
}

// --- BLAKE2b and BLAKE2s (RFC 7693) ---

const BLAKE2_SIGMA = Uint8Array.of(
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
);

/** The BLAKE2 parameters (RFC 7693 2.5, plus the tree parameters of the BLAKE2 paper). */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: number;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

abstract class Blake2 implements Hasher {
  abstract readonly name: string;
  readonly digestSize: number;
  abstract readonly blockSize: number;
  protected buf: Uint8Array;
  protected bufLen = 0;
  protected t = 0; // bytes compressed so far
  protected lastNode: boolean;
  constructor(p: Blake2Params, bs: number) {
    this.digestSize = p.digestSize;
    this.lastNode = p.lastNode;
    this.buf = new Uint8Array(bs);
  }
  /** Compresses n blocks; a non-final block first adds its length to the counter. */
  protected abstract compress(src: Uint8Array, off: number, n: number, final: boolean): void;
  protected abstract outputInto(out: Uint8Array): void;
  protected abstract clone(): Blake2;

  protected start(p: Blake2Params, bs: number): void {
    if (p.key.length > 0) {
      const kb = new Uint8Array(bs);
      kb.set(p.key);
      this.update(kb, 0, bs);
    }
  }

  update(src: Uint8Array, off: number, len: number): void {
    const bs = this.blockSize;
    if (len === 0) return;
    // the last block is compressed only at the end (flagged final), so a full buffer waits for more input
    if (this.bufLen > 0 || len <= bs) {
      const take = Math.min(len, bs - this.bufLen);
      this.buf.set(src.subarray(off, off + take), this.bufLen);
      this.bufLen += take; off += take; len -= take;
      if (len === 0) return;
      this.compress(this.buf, 0, 1, false);
      this.bufLen = 0;
    }
    if (len > bs) {
      const n = Math.floor((len - 1) / bs);
      this.compress(src, off, n, false);
      off += n * bs; len -= n * bs;
    }
    this.buf.set(src.subarray(off, off + len), 0);
    this.bufLen = len;
  }

  digest(): Uint8Array {
    const h = this.clone();
    h.buf.fill(0, h.bufLen);
    h.t += h.bufLen;
    h.compress(h.buf, 0, 1, true);
    const out = new Uint8Array(this.digestSize);
    h.outputInto(out);
    return out;
  }

  copy(): Hasher { return this.clone(); }

  protected copyInto(h: Blake2): Blake2 {
    h.buf.set(this.buf); h.bufLen = this.bufLen; h.t = this.t; h.lastNode = this.lastNode;
    return h;
  }
}

function le32(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
}

const b2bV = new Int32Array(32);
const b2bM = new Int32Array(32);

class Blake2b extends Blake2 {
  readonly name = 'blake2b';
  readonly blockSize = 128;
  readonly h = new Int32Array(16); // (lo, hi) pairs
  constructor(p: Blake2Params | null) {
    super(p ?? DUMMY_PARAMS, 128);
    if (p === null) return;
    sha2Tables();
    // the parameter block, 64 bytes, XORed into the IV
    const pb = new Uint8Array(64);
    pb[0] = p.digestSize; pb[1] = p.key.length; pb[2] = p.fanout; pb[3] = p.depth;
    putLE32(pb, 4, p.leafSize);
    putLE32(pb, 8, p.nodeOffset >>> 0); putLE32(pb, 12, Math.floor(p.nodeOffset / TWO32));
    pb[16] = p.nodeDepth; pb[17] = p.innerSize;
    pb.set(p.salt, 32); pb.set(p.person, 48);
    for (let i = 0; i < 8; i++) {
      this.h[2 * i] = IV512![2 * i + 1] ^ le32(pb, 8 * i);
      this.h[2 * i + 1] = IV512![2 * i] ^ le32(pb, 8 * i + 4);
    }
    this.start(p, 128);
  }
  protected compress(src: Uint8Array, off: number, n: number, final: boolean): void {
    const v = b2bV, m = b2bM, h = this.h, IV = IV512!;
    for (let blk = 0; blk < n; blk++) {
      if (!final) this.t += this.blockSize;
      for (let j = 0; j < 32; j++, off += 4) m[j] = src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      v.set(h);
      for (let i = 0; i < 8; i++) { v[16 + 2 * i] = IV[2 * i + 1]; v[17 + 2 * i] = IV[2 * i]; }
      v[24] ^= this.t | 0; v[25] ^= Math.floor(this.t / TWO32);
      if (final) {
        v[28] = ~v[28]; v[29] = ~v[29];
        if (this.lastNode) { v[30] = ~v[30]; v[31] = ~v[31]; }
      }
      for (let r = 0; r < 12; r++) {
        const s = (r % 10) * 16;
        g64(v, 0, 8, 16, 24, m, BLAKE2_SIGMA[s], BLAKE2_SIGMA[s + 1]);
        g64(v, 2, 10, 18, 26, m, BLAKE2_SIGMA[s + 2], BLAKE2_SIGMA[s + 3]);
        g64(v, 4, 12, 20, 28, m, BLAKE2_SIGMA[s + 4], BLAKE2_SIGMA[s + 5]);
        g64(v, 6, 14, 22, 30, m, BLAKE2_SIGMA[s + 6], BLAKE2_SIGMA[s + 7]);
        g64(v, 0, 10, 20, 30, m, BLAKE2_SIGMA[s + 8], BLAKE2_SIGMA[s + 9]);
        g64(v, 2, 12, 22, 24, m, BLAKE2_SIGMA[s + 10], BLAKE2_SIGMA[s + 11]);
        g64(v, 4, 14, 16, 26, m, BLAKE2_SIGMA[s + 12], BLAKE2_SIGMA[s + 13]);
        g64(v, 6, 8, 18, 28, m, BLAKE2_SIGMA[s + 14], BLAKE2_SIGMA[s + 15]);
      }
      for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
    }
  }
  protected outputInto(out: Uint8Array): void {
    const full = new Uint8Array(64);
    for (let i = 0; i < 16; i++) putLE32(full, 4 * i, this.h[i]);
    out.set(full.subarray(0, this.digestSize));
  }
  protected clone(): Blake2 {
    const c = new Blake2b(null);
    (c as { digestSize: number }).digestSize = this.digestSize;
    c.h.set(this.h);
    return this.copyInto(c);
  }
}

/** BLAKE2b's mixing function G on lanes a, b, c, d (indices of lo words in v) with message words x, y. */
function g64(v: Int32Array, a: number, b: number, c: number, d: number, m: Int32Array, x: number, y: number): void {
  let lo = (v[a] >>> 0) + (v[b] >>> 0) + (m[2 * x] >>> 0);
  v[a + 1] = (v[a + 1] + v[b + 1] + m[2 * x + 1] + Math.floor(lo / TWO32)) | 0; v[a] = lo | 0;
  let xl = v[d] ^ v[a], xh = v[d + 1] ^ v[a + 1];
  v[d] = xh; v[d + 1] = xl; // rotr 32
  lo = (v[c] >>> 0) + (v[d] >>> 0);
  v[c + 1] = (v[c + 1] + v[d + 1] + Math.floor(lo / TWO32)) | 0; v[c] = lo | 0;
  xl = v[b] ^ v[c]; xh = v[b + 1] ^ v[c + 1];
  v[b] = (xl >>> 24) | (xh << 8); v[b + 1] = (xh >>> 24) | (xl << 8); // rotr 24
  lo = (v[a] >>> 0) + (v[b] >>> 0) + (m[2 * y] >>> 0);
  v[a + 1] = (v[a + 1] + v[b + 1] + m[2 * y + 1] + Math.floor(lo / TWO32)) | 0; v[a] = lo | 0;
  xl = v[d] ^ v[a]; xh = v[d + 1] ^ v[a + 1];
  v[d] = (xl >>> 16) | (xh << 16); v[d + 1] = (xh >>> 16) | (xl << 16); // rotr 16
  lo = (v[c] >>> 0) + (v[d] >>> 0);
  v[c + 1] = (v[c + 1] + v[d + 1] + Math.floor(lo / TWO32)) | 0; v[c] = lo | 0;
  xl = v[b] ^ v[c]; xh = v[b + 1] ^ v[c + 1];
  v[b] = (xh >>> 31) | (xl << 1); v[b + 1] = (xl >>> 31) | (xh << 1); // rotr 63
}

const b2sV = new Int32Array(16);
const b2sM = new Int32Array(16);

class Blake2s extends Blake2 {
  readonly name = 'blake2s';
  readonly blockSize = 64;
  readonly h = new Int32Array(8);
  constructor(p: Blake2Params | null) {
    super(p ?? DUMMY_PARAMS, 64);
    if (p === null) return;
    sha2Tables();
    const pb = new Uint8Array(32);
    pb[0] = p.digestSize; pb[1] = p.key.length; pb[2] = p.fanout; pb[3] = p.depth;
    putLE32(pb, 4, p.leafSize);
    putLE32(pb, 8, p.nodeOffset >>> 0);
    const hiOff = Math.floor(p.nodeOffset / TWO32);
    pb[12] = hiOff; pb[13] = hiOff >>> 8;
    pb[14] = p.nodeDepth; pb[15] = p.innerSize;
    pb.set(p.salt, 16); pb.set(p.person, 24);
    for (let i = 0; i < 8; i++) this.h[i] = IV256![i] ^ le32(pb, 4 * i);
    this.start(p, 64);
  }
  protected compress(src: Uint8Array, off: number, n: number, final: boolean): void {
    const v = b2sV, m = b2sM, h = this.h, IV = IV256!;
    for (let blk = 0; blk < n; blk++) {
      if (!final) this.t += this.blockSize;
      for (let j = 0; j < 16; j++, off += 4) m[j] = src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      v.set(h); v.set(IV, 8);
      v[12] ^= this.t | 0; v[13] ^= Math.floor(this.t / TWO32);
      if (final) {
        v[14] = ~v[14];
        if (this.lastNode) v[15] = ~v[15];
      }
      for (let r = 0; r < 10; r++) {
        const s = r * 16;
        g32(v, 0, 4, 8, 12, m[BLAKE2_SIGMA[s]], m[BLAKE2_SIGMA[s + 1]]);
        g32(v, 1, 5, 9, 13, m[BLAKE2_SIGMA[s + 2]], m[BLAKE2_SIGMA[s + 3]]);
        g32(v, 2, 6, 10, 14, m[BLAKE2_SIGMA[s + 4]], m[BLAKE2_SIGMA[s + 5]]);
        g32(v, 3, 7, 11, 15, m[BLAKE2_SIGMA[s + 6]], m[BLAKE2_SIGMA[s + 7]]);
        g32(v, 0, 5, 10, 15, m[BLAKE2_SIGMA[s + 8]], m[BLAKE2_SIGMA[s + 9]]);
        g32(v, 1, 6, 11, 12, m[BLAKE2_SIGMA[s + 10]], m[BLAKE2_SIGMA[s + 11]]);
        g32(v, 2, 7, 8, 13, m[BLAKE2_SIGMA[s + 12]], m[BLAKE2_SIGMA[s + 13]]);
        g32(v, 3, 4, 9, 14, m[BLAKE2_SIGMA[s + 14]], m[BLAKE2_SIGMA[s + 15]]);
      }
      for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }
  }
  protected outputInto(out: Uint8Array): void {
    const full = new Uint8Array(32);
    for (let i = 0; i < 8; i++) putLE32(full, 4 * i, this.h[i]);
    out.set(full.subarray(0, this.digestSize));
  }
  protected clone(): Blake2 {
    const c = new Blake2s(null);
    (c as { digestSize: number }).digestSize = this.digestSize;
    c.h.set(this.h);
    return this.copyInto(c);
  }
}

function g32(v: Int32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  let t: number;
  v[a] = (v[a] + v[b] + x) | 0; t = v[d] ^ v[a]; v[d] = (t >>> 16) | (t << 16);
  v[c] = (v[c] + v[d]) | 0; t = v[b] ^ v[c]; v[b] = (t >>> 12) | (t << 20);
  v[a] = (v[a] + v[b] + y) | 0; t = v[d] ^ v[a]; v[d] = (t >>> 8) | (t << 24);
  v[c] = (v[c] + v[d]) | 0; t = v[b] ^ v[c]; v[b] = (t >>> 7) | (t << 25);
}

const DUMMY_PARAMS: Blake2Params = {
  digestSize: 0, key: new Uint8Array(0), salt: new Uint8Array(0), person: new Uint8Array(0), fanout: 1, depth: 1,
  leafSize: 0, nodeOffset: 0, nodeDepth: 0, innerSize: 0, lastNode: false,
};

/** A BLAKE2 hasher; the parameters are already checked against the variant's limits. */
export function blake2New(variant: 'blake2b' | 'blake2s', p: Blake2Params): Hasher {
  return variant === 'blake2b' ? new Blake2b(p) : new Blake2s(p);
}

/** The fixed-parameter algorithms by their (lower-case) names; SHAKE's digest needs a length. */
export const DIGEST_NAMES: readonly string[] = [
  'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256',
  'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
];

/** A new hasher for one of DIGEST_NAMES, or null. */
export function digestNew(name: string): Hasher | null {
  switch (name) {
    case 'md5': return new Md5();
    case 'sha1': return new Sha1();
    case 'sha224': return new Sha256('sha224', 28);
    case 'sha256': return new Sha256('sha256', 32);
    case 'sha384': return new Sha512('sha384', 48);
    case 'sha512': return new Sha512('sha512', 64);
    case 'sha512_224': return new Sha512('sha512_224', 28, sha512tIV(224));
    case 'sha512_256': return new Sha512('sha512_256', 32, sha512tIV(256));
    case 'sha3_224': return new Keccak('sha3_224', 28, 144, 0x06);
    case 'sha3_256': return new Keccak('sha3_256', 32, 136, 0x06);
    case 'sha3_384': return new Keccak('sha3_384', 48, 104, 0x06);
    case 'sha3_512': return new Keccak('sha3_512', 64, 72, 0x06);
    case 'shake_128': return new Keccak('shake_128', 0, 168, 0x1f);
    case 'shake_256': return new Keccak('shake_256', 0, 136, 0x1f);
    default: return null;
  }
}
