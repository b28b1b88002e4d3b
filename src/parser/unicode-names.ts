// Unicode character name lookup for \N{...} escapes and the printable test used by str repr.
// Mirrors Modules/unicodedata.c (_getcode: case-insensitive names, algorithmic CJK/Hangul names)
// over the Unicode 15.0 data of CPython 3.12 (generated into unicode-data.ts).
// Invariant: the name table is decoded once, on the first \N escape.

import {
  ALGORITHMIC_NAMES, NAME_CODE, NAME_DATA, NAME_RUNS, NAME_SYMBOLS, NAME_WORDS,
} from './unicode-data.ts';

let table: Map<string, number> | null = null;
let reverse: Map<number, string> | null = null;

function buildTable(): Map<string, number> {
  const words = NAME_WORDS.split(' ');
  const symIndex = new Map<string, number>();
  for (let i = 0; i < NAME_SYMBOLS.length; i++) symIndex.set(NAME_SYMBOLS[i]!, i);
  const n = NAME_SYMBOLS.length;
  const { one, twoLeads } = NAME_CODE;
  const cps: number[] = [];
  for (let i = 0; i < NAME_RUNS.length; i += 2) {
    const start = NAME_RUNS[i]!, count = NAME_RUNS[i + 1]!;
    for (let k = 0; k < count; k++) cps.push(start + k);
  }
  const m = new Map<string, number>();
  const encoded = NAME_DATA.split(' ');
  for (let e = 0; e < encoded.length; e++) {
    const s = encoded[e]!;
    let name = '';
    let joinDash = false;
    let i = 0;
    while (i < s.length) {
      const a = symIndex.get(s[i]!)!;
      let idx: number;
      if (a < one) { idx = a; i += 1; }
      else if (a < one + twoLeads) { idx = one + (a - one) * n + symIndex.get(s[i + 1]!)!; i += 2; }
      else {
        idx = one + twoLeads * n + (a - one - twoLeads) * n * n + symIndex.get(s[i + 1]!)! * n + symIndex.get(s[i + 2]!)!;
        i += 3;
      }
      const w = words[idx]!;
      if (w === '-') { joinDash = true; continue; }
      if (name.length > 0) name += joinDash ? '-' : ' ';
      joinDash = false;
      name += w;
    }
    m.set(name, cps[e]!);
  }
  reverse = new Map<number, string>();
  for (const [name, cp] of m) reverse.set(cp, name);
  return m;
}

const HANGUL_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const HANGUL_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangul(rest: string): number | null {
  // Longest-match the three jamo parts, as unicodedata's find_syllable does.
  const find = (s: string, list: string[]): [number, number] => {
    let best = -1, len = -1;
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      if (x.length > len && s.startsWith(x)) { best = i; len = x.length; }
    }
    return [best, len];
  };
  const [l, ll] = find(rest, HANGUL_L);
  if (l < 0) return null;
  const r1 = rest.slice(ll);
  const [v, vl] = find(r1, HANGUL_V);
  if (v < 0) return null;
  const r2 = r1.slice(vl);
  const [t, tl] = find(r2, HANGUL_T);
  if (t < 0 || tl !== r2.length) return null;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** Code point for a Unicode character name (case-insensitive), or null if there is none. */
export function unicodeNameLookup(name: string): number | null {
  const upper = name.toUpperCase();
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangul(upper.slice(16));
  const dash = upper.lastIndexOf('-');
  if (dash > 0) {
    const ranges = ALGORITHMIC_NAMES[upper.slice(0, dash)];
    const hex = upper.slice(dash + 1);
    if (ranges !== undefined && /^[0-9A-F]{4,6}$/.test(hex)) {
      const cp = parseInt(hex, 16);
      for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i]! && cp <= ranges[i + 1]!) return cp;
      return null;
    }
  }
  if (table === null) table = buildTable();
  return table.get(upper) ?? null;
}

/** The Unicode name of a code point (unicodedata.name), algorithmic names included, or null. */
export function unicodeNameOf(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return 'HANGUL SYLLABLE ' + HANGUL_L[Math.floor(s / 588)]! + HANGUL_V[Math.floor((s % 588) / 28)]! + HANGUL_T[s % 28]!;
  }
  for (const prefix in ALGORITHMIC_NAMES) {
    const ranges = ALGORITHMIC_NAMES[prefix]!;
    for (let i = 0; i < ranges.length; i += 2) {
      if (cp >= ranges[i]! && cp <= ranges[i + 1]!) return prefix + '-' + cp.toString(16).toUpperCase().padStart(4, '0');
    }
  }
  if (table === null) table = buildTable();
  return reverse!.get(cp) ?? null;
}
