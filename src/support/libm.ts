// exp, exp2, log, log2, log10 and pow on doubles, computed the way glibc (2.28 and later) computes them on
// x86-64 CPUs with FMA, so that float ** and the math module give what CPython on Linux gives, bit for bit.
// Mirrors glibc's sysdeps/ieee754/dbl-64 e_exp.c, e_exp2.c, e_log.c, e_log2.c, e_log10.c and e_pow.c (the
// Arm optimized-routines algorithms: a table of 2^(k/128) or of log(c) plus a short polynomial, ~0.52 ULP,
// not correctly rounded) as libm's __exp_fma, __log_fma, __log2_fma and __pow_fma run them: every a*b + c the
// FMA build fuses is an exact fma() here, every other step is the same single IEEE operation in the same order.
// exp2 and log10 have no FMA build (plain operations). Tables are built on first use (tablesInit).

// Bit access: W[0] is the low word and W[1] the high word of F[0] (little-endian hosts).
const F = new Float64Array(1);
const W = new Uint32Array(F.buffer);

function hiWord(x: number): number {
  F[0] = x;
  return W[1];
}

/** The double whose high and low words are hi and lo (taken modulo 2^32, as 64-bit integer wrap-around). */
function fromWords(hi: number, lo: number): number {
  W[1] = hi;
  W[0] = lo;
  return F[0];
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter
const TWO960 = 2 ** 960, TWOM960 = 2 ** -960, TWO995 = 2 ** 995, TWO1020 = 2 ** 1020;

/**
 * a*b + c rounded once (IEEE 754 fusedMultiplyAdd, C's fma). The product is split exactly (Dekker) into
 * p + pl, c + p exactly (TwoSum) into s + sl, and sl + pl into u + ul. Then a*b + c = s + u + ul, and
 * RN(s + u) is the answer unless s + u lies exactly halfway between two doubles while ul is not zero:
 * no double lies strictly between sl + pl and its rounding u, so no rounding boundary of s + ... either.
 * Operands whose product or sum could overflow or lose bits below 2^-1074 take the exact BigInt path.
 */
export function libmFma(a: number, b: number, c: number): number {
  const ap = Math.abs(a * b);
  if (!(ap > TWOM960 && ap < TWO960 && Math.abs(a) < TWO995 && Math.abs(b) < TWO995 && Math.abs(c) < TWO1020)) {
    return fmaSlow(a, b, c);
  }
  return fma(a, b, c);
}

/**
 * libmFma for operands that need no range check: |a|, |b| < 2^995, |c| < 2^1020, and a*b exactly 0 or above
 * 2^-960 in magnitude. Every fma in the functions below is of that kind (their operands are table values,
 * polynomial terms and reduced arguments far from both ends of the exponent range).
 */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const pl = ((ah * bh - p) + ah * bl + al * bh) + al * bl; // p + pl = a*b
  const s = c + p;
  let v = s - c;
  const sl = (c - (s - v)) + (p - v); // s + sl = c + p
  const u = sl + pl;
  v = u - sl;
  const ul = (sl - (u - v)) + (pl - v); // u + ul = sl + pl
  const z = s + u;
  if (ul === 0) return z;
  v = z - s;
  const e = (s - (z - v)) + (u - v); // z + e = s + u
  // a tie: z + 2e is the other double next to s + u; ul decides which side the exact sum is on
  return e !== 0 && (z + 2 * e) - z === 2 * e && (ul > 0) === (e > 0) ? z + 2 * e : z;
}

/** The exact error of the product p = RN(a*b): a*b - p, which is fma(a, b, -p) (|a|, |b| < 2^995, no underflow). */
function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function fmaSlow(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c; // the exact product is finite
  if (a === 0 || b === 0) return a * b + c; // an exact zero product: only the sign of a zero sum matters
  // a*b + c = ma*mb * 2^(ea+eb) + mc * 2^ec exactly, in integers
  const ma = mantissaOf(a), ea = EXPONENT, mb = mantissaOf(b), eb = EXPONENT, mc = mantissaOf(c), ec = EXPONENT;
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return c === 0 ? a * b + c : 0; // exact cancellation is +0; a zero c keeps the product's sign
  return roundScaled(sum, e);
}

let EXPONENT = 0;

/** x = m * 2^EXPONENT with m a signed integer below 2^53 (x finite). */
function mantissaOf(x: number): bigint {
  F[0] = x;
  const hi = W[1], lo = W[0];
  const ex = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  if (ex === 0) EXPONENT = -1074;
  else { m += 4503599627370496; EXPONENT = ex - 1075; }
  return hi >>> 31 ? -BigInt(m) : BigInt(m);
}

/** m * 2^e rounded to the nearest double (ties to even), subnormals and overflow included; m !== 0. */
function roundScaled(m: bigint, e: number): number {
  const neg = m < 0n;
  let a = neg ? -m : m;
  const bits = a.toString(2).length;
  const low = Math.max(bits - 53 + e, -1074); // exponent of the last bit kept
  if (low > e) {
    const sh = BigInt(low - e);
    let q = a >> sh;
    const rem = a - (q << sh), half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    a = q;
    e = low;
  }
  const r = scaleByPow2(Number(a), e);
  return neg ? -r : r;
}

/** x * 2^n, exact whenever the result is representable. */
function scaleByPow2(x: number, n: number): number {
  while (n > 1023) { x *= 8.98846567431158e307; n -= 1023; if (x === Infinity) return x; }
  while (n < -1022) { x *= 2.2250738585072014e-308; n += 1022; }
  return x * fromWords((n + 1023) << 20, 0);
}

// The tables, built with BigInt fixed-point arithmetic (PREC fraction bits, far beyond the 2^-110 or so
// that rounding each entry correctly needs), from the formulas the glibc data files document:
//   pow's log table (N = 128 subintervals of z in [0x1.69555p-1, 0x1.69555p0), c near the centre):
//     1/c = c < 1 ? round(N/centre)/N : round(2N/centre)/N/2, logc = round(2^43 log c)/2^43,
//     logctail = (double)(log c - logc)
//   exp's table: 2^(k/N) = H[k] (1 + T[k]) for k in [0, N), H[k] = (double)2^(k/N),
//     T[k] = (double)(2^(k/N)/H[k] - 1)
//   log's and log2's tables: logc = (double)log(1/invc), (double)log2(1/invc).
// The invc of log and log2 were picked by glibc's generator in a search over 2^30 candidates per entry (so that
// logc has few bits and is close to log c); that search cannot be repeated at load time, so its result is
// written here as each invc's distance, in units in the last place, from 1/(the midpoint of its subinterval).

const PREC = 160n;
const ONE = 1n << PREC;

/** log(p/q) * 2^PREC, for p/q in [0.5, 2]: 2 atanh(t) with t = (p - q)/(p + q). */
function lnRatio(p: bigint, q: bigint): bigint {
  if (p < q) return -lnRatio(q, p); // the series below wants t >= 0 (>> rounds down)
  const t = ((p - q) << PREC) / (p + q);
  const t2 = (t * t) >> PREC;
  let term = t, sum = t;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * t2) >> PREC;
    sum += term / k;
  }
  return 2n * sum;
}

/** The double nearest to f * 2^-PREC. */
function fixedToDouble(f: bigint): number {
  return Number(f) * 2 ** -Number(PREC);
}

/** An exact fixed-point copy of a double (|x| >= 2^-PREC with at most PREC fraction bits). */
function doubleToFixed(x: number): bigint {
  const m = mantissaOf(x), e = EXPONENT + Number(PREC);
  return e >= 0 ? m << BigInt(e) : m >> BigInt(-e);
}

const N = 128;
const POW_INVC = new Float64Array(N), POW_LOGC = new Float64Array(N), POW_LOGCTAIL = new Float64Array(N);
const EXP_TAIL = new Float64Array(N); // T[k]
const EXP_HI = new Float64Array(N), EXP_LO = new Float64Array(N); // the words of H[k] minus k/N in the exponent
const LOG_INVC = new Float64Array(N), LOG_LOGC = new Float64Array(N);
const LOG2_N = 64;
const LOG2_INVC = new Float64Array(LOG2_N), LOG2_LOGC = new Float64Array(LOG2_N);

// bits(invc) - bits(1/centre) per subinterval, centre = the midpoint of [0x1.6p-1, 0x1.6p0)'s ith part
const LOG_INVC_ULPS = [
  -23142382, -57643754, -234334839, -124664804, 19045012, -123323398, -501163255, 342479926, -234593306,
  57421184, 513617488, -240891478, 85169741, 28659150, 284053799, 342563057, -68420459, -346144712, -90113766,
  -464022980, 285342708, -489548825, 376054848, 47397812, -423637851, -260988534, 336107021, 448241578,
  154177355, 447893384, 241227555, -420636714, -218426730, -96876684, -205835218, -368178198, -345128710,
  -510284502, 481763731, 209336112, 429336310, 15489329, 442353177, -417834330, 73183371, 515232680, 507984536,
  83787275, 330409952, 151596684, 377744204, 198302857, 214798271, -345957716, 356163107, 215510022,
  -229897960, -131709726, 215213618, -464519207, -332821996, 385780520, -400344786, 256208139, 478356527,
  345720337, 128466877, 217515751, -162048343, 295127580, -235892775, -69369347, 93666841, -272860130,
  91915174, 29018059, 258893229, 386009280, -241633007, 68399381, 386341370, 408940642, 65060217, -120872168,
  189498853, -32395328, -49955913, 154042178, -346113480, 148348366, -396488327, -427431396, 107119491,
  -500798201, 212184347, 305888811, -330297730, -91422864, 6707636, 273897542, -512931067, -500150233,
  485589437, -280752730, 106848032, 30953893, -291342514, -408884927, 149302919, -107851081, 225432558,
  460497078, -452391632, -490679353, 508304210, 493208081, 336502878, 526975298, -457361038, -312310462,
  -365194252, -421357131, 362015322, 310793228, -441535439, -69145545, -528727990, 433364383,
];
const LOG2_INVC_ULPS = [
  -328544708, -74476326, 1021141498, -931182196, 504379064, -335614843, -283118344, -758775068, 270002250,
  -664773176, 119721058, -796885113, 398067151, 688888268, -781335381, 311471183, 513703399, 419598957,
  649865984, 408218657, 174518592, 571646530, 435428157, -216810764, -991209262, -690557345, -1030886551,
  398740487, 66223972, 932406211, 967645063, -979151458, -28036586, -817826823, -365698287, -981846215,
  -1065532483, -332011688, 201404552, 363032081, -137453701, 900509459, -327015489, -795511436, 214218588,
  759630975, -488691505, -693136430, -418196895, -982645419, -1031413185, 767668918, 191094814, 358029168,
  -1027234167, -92054101, -59776880, -273556791, -87604962, -82950621, 1000733367, 46436578, 255011079,
  359290331,
];

let tablesReady = false;

function tablesInit(): void {
  const ln2 = lnRatio(2n, 1n);
  // pow: z in subinterval i has the high word offHi + i*2^13 ... (offHi + (i+1)*2^13) - 1
  for (let i = 0; i < N; i++) {
    const lo = fromWords(0x3fe69555 + i * 8192, 0), hi = fromWords(0x3fe69555 + (i + 1) * 8192, 0);
    const centre = (lo + hi) / 2;
    const invc = centre < 1 ? Math.round(N / centre) / N : Math.round(2 * N / centre) / N / 2;
    POW_INVC[i] = invc;
    const logc = -lnRatio(BigInt(invc * 256), 256n); // invc * 256 is an integer
    const shift = PREC - 43n;
    const rounded = (logc + (1n << (shift - 1n))) >> shift; // round(2^43 log c), halves up
    POW_LOGC[i] = Number(rounded) * 2 ** -43;
    POW_LOGCTAIL[i] = fixedToDouble(logc - (rounded << shift));
  }
  // exp: 2^(k/N) = 2^((k-1)/N) * 2^(1/N), 2^(1/N) = exp(ln2/N) by its series
  const x = ln2 / BigInt(N);
  let r = ONE, term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x >> PREC) / n;
    r += term;
  }
  let v = ONE;
  for (let k = 0; k < N; k++) {
    const h = fixedToDouble(v);
    const hFixed = doubleToFixed(h);
    EXP_TAIL[k] = fixedToDouble(((v - hFixed) << PREC) / hFixed);
    F[0] = h;
    EXP_HI[k] = W[1] - k * 8192; // k/N off the exponent: scale's exponent is added from the whole k
    EXP_LO[k] = W[0];
    v = (v * r) >> PREC;
  }
  // log and log2: subinterval i of z in [0x1.6p-1, 0x1.6p0) has the high word 0x3fe60000 + i*2^13 (2^14 for log2)
  for (let i = 0; i < N; i++) {
    const invc = invcFromUlps(i, 13, LOG_INVC_ULPS[i]);
    LOG_INVC[i] = invc;
    LOG_LOGC[i] = fixedToDouble(-lnOfDouble(invc));
  }
  for (let i = 0; i < LOG2_N; i++) {
    const invc = invcFromUlps(i, 14, LOG2_INVC_ULPS[i]);
    LOG2_INVC[i] = invc;
    LOG2_LOGC[i] = fixedToDouble((-lnOfDouble(invc) << PREC) / ln2);
  }
  tablesReady = true;
}

function invcFromUlps(i: number, shift: number, ulps: number): number {
  const lo = fromWords(0x3fe60000 + i * 2 ** shift, 0), hi = fromWords(0x3fe60000 + (i + 1) * 2 ** shift, 0);
  F[0] = 1 / ((lo + hi) / 2);
  const bitsLo = W[0] + ulps; // |ulps| < 2^31: one carry or borrow at most
  W[1] += Math.floor(bitsLo / 4294967296);
  W[0] = bitsLo; // modulo 2^32
  return F[0];
}

/** log(x) * 2^PREC for a double x in [0.5, 2]. */
function lnOfDouble(x: number): bigint {
  const m = mantissaOf(x);
  return lnRatio(m, 1n << BigInt(-EXPONENT));
}

/** The tables, for tests: they are built on first use. */
export function libmTables(): Record<string, Float64Array> {
  if (!tablesReady) tablesInit();
  return {
    POW_INVC, POW_LOGC, POW_LOGCTAIL, EXP_TAIL, EXP_HI, EXP_LO, LOG_INVC, LOG_LOGC, LOG2_INVC, LOG2_LOGC,
  };
}

// exp(x) = 2^(k/N) exp(r), x = k ln2/N + r, |r| <= ln2/2N; 2^(k/N) = scale (1 + tail) from the table and
// exp(r) - 1 ~ r + C2 r^2 + ... + C5 r^5. The result is scale + scale*tmp, one fma.

// Constants are written as integer * 2^e: exact, and comparable with the hexadecimal in comments.
const INV_LN2_N = 0x171547652b82fe * 2 ** -45; // N/ln2 = 0x1.71547652b82fep+7
const NEG_LN2_HI_N = -0x162e42fefa0000 * 2 ** -60; // -ln2/N in two parts: -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -0x1cf79abc9e3b3a * 2 ** -99; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 0x18000000000000; // 0x1.8p52: adding it rounds to an integer
const C2 = 0x1ffffffffffdbd * 2 ** -54; // 0x1.ffffffffffdbdp-2
const C3 = 0x1555555555543c * 2 ** -55; // 0x1.555555555543cp-3
const C4 = 0x155555cf172b91 * 2 ** -57; // 0x1.55555cf172b91p-5
const C5 = 0x11111167a4d017 * 2 ** -59; // 0x1.1111167a4d017p-7
const TWO1009 = 2 ** 1009, TWOM1022 = 2 ** -1022;

/**
 * scale * (1 + tmp) where scale's exponent may be out of range: k > 0 (scale's high word minus 1009 * 2^20 is
 * a valid double) may overflow; k < 0 may underflow, and is rounded once more carefully in the subnormal range.
 */
function expSpecialCase(tmp: number, sHi: number, sLo: number, k: number): number {
  if (k >= 0) {
    const scale = fromWords(sHi - 1009 * 1048576, sLo);
    return fma(scale, tmp, scale) * TWO1009;
  }
  const scale = fromWords(sHi + 1022 * 1048576, sLo);
  const st = scale * tmp; // not fused: the product is used twice
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y === 0) y = scale < 0 ? -0 : 0;
  }
  return y * TWOM1022;
}

/** exp(x + xtail) for 2^-54 <= |x| < 1024 (|xtail| tiny), as e_pow.c's exp_inline and e_exp.c's __exp. */
function expCore(x: number, xtail: number, abstop: number): number {
  // x = k ln2/N + r; kd = fma(x, N/ln2, SHIFT) - SHIFT rounds x N/ln2 to an integer (ties to even). Rounding
  // the rounded product instead gives the same integer unless that product is itself halfway between two.
  const xn = x * INV_LN2_N;
  let kd = (xn + SHIFT) - SHIFT;
  if (Math.abs(xn - kd) === 0.5) kd = fma(x, INV_LN2_N, SHIFT) - SHIFT;
  const k = kd;
  // x + kd * -ln2hi/N is exact (few bits in ln2hi/N), so that fma is a product's exact parts added to x
  const p = kd * NEG_LN2_HI_N;
  let r = fma(kd, NEG_LN2_LO_N, (x + p) + productError(kd, NEG_LN2_HI_N, p));
  r += xtail;
  const j = k & (N - 1);
  const sHi = EXP_HI[j] + k * 8192, sLo = EXP_LO[j];
  const r2 = r * r;
  const tmp = fma(fma(r, C5, C4), r2 * r2, fma(fma(r, C3, C2), r2, EXP_TAIL[j] + r));
  if (abstop === 0) return expSpecialCase(tmp, sHi, sLo, k);
  const scale = fromWords(sHi, sLo);
  return fma(scale, tmp, scale);
}

/** C's exp(x) (glibc, FMA build). */
export function libmExp(x: number): number {
  if (!tablesReady) tablesInit();
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) { // |x| < 2^-54, |x| >= 512, inf or nan
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x > 0 ? Infinity : 0;
    }
    abstop = 0; // large |x|: the result may overflow or be subnormal
  }
  return expCore(x, 0, abstop);
}

// 2^x = 2^(k/N) 2^r, x = k/N + r, |r| <= 1/2N, with exp's table; glibc has no FMA build of exp2, so these
// are plain operations.

const EXP2_SHIFT = 0x18000000000000 * 2 ** -7; // 0x1.8p52 / N
const E2C1 = 0x162e42fefa39ef * 2 ** -53; // 0x1.62e42fefa39efp-1
const E2C2 = 0x1ebfbdff82c424 * 2 ** -55; // 0x1.ebfbdff82c424p-3
const E2C3 = 0x1c6b08d70cf4b5 * 2 ** -57; // 0x1.c6b08d70cf4b5p-5
const E2C4 = 0x13b2abd24650cc * 2 ** -59; // 0x1.3b2abd24650ccp-7
const E2C5 = 0x15d7e09b4e3a84 * 2 ** -62; // 0x1.5d7e09b4e3a84p-10

/** C's exp2(x) (glibc). */
export function libmExp2(x: number): number {
  if (!tablesReady) tablesInit();
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) { // |x| < 2^-54, |x| >= 512, inf or nan
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0; // the result may overflow or be subnormal
  }
  let kd = x + EXP2_SHIFT; // k/N rounded
  kd -= EXP2_SHIFT;
  const k = kd * N;
  const r = x - kd;
  const j = k & (N - 1);
  const sHi = EXP_HI[j] + k * 8192, sLo = EXP_LO[j];
  const r2 = r * r;
  const tmp = EXP_TAIL[j] + r * E2C1 + r2 * (E2C2 + r * E2C3) + r2 * r2 * (E2C4 + r * E2C5);
  if (abstop === 0) {
    if (k >= 0) { // may overflow by a factor 2
      const scale = fromWords(sHi - 1048576, sLo);
      return 2 * (scale + scale * tmp);
    }
    const scale = fromWords(sHi + 1022 * 1048576, sLo);
    const st = scale * tmp;
    let y = scale + st;
    if (y < 1.0) {
      let lo = scale - y + st;
      const hi = 1.0 + y;
      lo = 1.0 - hi + y + lo;
      y = (hi + lo) - 1.0;
      if (y === 0) y = 0;
    }
    return y * TWOM1022;
  }
  const scale = fromWords(sHi, sLo);
  return scale + scale * tmp;
}

// log(x) = k ln2 + log(c) + log1p(z/c - 1) with x = 2^k z, z in [0x1.6p-1, 0x1.6p0) and c from the table;
// near 1 a longer polynomial in x - 1 without the table.

const LN2_HI = 0x162e42fefa3800 * 2 ** -53; // ln2 in two parts: 0x1.62e42fefa3800p-1
const LN2_LO = 0x1ef35793c76730 * 2 ** -97; // 0x1.ef35793c76730p-45
// log1p(r) - r ~ A0 r^2 + ... + A4 r^6 for |r| < 0x1.fp-9
const LA0 = -0x10000000000001 * 2 ** -53; // -0x1.0000000000001p-1
const LA1 = 0x1555555551305b * 2 ** -54; // 0x1.555555551305bp-2
const LA2 = -0x1fffffffeb4590 * 2 ** -55; // -0x1.fffffffeb459p-3
const LA3 = 0x1999b324f10111 * 2 ** -55; // 0x1.999b324f10111p-3
const LA4 = -0x155575e506c89f * 2 ** -55; // -0x1.55575e506c89fp-3
// log1p(r) - r ~ B0 r^2 + ... + B10 r^12 for x = 1 + r near 1
const LB0 = -0.5;
const LB1 = 0x15555555555577 * 2 ** -54; // 0x1.5555555555577p-2
const LB2 = -0x1ffffffffffdcb * 2 ** -55; // -0x1.ffffffffffdcbp-3
const LB3 = 0x1999999995dd0c * 2 ** -55; // 0x1.999999995dd0cp-3
const LB4 = -0x155555556745a7 * 2 ** -55; // -0x1.55555556745a7p-3
const LB5 = 0x124924a344de30 * 2 ** -55; // 0x1.24924a344de3p-3
const LB6 = -0x1fffffa4423d65 * 2 ** -56; // -0x1.fffffa4423d65p-4
const LB7 = 0x1c7184282ad6ca * 2 ** -56; // 0x1.c7184282ad6cap-4
const LB8 = -0x1999eb43b068ff * 2 ** -56; // -0x1.999eb43b068ffp-4
const LB9 = 0x178182f7afd085 * 2 ** -56; // 0x1.78182f7afd085p-4
const LB10 = -0x15521375d145cd * 2 ** -56; // -0x1.5521375d145cdp-4
const TWO52 = 2 ** 52, TWO27 = 2 ** 27;

/** C's log(x) (glibc, FMA build). */
export function libmLog(x: number): number {
  if (!tablesReady) tablesInit();
  if (x >= 0.9375 && x < 1.064697265625) { // 1 - 2^-4 <= x < 1 + 0x1.09p-4: near 1, no table
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r, r3 = r * r2;
    const q7 = fma(r3, LB10, fma(r2, LB9, fma(r, LB8, LB7)));
    const q4 = fma(q7, r3, fma(r2, LB6, fma(r, LB5, LB4)));
    const p = fma(q4, r3, fma(r2, LB3, fma(r, LB2, LB1)));
    // r^2/2 in two parts: rhi has 26 bits, so rhi*rhi*B0 is exact
    const w = r * TWO27;
    const rhi = r + w - w, rlo = r - rhi;
    const h2 = rhi * rhi * LB0;
    const hi = r + h2;
    let lo = r - hi + h2;
    lo = fma(LB0 * rlo, rhi + r, lo);
    return hi + fma(p, r3, lo);
  }
  F[0] = x;
  let ixHi = W[1];
  const ixLo = W[0];
  if (ixHi - 0x00100000 >= 0x7fe00000 || ixHi < 0x00100000) { // x < 2^-1022, inf or nan
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (x !== x || x < 0) return NaN;
    F[0] = x * TWO52; // subnormal: normalize, the exponent goes below the normal range
    return logNormal(W[1] - 52 * 1048576, W[0]);
  }
  return logNormal(ixHi, ixLo);
}

/** log of the double with words (ixHi, ixLo) where the exponent field of ixHi may be negative (subnormals). */
function logNormal(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >> 13) & (N - 1);
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - k * 1048576, ixLo);
  const invc = LOG_INVC[i], logc = LOG_LOGC[i];
  const r = fma(z, invc, -1.0);
  const w = k * LN2_HI + logc; // exact: k*ln2hi and logc have few bits
  const hi = w + r;
  const lo = fma(k, LN2_LO, w - hi + r);
  const r2 = r * r;
  const q = fma(fma(r, LA4, LA3), r2, fma(r, LA2, LA1));
  return fma(r * r2, q, fma(r2, LA0, lo)) + hi;
}

// log2(x) = k + log2(c) + log2(z/c), as log's table method; near 1 a polynomial in x - 1.
const INV_LN2_HI = 0x17154765200000 * 2 ** -52; // 1/ln2 in two parts: 0x1.7154765200000p+0
const INV_LN2_LO = 0x1705fc2eefa200 * 2 ** -85; // 0x1.705fc2eefa200p-33
// log2(1 + r) - r/ln2 ~ r^2 (A0 + A1 r + ... + A5 r^5) for |r| < 0x1.f45p-8
const L2A0 = -0x171547652b8339 * 2 ** -53; // -0x1.71547652b8339p-1
const L2A1 = 0x1ec709dc3a04be * 2 ** -54; // 0x1.ec709dc3a04bep-2
const L2A2 = -0x17154764702ffb * 2 ** -54; // -0x1.7154764702ffbp-2
const L2A3 = 0x12776c50034c48 * 2 ** -54; // 0x1.2776c50034c48p-2
const L2A4 = -0x1ec7b328ea92bc * 2 ** -55; // -0x1.ec7b328ea92bcp-3
const L2A5 = 0x1a6225e117f92e * 2 ** -55; // 0x1.a6225e117f92ep-3
// the same near 1, B0 ... B9
const L2B0 = -0x171547652b82fe * 2 ** -53; // -0x1.71547652b82fep-1
const L2B1 = 0x1ec709dc3a03f7 * 2 ** -54; // 0x1.ec709dc3a03f7p-2
const L2B2 = -0x171547652b7c3f * 2 ** -54; // -0x1.71547652b7c3fp-2
const L2B3 = 0x12776c50f05be4 * 2 ** -54; // 0x1.2776c50f05be4p-2
const L2B4 = -0x1ec709dd768fe5 * 2 ** -55; // -0x1.ec709dd768fe5p-3
const L2B5 = 0x1a61761ec4e736 * 2 ** -55; // 0x1.a61761ec4e736p-3
const L2B6 = -0x17153fbc64a79b * 2 ** -55; // -0x1.7153fbc64a79bp-3
const L2B7 = 0x1484d154f01b4a * 2 ** -55; // 0x1.484d154f01b4ap-3
const LOG2_NEAR1_LO = 1 - 0x15b51 * 2 ** -21, LOG2_NEAR1_HI = 1 + 0x16ab2 * 2 ** -21; // 1 -+ 0x1.5b51p-5, 0x1.6ab2p-5
const L2B8 = -0x1289e4a72c383c * 2 ** -55; // -0x1.289e4a72c383cp-3
const L2B9 = 0x10b32f285aee66 * 2 ** -55; // 0x1.0b32f285aee66p-3

/** C's log2(x) (glibc, FMA build). */
export function libmLog2(x: number): number {
  if (!tablesReady) tablesInit();
  if (x >= LOG2_NEAR1_LO && x < LOG2_NEAR1_HI) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const hi = r * INV_LN2_HI;
    let lo = fma(r, INV_LN2_LO, productError(r, INV_LN2_HI, hi));
    const r2 = r * r, r4 = r2 * r2;
    const q0 = fma(r, L2B1, L2B0);
    const y = fma(q0, r2, hi);
    lo = fma(q0, r2, hi - y) + lo;
    const q2 = fma(fma(r, L2B5, L2B4), r2, fma(r, L2B3, L2B2));
    const q6 = fma(fma(r, L2B9, L2B8), r2, fma(r, L2B7, L2B6));
    return y + fma(fma(q6, r4, q2), r4, lo);
  }
  F[0] = x;
  const ixHi = W[1];
  if (ixHi - 0x00100000 >= 0x7fe00000 || ixHi < 0x00100000) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (x !== x || x < 0) return NaN;
    F[0] = x * TWO52;
    return log2Normal(W[1] - 52 * 1048576, W[0]);
  }
  return log2Normal(ixHi, W[0]);
}

function log2Normal(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >> 14) & (LOG2_N - 1);
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - k * 1048576, ixLo);
  const invc = LOG2_INVC[i], logc = LOG2_LOGC[i];
  const t3 = k + logc; // exact
  const r = fma(z, invc, -1.0);
  const t1 = r * INV_LN2_HI;
  const t2 = fma(r, INV_LN2_LO, productError(r, INV_LN2_HI, t1));
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r, r4 = r2 * r2;
  const q = fma(fma(r, L2A3, L2A2), r2, fma(r, L2A1, L2A0));
  const p = fma(fma(r, L2A5, L2A4), r4, q);
  return fma(r2, p, lo) + hi;
}

// fdlibm's method (glibc's e_log10.c has no FMA build): x = 2^k m with m in [1, 2) (k >= 0) or [0.5, 1)
// (k < 0), log10(x) = k log10(2) + log(m) / ln(10), log10(2) in two parts.

const IVLN10 = 0x1bcb7b1526e50e * 2 ** -54; // 1/ln10 = 0x1.bcb7b1526e50ep-2
const LOG10_2HI = 0x134413509f6000 * 2 ** -54; // log10(2) in two parts: 0x1.34413509f6000p-2
const LOG10_2LO = 0x19fef311f12b36 * 2 ** -94; // 0x1.9fef311f12b36p-42

/** C's log10(x) (glibc). */
export function libmLog10(x: number): number {
  F[0] = x;
  let hi = W[1] | 0, k = 0;
  if (hi < 0x00100000) { // x < 2^-1022 or negative
    if (x === 0) return -Infinity;
    if (x < 0 || x !== x) return NaN;
    k = -54;
    F[0] = x * 18014398509481984; // 2^54
    hi = W[1] | 0;
  }
  if (hi >= 0x7ff00000) return x + x;
  k += (hi >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  W[1] = (hi & 0x000fffff) | ((0x3ff - i) << 20);
  const m = F[0];
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * libmLog(m);
  return z + y * LOG10_2HI;
}

// x^y = exp(y log x): log x as hi + lo with ~2^-68 relative error (pow's own table of N = 128 log(c) in two
// parts), y * (hi + lo) as ehi + elo, then exp's algorithm on ehi with elo added to its reduced argument.

// log1p(r) - r ~ A0 r^2 + ... + A6 r^8, the coefficients scaled by powers of -2 for the way they are used
const PA0 = -0.5;
const PA1 = -0x15555555555560 * 2 ** -53; // -0x1.5555555555560p-1
const PA2 = 0x10000000000006 * 2 ** -53; // 0x1.0000000000006p-1
const PA3 = 0x1999999959554e * 2 ** -53; // 0x1.999999959554ep-1
const PA4 = -0x1555555529a47a * 2 ** -53; // -0x1.555555529a47ap-1
const PA5 = -0x12495b9b4845e9 * 2 ** -52; // -0x1.2495b9b4845e9p+0
const PA6 = 0x10002b8b263fc3 * 2 ** -52; // 0x1.0002b8b263fc3p+0
const TWOM960_X = 2 ** -960, TWOM65 = 2 ** -65, TWO63 = 2 ** 63;

// powLog's second result (a typed array: a module variable would box every double stored in it)
const POW_TAIL = new Float64Array(1);

/** log(x) as hi + POW_TAIL[0] for x given by its words (normal or normalized subnormal): e_pow.c's log_inline. */
function powLog(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >> 13) & (N - 1);
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - k * 1048576, ixLo);
  const invc = POW_INVC[i];
  // r = fma(z, invc, -1) is exact: invc has few bits and |r| < 1/N
  const zp = z * invc;
  const r = (zp - 1.0) + productError(z, invc, zp);
  const t1 = k * LN2_HI + POW_LOGC[i]; // exact
  const t2 = t1 + r;
  const lo1 = fma(k, LN2_LO, POW_LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = PA0 * r;
  const ar2 = r * ar, ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(fma(r, PA6, PA5), ar2, fma(r, PA4, PA3)), fma(r, PA2, PA1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  POW_TAIL[0] = hi - y + lo;
  return y;
}

/** |x|^y for finite x != 0 and finite y with 2^-65 <= |y| < 2^63 (the general path of __pow). */
function powMain(x: number, y: number): number {
  F[0] = x;
  let ixHi = W[1] & 0x7fffffff, ixLo = W[0];
  if (ixHi < 0x00100000) { // subnormal: normalize, the exponent goes below the normal range
    F[0] = Math.abs(x) * TWO52;
    ixHi = W[1] - 52 * 1048576;
    ixLo = W[0];
  }
  const hi = powLog(ixHi, ixLo), lo = POW_TAIL[0];
  const ehi = y * hi;
  const elo = fma(y, lo, productError(hi, y, ehi));
  const abstop = (hiWord(ehi) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + ehi; // |y log x| < 2^-54
    if (abstop >= 0x409) return ehi < 0 ? 0 : Infinity;
    return expCore(ehi, elo, 0); // the result may overflow or be subnormal
  }
  return expCore(ehi, elo, abstop);
}

/**
 * The result of powMain(x, y) for y = 0.5, 2 or -1, when the correctly rounded sqrt(x), x*x or 1/x is sure to
 * be it: when the exact value lies within 0.45 ulp of that double, glibc's result (error below 0.54 ulp, the
 * bound e_pow.c states) cannot be its neighbour. NaN when unsure (one call in ten). x > 0 is normal here.
 */
function powShortcut(x: number, y: number): number {
  if (y === 0.5) {
    if (x < TWOM960_X) return NaN; // keep the product error exact
    const s = Math.sqrt(x);
    const ss = s * s;
    const rem = (x - ss) - productError(s, s, ss); // x - s^2 exactly, and sqrt(x) - s = rem / 2s
    return Math.abs(rem) < 0.9 * s * ulpBelow(s) ? s : NaN;
  }
  if (y === 2) {
    if (x < 1e-140 || x > 1e150) return NaN; // p normal, its error exact
    const p = x * x;
    return Math.abs(productError(x, x, p)) < 0.45 * ulpBelow(p) ? p : NaN;
  }
  if (x < 1e-300 || x > 1e300) return NaN; // y === -1
  const q = 1 / x;
  const qx = q * x;
  const rem = (1 - qx) - productError(q, x, qx); // 1 - q x exactly, and 1/x - q = rem / x
  return Math.abs(rem) < 0.45 * x * ulpBelow(q) ? q : NaN;
}

/** The gap between a normal x > 0 and the next double toward 0 (half an ulp when x is a power of 2). */
function ulpBelow(x: number): number {
  F[0] = x;
  const hi = W[1];
  return fromWords((hi & 0x7ff00000) - (W[0] === 0 && (hi & 0xfffff) === 0 ? 53 : 52) * 1048576, 0);
}

function isOddInteger(ay: number): boolean {
  return ay < 9007199254740992 && ay % 2 === 1; // 2^53 and above are even
}

/** C's pow(x, y) (glibc, FMA build), special cases included. https://en.cppreference.com/w/c/numeric/math/pow */
export function libmPow(x: number, y: number): number {
  if (!tablesReady) tablesInit();
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return x + y;
  const ay = Math.abs(y);
  if (ay === Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax < 1) === (y > 0) ? 0 : Infinity;
  }
  if (x === 0 || x === Infinity || x === -Infinity) {
    let x2 = x * x;
    if ((x < 0 || 1 / x < 0) && isOddInteger(ay)) x2 = -x2;
    return y < 0 ? 1 / x2 : x2;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negate = isOddInteger(ay);
  }
  const ax = Math.abs(x);
  if (ay < TWOM65 || ay >= TWO63) { // |y| < 2^-65 or |y| >= 2^63 (even)
    if (ax === 1) return 1;
    if (ay < 1) return ax > 1 ? 1.0 + y : 1.0 - y;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  let r: number;
  if (y === 1) r = ax;
  else if ((y === 0.5 || y === 2 || y === -1) && ax >= 2.2250738585072014e-308) {
    r = powShortcut(ax, y);
    if (r !== r) r = powMain(ax, y);
  } else r = powMain(ax, y);
  return negate ? -r : r;
}
