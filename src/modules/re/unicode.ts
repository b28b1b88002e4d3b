// Character predicates and case mapping for the regular-expression engine (src/modules/re/).
// Mirrors Modules/_sre/sre.c's category tests (SRE_UNI_IS_DIGIT/ALNUM/SPACE/LINEBREAK, the ASCII and
// locale variants) and its lower/upper helpers, plus the extra case equivalences of re/_casefix.py.
// Invariants: results for a code point never change, so they are computed once (from the JS Unicode
// tables) and cached in typed arrays / maps; nothing here allocates after a code point's first use.

const F_DONE = 1, F_DIGIT = 2, F_WORD = 4, F_SPACE = 8;
let uniFlags: Uint8Array | null = null;

const RX_DIGIT = /^\p{Nd}$/u;
const RX_WORD = /^[\p{L}\p{N}_]$/u;

/** str.isspace(): Unicode whitespace (bidi WS/B/S or category Zs), as Py_UNICODE_ISSPACE. */
function uniIsSpaceRaw(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function uniFlagsOf(c: number): number {
  let t = uniFlags;
  if (t === null) t = uniFlags = new Uint8Array(0x110000);
  let f = t[c];
  if (f !== 0) return f;
  f = F_DONE;
  if (uniIsSpaceRaw(c)) f |= F_SPACE;
  if (c >= 0xd800 && c <= 0xdfff) { t[c] = f; return f; }
  const s = String.fromCodePoint(c);
  if (RX_DIGIT.test(s)) f |= F_DIGIT;
  if (RX_WORD.test(s)) f |= F_WORD;
  t[c] = f;
  return f;
}

/** \d for str patterns: a Unicode decimal digit (str.isdecimal). */
export function uniIsDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return (uniFlagsOf(c) & F_DIGIT) !== 0;
}

/** \w for str patterns: str.isalnum() or '_'. */
export function uniIsWord(c: number): boolean {
  if (c < 0x80) return asciiIsWord(c);
  return (uniFlagsOf(c) & F_WORD) !== 0;
}

/** \s for str patterns: str.isspace(). */
export function uniIsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return (uniFlagsOf(c) & F_SPACE) !== 0;
}

export function asciiIsDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function asciiIsWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** \s for bytes / ASCII patterns: [ \t\n\r\f\v]. */
export function asciiIsSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

export function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

export function asciiUpper(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** Simple lowercase mapping (Py_UNICODE_TOLOWER): one code point to one code point. */
export function uniLower(c: number): number {
  if (c < 0x80) return asciiLower(c);
  let r = lowerCache.get(c);
  if (r !== undefined) return r;
  r = c;
  if (c < 0xd800 || c > 0xdfff) {
    const s = String.fromCodePoint(c).toLowerCase();
    const first = s.codePointAt(0)!;
    if (s.length === (first > 0xffff ? 2 : 1)) r = first;
    else if (c === 0x130) r = 0x69; // 'İ': the full mapping adds a combining dot; the simple one is 'i'
  }
  lowerCache.set(c, r);
  return r;
}

/** Simple uppercase mapping (Py_UNICODE_TOUPPER), one code point to one code point. */
export function uniUpper(c: number): number {
  if (c < 0x80) return asciiUpper(c);
  let r = upperCache.get(c);
  if (r !== undefined) return r;
  r = c;
  if (c < 0xd800 || c > 0xdfff) {
    // A full mapping of several code points gives its first (ß -> 'S'), as _PyUnicode_ToUppercase does.
    r = String.fromCodePoint(c).toUpperCase().codePointAt(0)!;
  }
  upperCache.set(c, r);
  return r;
}

/** Whether c has a case: a lowercase or uppercase mapping other than itself (_sre.unicode_iscased). */
export function uniIsCased(c: number): boolean {
  return uniLower(c) !== c || uniUpper(c) !== c;
}

let bmpFoldable: Int32Array | null = null;

/**
 * The BMP code points that are cased or belong to an extra case class, ascending (computed on first
 * use, without filling the mapping caches): the members of a big character range that IGNORECASE
 * sets must fold.
 */
export function uniBmpFoldable(): Int32Array {
  if (bmpFoldable === null) {
    const xs: number[] = [];
    for (let c = 0x41; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s || s.toUpperCase() !== s || extraClassOf.has(c)) xs.push(c);
    }
    bmpFoldable = Int32Array.from(xs);
  }
  return bmpFoldable;
}

// Lowercase letters that re treats as equal although their lowercase forms differ (the table CPython
// derives in re/_casefix.py from Unicode's case folding): each row is one equivalence class.
const EXTRA_CASE_CLASSES: readonly (readonly number[])[] = [
  [0x69, 0x131], [0x73, 0x17f], [0xb5, 0x3bc], [0x345, 0x3b9, 0x1fbe], [0x390, 0x1fd3], [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0], [0x3b5, 0x3f5], [0x3b8, 0x3d1], [0x3ba, 0x3f0], [0x3c0, 0x3d6], [0x3c1, 0x3f1],
  [0x3c2, 0x3c3], [0x3c6, 0x3d5], [0x432, 0x1c80], [0x434, 0x1c81], [0x43e, 0x1c82], [0x441, 0x1c83],
  [0x442, 0x1c84, 0x1c85], [0x44a, 0x1c86], [0x463, 0x1c87], [0x1c88, 0xa64b], [0x1e61, 0x1e9b],
  [0xfb05, 0xfb06],
];
const extraClassOf = new Map<number, readonly number[]>();
for (const cls of EXTRA_CASE_CLASSES) for (const c of cls) extraClassOf.set(c, cls);

/** The other members of c's extra equivalence class (c lowercased first), or null. */
export function uniExtraCases(lower: number): readonly number[] | null {
  return extraClassOf.get(lower) ?? null;
}

/** The key two code points share exactly when IGNORECASE (Unicode) makes them equal. */
export function uniFoldKey(c: number): number {
  const l = uniLower(c);
  const cls = extraClassOf.get(l);
  return cls === undefined ? l : cls[0];
}
