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
const MD5_S = Int32Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);

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
      // the four rounds as separate loops, so that none tests which round it is in
      for (let i = 0; i < 16; i++) {
        const s = MD5_S[i & 3], x = (a + ((b & c) | (~b & d)) + T[i] + w[i]) | 0;
        a = d; d = c; c = b; b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
      }
      for (let i = 16; i < 32; i++) {
        const s = MD5_S[4 | (i & 3)], x = (a + ((d & b) | (~d & c)) + T[i] + w[(5 * i + 1) & 15]) | 0;
        a = d; d = c; c = b; b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
      }
      for (let i = 32; i < 48; i++) {
        const s = MD5_S[8 | (i & 3)], x = (a + (b ^ c ^ d) + T[i] + w[(3 * i + 5) & 15]) | 0;
        a = d; d = c; c = b; b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
      }
      for (let i = 48; i < 64; i++) {
        const s = MD5_S[12 | (i & 3)], x = (a + (c ^ (b | ~d)) + T[i] + w[(7 * i) & 15]) | 0;
        a = d; d = c; c = b; b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
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
      // the four stages as separate loops, so that none tests which stage it is in
      for (let j = 0; j < 20; j++) {
        const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[j]) | 0;
        e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
      }
      for (let j = 20; j < 40; j++) {
        const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[j]) | 0;
        e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
      }
      for (let j = 40; j < 60; j++) {
        const t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + (0x8f1bbcdc | 0) + w[j]) | 0;
        e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
      }
      for (let j = 60; j < 80; j++) {
        const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + (0xca62c1d6 | 0) + w[j]) | 0;
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
        w[j] = (w[j - 32] + s0h + w[j - 14] + s1h + ((lo / TWO32) | 0)) | 0;
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
        const t1h = (hh + S1h + chh + K[j] + w[j] + ((t1lo / TWO32) | 0)) | 0;
        const t1l = t1lo | 0;
        // S0 = rotr28 ^ rotr34 ^ rotr39 of a; maj = (a & b) ^ (a & c) ^ (b & c)
        const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
        const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
        const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch), mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
        const t2lo = (S0l >>> 0) + (mjl >>> 0);
        const t2h = (S0h + mjh + ((t2lo / TWO32) | 0)) | 0;
        const t2l = t2lo | 0;
        hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
        const elo = (dl >>> 0) + (t1l >>> 0);
        eh = (dh + t1h + ((elo / TWO32) | 0)) | 0; el = elo | 0;
        dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
        const alo = (t1l >>> 0) + (t2l >>> 0);
        ah = (t1h + t2h + ((alo / TWO32) | 0)) | 0; al = alo | 0;
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
  st[i] = (st[i] + h + ((lo / TWO32) | 0)) | 0;
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
  KECCAK_RC = rc;
}

/** Keccak-f[1600] on s: every round unrolled over the 25 lanes, held in locals (generated code). */
function keccakF(s: Int32Array): void {
  const RC = KECCAK_RC!;
  let l0 = s[0], h0 = s[1], l1 = s[2], h1 = s[3], l2 = s[4], h2 = s[5], l3 = s[6], h3 = s[7], l4 = s[8], h4 = s[9];
  let l5 = s[10], h5 = s[11], l6 = s[12], h6 = s[13], l7 = s[14], h7 = s[15], l8 = s[16], h8 = s[17], l9 = s[18], h9 = s[19];
  let l10 = s[20], h10 = s[21], l11 = s[22], h11 = s[23], l12 = s[24], h12 = s[25], l13 = s[26], h13 = s[27], l14 = s[28], h14 = s[29];
  let l15 = s[30], h15 = s[31], l16 = s[32], h16 = s[33], l17 = s[34], h17 = s[35], l18 = s[36], h18 = s[37], l19 = s[38], h19 = s[39];
  let l20 = s[40], h20 = s[41], l21 = s[42], h21 = s[43], l22 = s[44], h22 = s[45], l23 = s[46], h23 = s[47], l24 = s[48], h24 = s[49];
  for (let round = 0; round < 48; round += 2) {
    // theta
    const cl0 = l0 ^ l5 ^ l10 ^ l15 ^ l20;
    const ch0 = h0 ^ h5 ^ h10 ^ h15 ^ h20;
    const cl1 = l1 ^ l6 ^ l11 ^ l16 ^ l21;
    const ch1 = h1 ^ h6 ^ h11 ^ h16 ^ h21;
    const cl2 = l2 ^ l7 ^ l12 ^ l17 ^ l22;
    const ch2 = h2 ^ h7 ^ h12 ^ h17 ^ h22;
    const cl3 = l3 ^ l8 ^ l13 ^ l18 ^ l23;
    const ch3 = h3 ^ h8 ^ h13 ^ h18 ^ h23;
    const cl4 = l4 ^ l9 ^ l14 ^ l19 ^ l24;
    const ch4 = h4 ^ h9 ^ h14 ^ h19 ^ h24;
    const dl0 = cl4 ^ ((cl1 << 1) | (ch1 >>> 31)), dh0 = ch4 ^ ((ch1 << 1) | (cl1 >>> 31));
    const dl1 = cl0 ^ ((cl2 << 1) | (ch2 >>> 31)), dh1 = ch0 ^ ((ch2 << 1) | (cl2 >>> 31));
    const dl2 = cl1 ^ ((cl3 << 1) | (ch3 >>> 31)), dh2 = ch1 ^ ((ch3 << 1) | (cl3 >>> 31));
    const dl3 = cl2 ^ ((cl4 << 1) | (ch4 >>> 31)), dh3 = ch2 ^ ((ch4 << 1) | (cl4 >>> 31));
    const dl4 = cl3 ^ ((cl0 << 1) | (ch0 >>> 31)), dh4 = ch3 ^ ((ch0 << 1) | (cl0 >>> 31));
    l0 ^= dl0; h0 ^= dh0;
    l1 ^= dl1; h1 ^= dh1;
    l2 ^= dl2; h2 ^= dh2;
    l3 ^= dl3; h3 ^= dh3;
    l4 ^= dl4; h4 ^= dh4;
    l5 ^= dl0; h5 ^= dh0;
    l6 ^= dl1; h6 ^= dh1;
    l7 ^= dl2; h7 ^= dh2;
    l8 ^= dl3; h8 ^= dh3;
    l9 ^= dl4; h9 ^= dh4;
    l10 ^= dl0; h10 ^= dh0;
    l11 ^= dl1; h11 ^= dh1;
    l12 ^= dl2; h12 ^= dh2;
    l13 ^= dl3; h13 ^= dh3;
    l14 ^= dl4; h14 ^= dh4;
    l15 ^= dl0; h15 ^= dh0;
    l16 ^= dl1; h16 ^= dh1;
    l17 ^= dl2; h17 ^= dh2;
    l18 ^= dl3; h18 ^= dh3;
    l19 ^= dl4; h19 ^= dh4;
    l20 ^= dl0; h20 ^= dh0;
    l21 ^= dl1; h21 ^= dh1;
    l22 ^= dl2; h22 ^= dh2;
    l23 ^= dl3; h23 ^= dh3;
    l24 ^= dl4; h24 ^= dh4;
    // rho and pi
    const bl0 = l0, bh0 = h0;
    const bl10 = (l1 << 1) | (h1 >>> 31), bh10 = (h1 << 1) | (l1 >>> 31);
    const bl20 = (h2 << 30) | (l2 >>> 2), bh20 = (l2 << 30) | (h2 >>> 2);
    const bl5 = (l3 << 28) | (h3 >>> 4), bh5 = (h3 << 28) | (l3 >>> 4);
    const bl15 = (l4 << 27) | (h4 >>> 5), bh15 = (h4 << 27) | (l4 >>> 5);
    const bl16 = (h5 << 4) | (l5 >>> 28), bh16 = (l5 << 4) | (h5 >>> 28);
    const bl1 = (h6 << 12) | (l6 >>> 20), bh1 = (l6 << 12) | (h6 >>> 20);
    const bl11 = (l7 << 6) | (h7 >>> 26), bh11 = (h7 << 6) | (l7 >>> 26);
    const bl21 = (h8 << 23) | (l8 >>> 9), bh21 = (l8 << 23) | (h8 >>> 9);
    const bl6 = (l9 << 20) | (h9 >>> 12), bh6 = (h9 << 20) | (l9 >>> 12);
    const bl7 = (l10 << 3) | (h10 >>> 29), bh7 = (h10 << 3) | (l10 >>> 29);
    const bl17 = (l11 << 10) | (h11 >>> 22), bh17 = (h11 << 10) | (l11 >>> 22);
    const bl2 = (h12 << 11) | (l12 >>> 21), bh2 = (l12 << 11) | (h12 >>> 21);
    const bl12 = (l13 << 25) | (h13 >>> 7), bh12 = (h13 << 25) | (l13 >>> 7);
    const bl22 = (h14 << 7) | (l14 >>> 25), bh22 = (l14 << 7) | (h14 >>> 25);
    const bl23 = (h15 << 9) | (l15 >>> 23), bh23 = (l15 << 9) | (h15 >>> 23);
    const bl8 = (h16 << 13) | (l16 >>> 19), bh8 = (l16 << 13) | (h16 >>> 19);
    const bl18 = (l17 << 15) | (h17 >>> 17), bh18 = (h17 << 15) | (l17 >>> 17);
    const bl3 = (l18 << 21) | (h18 >>> 11), bh3 = (h18 << 21) | (l18 >>> 11);
    const bl13 = (l19 << 8) | (h19 >>> 24), bh13 = (h19 << 8) | (l19 >>> 24);
    const bl14 = (l20 << 18) | (h20 >>> 14), bh14 = (h20 << 18) | (l20 >>> 14);
    const bl24 = (l21 << 2) | (h21 >>> 30), bh24 = (h21 << 2) | (l21 >>> 30);
    const bl9 = (h22 << 29) | (l22 >>> 3), bh9 = (l22 << 29) | (h22 >>> 3);
    const bl19 = (h23 << 24) | (l23 >>> 8), bh19 = (l23 << 24) | (h23 >>> 8);
    const bl4 = (l24 << 14) | (h24 >>> 18), bh4 = (h24 << 14) | (l24 >>> 18);
    // chi
    l0 = bl0 ^ (~bl1 & bl2); h0 = bh0 ^ (~bh1 & bh2);
    l1 = bl1 ^ (~bl2 & bl3); h1 = bh1 ^ (~bh2 & bh3);
    l2 = bl2 ^ (~bl3 & bl4); h2 = bh2 ^ (~bh3 & bh4);
    l3 = bl3 ^ (~bl4 & bl0); h3 = bh3 ^ (~bh4 & bh0);
    l4 = bl4 ^ (~bl0 & bl1); h4 = bh4 ^ (~bh0 & bh1);
    l5 = bl5 ^ (~bl6 & bl7); h5 = bh5 ^ (~bh6 & bh7);
    l6 = bl6 ^ (~bl7 & bl8); h6 = bh6 ^ (~bh7 & bh8);
    l7 = bl7 ^ (~bl8 & bl9); h7 = bh7 ^ (~bh8 & bh9);
    l8 = bl8 ^ (~bl9 & bl5); h8 = bh8 ^ (~bh9 & bh5);
    l9 = bl9 ^ (~bl5 & bl6); h9 = bh9 ^ (~bh5 & bh6);
    l10 = bl10 ^ (~bl11 & bl12); h10 = bh10 ^ (~bh11 & bh12);
    l11 = bl11 ^ (~bl12 & bl13); h11 = bh11 ^ (~bh12 & bh13);
    l12 = bl12 ^ (~bl13 & bl14); h12 = bh12 ^ (~bh13 & bh14);
    l13 = bl13 ^ (~bl14 & bl10); h13 = bh13 ^ (~bh14 & bh10);
    l14 = bl14 ^ (~bl10 & bl11); h14 = bh14 ^ (~bh10 & bh11);
    l15 = bl15 ^ (~bl16 & bl17); h15 = bh15 ^ (~bh16 & bh17);
    l16 = bl16 ^ (~bl17 & bl18); h16 = bh16 ^ (~bh17 & bh18);
    l17 = bl17 ^ (~bl18 & bl19); h17 = bh17 ^ (~bh18 & bh19);
    l18 = bl18 ^ (~bl19 & bl15); h18 = bh18 ^ (~bh19 & bh15);
    l19 = bl19 ^ (~bl15 & bl16); h19 = bh19 ^ (~bh15 & bh16);
    l20 = bl20 ^ (~bl21 & bl22); h20 = bh20 ^ (~bh21 & bh22);
    l21 = bl21 ^ (~bl22 & bl23); h21 = bh21 ^ (~bh22 & bh23);
    l22 = bl22 ^ (~bl23 & bl24); h22 = bh22 ^ (~bh23 & bh24);
    l23 = bl23 ^ (~bl24 & bl20); h23 = bh23 ^ (~bh24 & bh20);
    l24 = bl24 ^ (~bl20 & bl21); h24 = bh24 ^ (~bh20 & bh21);
    // iota
    l0 ^= RC[round]; h0 ^= RC[round + 1];
  }
  s[0] = l0; s[1] = h0; s[2] = l1; s[3] = h1; s[4] = l2; s[5] = h2; s[6] = l3; s[7] = h3; s[8] = l4; s[9] = h4;
  s[10] = l5; s[11] = h5; s[12] = l6; s[13] = h6; s[14] = l7; s[15] = h7; s[16] = l8; s[17] = h8; s[18] = l9; s[19] = h9;
  s[20] = l10; s[21] = h10; s[22] = l11; s[23] = h11; s[24] = l12; s[25] = h12; s[26] = l13; s[27] = h13; s[28] = l14; s[29] = h14;
  s[30] = l15; s[31] = h15; s[32] = l16; s[33] = h16; s[34] = l17; s[35] = h17; s[36] = l18; s[37] = h18; s[38] = l19; s[39] = h19;
  s[40] = l20; s[41] = h20; s[42] = l21; s[43] = h21; s[44] = l22; s[45] = h22; s[46] = l23; s[47] = h23; s[48] = l24; s[49] = h24;
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

const b2bM = new Int32Array(32);
/** BLAKE2b's schedule for its 12 rounds: the index of each message word's lo half in b2bM. */
const BLAKE2_SIGMA2 = new Uint8Array(192);
for (let i = 0; i < 192; i++) BLAKE2_SIGMA2[i] = 2 * BLAKE2_SIGMA[i % 160];

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
  // generated code: the state in locals, each round's eight G steps written out
  protected compress(src: Uint8Array, off: number, n: number, final: boolean): void {
    const m = b2bM, h = this.h, IV = IV512!, S = BLAKE2_SIGMA2;
    for (let blk = 0; blk < n; blk++) {
      if (!final) this.t += 128;
      for (let j = 0; j < 32; j++, off += 4) m[j] = src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      let l0 = h[0], h0 = h[1], l1 = h[2], h1 = h[3];
      let l2 = h[4], h2 = h[5], l3 = h[6], h3 = h[7];
      let l4 = h[8], h4 = h[9], l5 = h[10], h5 = h[11];
      let l6 = h[12], h6 = h[13], l7 = h[14], h7 = h[15];
      let l8 = IV[1], h8 = IV[0], l9 = IV[3], h9 = IV[2];
      let l10 = IV[5], h10 = IV[4], l11 = IV[7], h11 = IV[6];
      let l12 = IV[9], h12 = IV[8], l13 = IV[11], h13 = IV[10];
      let l14 = IV[13], h14 = IV[12], l15 = IV[15], h15 = IV[14];
      l12 ^= this.t | 0; h12 ^= (this.t / TWO32) | 0;
      if (final) {
        l14 = ~l14; h14 = ~h14;
        if (this.lastNode) { l15 = ~l15; h15 = ~h15; }
      }
      let lo: number, tl: number, th: number;
      for (let s = 0; s < 192; s += 16) {
        lo = (l0 >>> 0) + (l4 >>> 0) + (m[S[s + 0]] >>> 0);
        h0 = (h0 + h4 + m[S[s + 0] + 1] + ((lo / TWO32) | 0)) | 0; l0 = lo | 0;
        tl = l12 ^ l0; l12 = h12 ^ h0; h12 = tl;
        lo = (l8 >>> 0) + (l12 >>> 0); h8 = (h8 + h12 + ((lo / TWO32) | 0)) | 0; l8 = lo | 0;
        tl = l4 ^ l8; th = h4 ^ h8; l4 = (tl >>> 24) | (th << 8); h4 = (th >>> 24) | (tl << 8);
        lo = (l0 >>> 0) + (l4 >>> 0) + (m[S[s + 1]] >>> 0);
        h0 = (h0 + h4 + m[S[s + 1] + 1] + ((lo / TWO32) | 0)) | 0; l0 = lo | 0;
        tl = l12 ^ l0; th = h12 ^ h0; l12 = (tl >>> 16) | (th << 16); h12 = (th >>> 16) | (tl << 16);
        lo = (l8 >>> 0) + (l12 >>> 0); h8 = (h8 + h12 + ((lo / TWO32) | 0)) | 0; l8 = lo | 0;
        tl = l4 ^ l8; th = h4 ^ h8; l4 = (th >>> 31) | (tl << 1); h4 = (tl >>> 31) | (th << 1);
        lo = (l1 >>> 0) + (l5 >>> 0) + (m[S[s + 2]] >>> 0);
        h1 = (h1 + h5 + m[S[s + 2] + 1] + ((lo / TWO32) | 0)) | 0; l1 = lo | 0;
        tl = l13 ^ l1; l13 = h13 ^ h1; h13 = tl;
        lo = (l9 >>> 0) + (l13 >>> 0); h9 = (h9 + h13 + ((lo / TWO32) | 0)) | 0; l9 = lo | 0;
        tl = l5 ^ l9; th = h5 ^ h9; l5 = (tl >>> 24) | (th << 8); h5 = (th >>> 24) | (tl << 8);
        lo = (l1 >>> 0) + (l5 >>> 0) + (m[S[s + 3]] >>> 0);
        h1 = (h1 + h5 + m[S[s + 3] + 1] + ((lo / TWO32) | 0)) | 0; l1 = lo | 0;
        tl = l13 ^ l1; th = h13 ^ h1; l13 = (tl >>> 16) | (th << 16); h13 = (th >>> 16) | (tl << 16);
        lo = (l9 >>> 0) + (l13 >>> 0); h9 = (h9 + h13 + ((lo / TWO32) | 0)) | 0; l9 = lo | 0;
        tl = l5 ^ l9; th = h5 ^ h9; l5 = (th >>> 31) | (tl << 1); h5 = (tl >>> 31) | (th << 1);
        lo = (l2 >>> 0) + (l6 >>> 0) + (m[S[s + 4]] >>> 0);
        h2 = (h2 + h6 + m[S[s + 4] + 1] + ((lo / TWO32) | 0)) | 0; l2 = lo | 0;
        tl = l14 ^ l2; l14 = h14 ^ h2; h14 = tl;
        lo = (l10 >>> 0) + (l14 >>> 0); h10 = (h10 + h14 + ((lo / TWO32) | 0)) | 0; l10 = lo | 0;
        tl = l6 ^ l10; th = h6 ^ h10; l6 = (tl >>> 24) | (th << 8); h6 = (th >>> 24) | (tl << 8);
        lo = (l2 >>> 0) + (l6 >>> 0) + (m[S[s + 5]] >>> 0);
        h2 = (h2 + h6 + m[S[s + 5] + 1] + ((lo / TWO32) | 0)) | 0; l2 = lo | 0;
        tl = l14 ^ l2; th = h14 ^ h2; l14 = (tl >>> 16) | (th << 16); h14 = (th >>> 16) | (tl << 16);
        lo = (l10 >>> 0) + (l14 >>> 0); h10 = (h10 + h14 + ((lo / TWO32) | 0)) | 0; l10 = lo | 0;
        tl = l6 ^ l10; th = h6 ^ h10; l6 = (th >>> 31) | (tl << 1); h6 = (tl >>> 31) | (th << 1);
        lo = (l3 >>> 0) + (l7 >>> 0) + (m[S[s + 6]] >>> 0);
        h3 = (h3 + h7 + m[S[s + 6] + 1] + ((lo / TWO32) | 0)) | 0; l3 = lo | 0;
        tl = l15 ^ l3; l15 = h15 ^ h3; h15 = tl;
        lo = (l11 >>> 0) + (l15 >>> 0); h11 = (h11 + h15 + ((lo / TWO32) | 0)) | 0; l11 = lo | 0;
        tl = l7 ^ l11; th = h7 ^ h11; l7 = (tl >>> 24) | (th << 8); h7 = (th >>> 24) | (tl << 8);
        lo = (l3 >>> 0) + (l7 >>> 0) + (m[S[s + 7]] >>> 0);
        h3 = (h3 + h7 + m[S[s + 7] + 1] + ((lo / TWO32) | 0)) | 0; l3 = lo | 0;
        tl = l15 ^ l3; th = h15 ^ h3; l15 = (tl >>> 16) | (th << 16); h15 = (th >>> 16) | (tl << 16);
        lo = (l11 >>> 0) + (l15 >>> 0); h11 = (h11 + h15 + ((lo / TWO32) | 0)) | 0; l11 = lo | 0;
        tl = l7 ^ l11; th = h7 ^ h11; l7 = (th >>> 31) | (tl << 1); h7 = (tl >>> 31) | (th << 1);
        lo = (l0 >>> 0) + (l5 >>> 0) + (m[S[s + 8]] >>> 0);
        h0 = (h0 + h5 + m[S[s + 8] + 1] + ((lo / TWO32) | 0)) | 0; l0 = lo | 0;
        tl = l15 ^ l0; l15 = h15 ^ h0; h15 = tl;
        lo = (l10 >>> 0) + (l15 >>> 0); h10 = (h10 + h15 + ((lo / TWO32) | 0)) | 0; l10 = lo | 0;
        tl = l5 ^ l10; th = h5 ^ h10; l5 = (tl >>> 24) | (th << 8); h5 = (th >>> 24) | (tl << 8);
        lo = (l0 >>> 0) + (l5 >>> 0) + (m[S[s + 9]] >>> 0);
        h0 = (h0 + h5 + m[S[s + 9] + 1] + ((lo / TWO32) | 0)) | 0; l0 = lo | 0;
        tl = l15 ^ l0; th = h15 ^ h0; l15 = (tl >>> 16) | (th << 16); h15 = (th >>> 16) | (tl << 16);
        lo = (l10 >>> 0) + (l15 >>> 0); h10 = (h10 + h15 + ((lo / TWO32) | 0)) | 0; l10 = lo | 0;
        tl = l5 ^ l10; th = h5 ^ h10; l5 = (th >>> 31) | (tl << 1); h5 = (tl >>> 31) | (th << 1);
        lo = (l1 >>> 0) + (l6 >>> 0) + (m[S[s + 10]] >>> 0);
        h1 = (h1 + h6 + m[S[s + 10] + 1] + ((lo / TWO32) | 0)) | 0; l1 = lo | 0;
        tl = l12 ^ l1; l12 = h12 ^ h1; h12 = tl;
        lo = (l11 >>> 0) + (l12 >>> 0); h11 = (h11 + h12 + ((lo / TWO32) | 0)) | 0; l11 = lo | 0;
        tl = l6 ^ l11; th = h6 ^ h11; l6 = (tl >>> 24) | (th << 8); h6 = (th >>> 24) | (tl << 8);
        lo = (l1 >>> 0) + (l6 >>> 0) + (m[S[s + 11]] >>> 0);
        h1 = (h1 + h6 + m[S[s + 11] + 1] + ((lo / TWO32) | 0)) | 0; l1 = lo | 0;
        tl = l12 ^ l1; th = h12 ^ h1; l12 = (tl >>> 16) | (th << 16); h12 = (th >>> 16) | (tl << 16);
        lo = (l11 >>> 0) + (l12 >>> 0); h11 = (h11 + h12 + ((lo / TWO32) | 0)) | 0; l11 = lo | 0;
        tl = l6 ^ l11; th = h6 ^ h11; l6 = (th >>> 31) | (tl << 1); h6 = (tl >>> 31) | (th << 1);
        lo = (l2 >>> 0) + (l7 >>> 0) + (m[S[s + 12]] >>> 0);
        h2 = (h2 + h7 + m[S[s + 12] + 1] + ((lo / TWO32) | 0)) | 0; l2 = lo | 0;
        tl = l13 ^ l2; l13 = h13 ^ h2; h13 = tl;
        lo = (l8 >>> 0) + (l13 >>> 0); h8 = (h8 + h13 + ((lo / TWO32) | 0)) | 0; l8 = lo | 0;
        tl = l7 ^ l8; th = h7 ^ h8; l7 = (tl >>> 24) | (th << 8); h7 = (th >>> 24) | (tl << 8);
        lo = (l2 >>> 0) + (l7 >>> 0) + (m[S[s + 13]] >>> 0);
        h2 = (h2 + h7 + m[S[s + 13] + 1] + ((lo / TWO32) | 0)) | 0; l2 = lo | 0;
        tl = l13 ^ l2; th = h13 ^ h2; l13 = (tl >>> 16) | (th << 16); h13 = (th >>> 16) | (tl << 16);
        lo = (l8 >>> 0) + (l13 >>> 0); h8 = (h8 + h13 + ((lo / TWO32) | 0)) | 0; l8 = lo | 0;
        tl = l7 ^ l8; th = h7 ^ h8; l7 = (th >>> 31) | (tl << 1); h7 = (tl >>> 31) | (th << 1);
        lo = (l3 >>> 0) + (l4 >>> 0) + (m[S[s + 14]] >>> 0);
        h3 = (h3 + h4 + m[S[s + 14] + 1] + ((lo / TWO32) | 0)) | 0; l3 = lo | 0;
        tl = l14 ^ l3; l14 = h14 ^ h3; h14 = tl;
        lo = (l9 >>> 0) + (l14 >>> 0); h9 = (h9 + h14 + ((lo / TWO32) | 0)) | 0; l9 = lo | 0;
        tl = l4 ^ l9; th = h4 ^ h9; l4 = (tl >>> 24) | (th << 8); h4 = (th >>> 24) | (tl << 8);
        lo = (l3 >>> 0) + (l4 >>> 0) + (m[S[s + 15]] >>> 0);
        h3 = (h3 + h4 + m[S[s + 15] + 1] + ((lo / TWO32) | 0)) | 0; l3 = lo | 0;
        tl = l14 ^ l3; th = h14 ^ h3; l14 = (tl >>> 16) | (th << 16); h14 = (th >>> 16) | (tl << 16);
        lo = (l9 >>> 0) + (l14 >>> 0); h9 = (h9 + h14 + ((lo / TWO32) | 0)) | 0; l9 = lo | 0;
        tl = l4 ^ l9; th = h4 ^ h9; l4 = (th >>> 31) | (tl << 1); h4 = (tl >>> 31) | (th << 1);
      }
      h[0] ^= l0 ^ l8; h[1] ^= h0 ^ h8;
      h[2] ^= l1 ^ l9; h[3] ^= h1 ^ h9;
      h[4] ^= l2 ^ l10; h[5] ^= h2 ^ h10;
      h[6] ^= l3 ^ l11; h[7] ^= h3 ^ h11;
      h[8] ^= l4 ^ l12; h[9] ^= h4 ^ h12;
      h[10] ^= l5 ^ l13; h[11] ^= h5 ^ h13;
      h[12] ^= l6 ^ l14; h[13] ^= h6 ^ h14;
      h[14] ^= l7 ^ l15; h[15] ^= h7 ^ h15;
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
  // generated code: the state in locals, each round's eight G steps written out
  protected compress(src: Uint8Array, off: number, n: number, final: boolean): void {
    const m = b2sM, h = this.h, IV = IV256!, S = BLAKE2_SIGMA;
    for (let blk = 0; blk < n; blk++) {
      if (!final) this.t += 64;
      for (let j = 0; j < 16; j++, off += 4) m[j] = src[off] | (src[off + 1] << 8) | (src[off + 2] << 16) | (src[off + 3] << 24);
      let v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
      let v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3], v12 = IV[4] ^ (this.t | 0), v13 = IV[5] ^ ((this.t / TWO32) | 0);
      let v14 = IV[6], v15 = IV[7];
      if (final) {
        v14 = ~v14;
        if (this.lastNode) v15 = ~v15;
      }
      let t: number;
      for (let s = 0; s < 160; s += 16) {
        v0 = (v0 + v4 + m[S[s + 0]]) | 0; t = v12 ^ v0; v12 = (t >>> 16) | (t << 16);
        v8 = (v8 + v12) | 0; t = v4 ^ v8; v4 = (t >>> 12) | (t << 20);
        v0 = (v0 + v4 + m[S[s + 1]]) | 0; t = v12 ^ v0; v12 = (t >>> 8) | (t << 24);
        v8 = (v8 + v12) | 0; t = v4 ^ v8; v4 = (t >>> 7) | (t << 25);
        v1 = (v1 + v5 + m[S[s + 2]]) | 0; t = v13 ^ v1; v13 = (t >>> 16) | (t << 16);
        v9 = (v9 + v13) | 0; t = v5 ^ v9; v5 = (t >>> 12) | (t << 20);
        v1 = (v1 + v5 + m[S[s + 3]]) | 0; t = v13 ^ v1; v13 = (t >>> 8) | (t << 24);
        v9 = (v9 + v13) | 0; t = v5 ^ v9; v5 = (t >>> 7) | (t << 25);
        v2 = (v2 + v6 + m[S[s + 4]]) | 0; t = v14 ^ v2; v14 = (t >>> 16) | (t << 16);
        v10 = (v10 + v14) | 0; t = v6 ^ v10; v6 = (t >>> 12) | (t << 20);
        v2 = (v2 + v6 + m[S[s + 5]]) | 0; t = v14 ^ v2; v14 = (t >>> 8) | (t << 24);
        v10 = (v10 + v14) | 0; t = v6 ^ v10; v6 = (t >>> 7) | (t << 25);
        v3 = (v3 + v7 + m[S[s + 6]]) | 0; t = v15 ^ v3; v15 = (t >>> 16) | (t << 16);
        v11 = (v11 + v15) | 0; t = v7 ^ v11; v7 = (t >>> 12) | (t << 20);
        v3 = (v3 + v7 + m[S[s + 7]]) | 0; t = v15 ^ v3; v15 = (t >>> 8) | (t << 24);
        v11 = (v11 + v15) | 0; t = v7 ^ v11; v7 = (t >>> 7) | (t << 25);
        v0 = (v0 + v5 + m[S[s + 8]]) | 0; t = v15 ^ v0; v15 = (t >>> 16) | (t << 16);
        v10 = (v10 + v15) | 0; t = v5 ^ v10; v5 = (t >>> 12) | (t << 20);
        v0 = (v0 + v5 + m[S[s + 9]]) | 0; t = v15 ^ v0; v15 = (t >>> 8) | (t << 24);
        v10 = (v10 + v15) | 0; t = v5 ^ v10; v5 = (t >>> 7) | (t << 25);
        v1 = (v1 + v6 + m[S[s + 10]]) | 0; t = v12 ^ v1; v12 = (t >>> 16) | (t << 16);
        v11 = (v11 + v12) | 0; t = v6 ^ v11; v6 = (t >>> 12) | (t << 20);
        v1 = (v1 + v6 + m[S[s + 11]]) | 0; t = v12 ^ v1; v12 = (t >>> 8) | (t << 24);
        v11 = (v11 + v12) | 0; t = v6 ^ v11; v6 = (t >>> 7) | (t << 25);
        v2 = (v2 + v7 + m[S[s + 12]]) | 0; t = v13 ^ v2; v13 = (t >>> 16) | (t << 16);
        v8 = (v8 + v13) | 0; t = v7 ^ v8; v7 = (t >>> 12) | (t << 20);
        v2 = (v2 + v7 + m[S[s + 13]]) | 0; t = v13 ^ v2; v13 = (t >>> 8) | (t << 24);
        v8 = (v8 + v13) | 0; t = v7 ^ v8; v7 = (t >>> 7) | (t << 25);
        v3 = (v3 + v4 + m[S[s + 14]]) | 0; t = v14 ^ v3; v14 = (t >>> 16) | (t << 16);
        v9 = (v9 + v14) | 0; t = v4 ^ v9; v4 = (t >>> 12) | (t << 20);
        v3 = (v3 + v4 + m[S[s + 15]]) | 0; t = v14 ^ v3; v14 = (t >>> 8) | (t << 24);
        v9 = (v9 + v14) | 0; t = v4 ^ v9; v4 = (t >>> 7) | (t << 25);
      }
      h[0] ^= v0 ^ v8; h[1] ^= v1 ^ v9; h[2] ^= v2 ^ v10; h[3] ^= v3 ^ v11;
      h[4] ^= v4 ^ v12; h[5] ^= v5 ^ v13; h[6] ^= v6 ^ v14; h[7] ^= v7 ^ v15;
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
