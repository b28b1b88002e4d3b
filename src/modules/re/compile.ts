// Regular-expression compiler: node tree (parse.ts) -> program for the backtracking matcher (engine.ts).
// Mirrors Lib/re/_compiler.py's role (flags scoping, IGNORECASE literals and sets, the look-behind
// width check) with our own instruction set. Invariants: a program is an Int32Array of instructions
// (layouts below) plus a table of character sets; registers 0..2*groups-1 are the capture marks,
// 2*groups is lastindex, the rest belong to repeats and look-arounds (numbered here, one per node).

import {
  type Node, type SetNode, reParse, width, ReSyntaxError, MAXREPEAT, FLAG_TEMPLATE,
  FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_ASCII, FLAG_LOCALE,
  CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD,
  AT_BEGINNING, AT_BEGINNING_STRING, AT_END, AT_END_STRING, AT_BOUNDARY,
} from './parse.ts';
import {
  uniIsDigit, uniIsSpace, uniIsWord, asciiIsDigit, asciiIsSpace, asciiIsWord, uniLower, uniUpper,
  uniExtraCases, uniFoldKey, uniIsCased, uniBmpFoldable, asciiLower, asciiUpper,
} from './unicode.ts';

// Instructions. Single-character tests are two words [op, arg] so REP1 can embed one.
//   FAIL | SUCCESS
//   CHAR c | NOT_CHAR c | CHAR_IU key | NOT_CHAR_IU key | CHAR_IA key | NOT_CHAR_IA key | ANY _ | ANY_ALL _ | SET i
//   AT kind
//   SPLIT a b          try a, on failure b
//   JMP a
//   SAVE slot          capture mark (odd slots also set lastindex)
//   REP1 min max mode itemop itemarg       single-character repeat (mode 0 greedy, 1 lazy, 2 possessive)
//   RINIT r | RLOOP r min max exit greedy | RINC r      general repeat (r = count, r+1 = start of last iteration)
//   MARK r             r = backtrack height, r+1 = position (atomic groups and look-arounds)
//   CUT r              drop the choices made since MARK r (keeping undo records)
//   LOOK_END r         CUT r and go back to the position saved by MARK r
//   BEHIND r w         look-behind start: fail unless w characters lie behind; MARK r; step back w
//   NEG r cont         negative look-ahead start; NEG_BEHIND r w cont; NEG_END r (body matched: assertion fails)
//   REF g | REF_IU g | REF_IA g            back-reference
//   GROUPEXISTS g no
export const OP_FAIL = 0, OP_SUCCESS = 1, OP_CHAR = 2, OP_NOT_CHAR = 3, OP_CHAR_IU = 4, OP_NOT_CHAR_IU = 5,
  OP_CHAR_IA = 6, OP_NOT_CHAR_IA = 7, OP_ANY = 8, OP_ANY_ALL = 9, OP_SET = 10, OP_AT = 11, OP_SPLIT = 12,
  OP_JMP = 13, OP_SAVE = 14, OP_REP1 = 15, OP_RINIT = 16, OP_RLOOP = 17, OP_RINC = 18, OP_MARK = 19,
  OP_CUT = 20, OP_LOOK_END = 21, OP_BEHIND = 22, OP_NEG = 23, OP_NEG_BEHIND = 24, OP_NEG_END = 25,
  OP_REF = 26, OP_REF_IU = 27, OP_REF_IA = 28, OP_GROUPEXISTS = 29;

// Anchor kinds in AT instructions.
export const K_BEGINNING = 0, K_BEGINNING_LINE = 1, K_BEGINNING_STRING = 2, K_END = 3, K_END_LINE = 4,
  K_END_STRING = 5, K_BOUNDARY_U = 6, K_NON_BOUNDARY_U = 7, K_BOUNDARY_A = 8, K_NON_BOUNDARY_A = 9;

/** Repeat bounds above this are treated as unbounded (no subject is that long). */
export const REPEAT_INF = 0x7fffffff;

const FOLD_NONE = 0, FOLD_UNI = 1, FOLD_ASCII = 2;

/**
 * A compiled character class: a bitmap for code points < 256, the item lists for the rest.
 * Unicode IGNORECASE follows _compiler._optimize_charset: a set with a cased item tests the
 * character's lowercase against the items' lowercases (BMP ranges member by member) and their extra
 * case classes; its non-BMP literals are tested as they are, its non-BMP ranges also against the
 * uppercase of that lowercase (RANGE_UNI_IGNORE); a set without cased items tests the character.
 */
export class CharSet {
  readonly low = new Uint8Array(256);
  /** Unicode IGNORECASE: the set has a cased item (else it matches as without the flag). */
  private cased = false;
  /** Unicode IGNORECASE: the lowercases of the BMP items and their extra case classes. */
  private folded: Set<number> | null = null;
  /** Unicode IGNORECASE: the ranges reaching past the BMP, as pairs. */
  private wideRanges: number[] | null = null;
  constructor(readonly neg: boolean, readonly chars: Set<number>, readonly ranges: Int32Array,
    readonly cats: readonly number[], readonly uni: boolean, readonly fold: number) {
    if (fold === FOLD_UNI) this.foldItems();
    for (let c = 0; c < 256; c++) this.low[c] = this.slowTest(c) ? 1 : 0;
  }
  private foldItems(): void {
    const folded = new Set<number>();
    let cased = false;
    const add = (x: number): void => {
      if (!cased && uniIsCased(x)) cased = true;
      const l = uniLower(x);
      folded.add(l);
      const extra = uniExtraCases(l);
      if (extra !== null) for (const e of extra) folded.add(e);
    };
    for (const x of this.chars) {
      if (x > 0xffff) cased = true; // tested as it is against the lowercase (CPython keeps it unfolded)
      else add(x);
    }
    const r = this.ranges;
    const wide: number[] = [];
    for (let i = 0; i < r.length; i += 2) {
      const a = r[i], b = r[i + 1], end = Math.min(b, 0xffff);
      if (end - a < 256) {
        for (let x = a; x <= end; x++) add(x);
      } else {
        // Only the members with a case or an extra class add anything.
        const t = uniBmpFoldable();
        let lo = 0, hi = t.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid] < a) lo = mid + 1; else hi = mid; }
        for (let k = lo; k < t.length && t[k] <= end; k++) add(t[k]);
      }
      if (b > 0xffff) { cased = true; wide.push(a, b); }
    }
    this.cased = cased;
    this.folded = folded;
    this.wideRanges = wide.length > 0 ? wide : null;
  }
  test(c: number): boolean {
    return c < 256 ? this.low[c] === 1 : this.slowTest(c);
  }
  private contains(c: number): boolean {
    if (this.chars.has(c)) return true;
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
    for (const cat of this.cats) {
      let v: boolean;
      switch (cat) {
        case CAT_DIGIT: v = this.uni ? uniIsDigit(c) : asciiIsDigit(c); break;
        case CAT_NOT_DIGIT: v = !(this.uni ? uniIsDigit(c) : asciiIsDigit(c)); break;
        case CAT_SPACE: v = this.uni ? uniIsSpace(c) : asciiIsSpace(c); break;
        case CAT_NOT_SPACE: v = !(this.uni ? uniIsSpace(c) : asciiIsSpace(c)); break;
        case CAT_WORD: v = this.uni ? uniIsWord(c) : asciiIsWord(c); break;
        default: v = !(this.uni ? uniIsWord(c) : asciiIsWord(c)); break;
      }
      if (v) return true;
    }
    return false;
  }
  private slowTest(c: number): boolean {
    let r: boolean;
    if (this.fold === FOLD_UNI && this.cased) {
      const l = uniLower(c);
      r = this.contains(l) || this.folded!.has(l);
      const wide = this.wideRanges;
      if (!r && wide !== null) {
        const u = uniUpper(l);
        for (let i = 0; i < wide.length; i += 2) if (u >= wide[i] && u <= wide[i + 1]) { r = true; break; }
      }
    } else {
      r = this.contains(c);
      if (!r && this.fold === FOLD_ASCII) {
        const l = asciiLower(c), u = asciiUpper(c);
        r = (l !== c && this.contains(l)) || (u !== c && this.contains(u));
      }
    }
    return r !== this.neg;
  }
}

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  groups: number; // including group 0
  nregs: number;
  groupNames: Map<string, number>;
  flags: number;
  isText: boolean;
  /** Index of the first instruction that must match a character at the start (-1: none known). */
  firstTest: number;
  /** The pattern can only match at the start position (\A, or ^ without MULTILINE). */
  anchored: boolean;
  /**
   * The pattern starts with an unbounded REP1 (min >= 1) and has no backreferences: when a match
   * fails at i, it fails at every later start inside the same run of the REP1's characters (those
   * tries end at a subset of the same positions and what follows sees the same text), so the search
   * may skip the run.
   */
  skipRun: boolean;
  /** The parser's FutureWarning messages (re emits them once, when the pattern is compiled). */
  warnings: string[];
}

class Emitter {
  code: number[] = [];
  sets: CharSet[] = [];
  /** A backreference was emitted (a match then depends on where groups start, not only on positions). */
  hasRef = false;
  nregs: number;
  constructor(readonly groups: number, readonly isText: boolean, readonly groupWidths: ([number, number] | null)[]) {
    this.nregs = 2 * groups + 1;
  }
  reg(n: number): number { const r = this.nregs; this.nregs += n; return r; }
  emit(...w: number[]): number { const at = this.code.length; this.code.push(...w); return at; }
  get here(): number { return this.code.length; }
}

function combineFlags(flags: number, add: number, del: number): number {
  if (add & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE)) flags &= ~(FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE);
  return (flags | add) & ~del;
}

function isUni(flags: number): boolean {
  return (flags & FLAG_UNICODE) !== 0 && (flags & FLAG_ASCII) === 0;
}

function foldOf(flags: number): number {
  if (!(flags & FLAG_IGNORECASE)) return FOLD_NONE;
  return isUni(flags) ? FOLD_UNI : FOLD_ASCII;
}

/** The [op, arg] pair for a single-character node, or null if `n` isn't one. */
function charTest(e: Emitter, n: Node, flags: number): [number, number] | null {
  const fold = foldOf(flags);
  switch (n.t) {
    case 'lit': case 'notlit': {
      const not = n.t === 'notlit' ? 1 : 0;
      if (fold === FOLD_UNI) return [OP_CHAR_IU + not, uniFoldKey(n.c)];
      if (fold === FOLD_ASCII) return [OP_CHAR_IA + not, asciiLower(n.c)];
      return [OP_CHAR + not, n.c];
    }
    case 'any': return [(flags & FLAG_DOTALL) ? OP_ANY_ALL : OP_ANY, 0];
    case 'set': {
      e.sets.push(makeSet(n, flags));
      return [OP_SET, e.sets.length - 1];
    }
    default: return null;
  }
}

function makeSet(n: SetNode, flags: number): CharSet {
  return new CharSet(n.neg, new Set(n.chars), Int32Array.from(n.ranges), n.cats, isUni(flags), foldOf(flags));
}

const REPEAT_OP_NAMES = ['MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT'];

function compileSeq(e: Emitter, nodes: Node[], flags: number): void {
  for (const n of nodes) compileNode(e, n, flags);
}

function compileNode(e: Emitter, n: Node, flags: number): void {
  const ct = charTest(e, n, flags);
  if (ct !== null) { e.emit(ct[0], ct[1]); return; }
  switch (n.t) {
    case 'at': {
      let k: number;
      switch (n.k) {
        case AT_BEGINNING: k = (flags & FLAG_MULTILINE) ? K_BEGINNING_LINE : K_BEGINNING; break;
        case AT_BEGINNING_STRING: k = K_BEGINNING_STRING; break;
        case AT_END: k = (flags & FLAG_MULTILINE) ? K_END_LINE : K_END; break;
        case AT_END_STRING: k = K_END_STRING; break;
        case AT_BOUNDARY: k = isUni(flags) ? K_BOUNDARY_U : K_BOUNDARY_A; break;
        default: k = isUni(flags) ? K_NON_BOUNDARY_U : K_NON_BOUNDARY_A; break;
      }
      e.emit(OP_AT, k);
      return;
    }
    case 'group': {
      const f = combineFlags(flags, n.add, n.del);
      if (n.g > 0) e.emit(OP_SAVE, 2 * n.g);
      compileSeq(e, n.body, f);
      if (n.g > 0) e.emit(OP_SAVE, 2 * n.g + 1);
      return;
    }
    case 'branch': {
      const jumps: number[] = [];
      for (let i = 0; i < n.alts.length; i++) {
        if (i < n.alts.length - 1) {
          const split = e.emit(OP_SPLIT, 0, 0);
          e.code[split + 1] = e.here;
          compileSeq(e, n.alts[i], flags);
          jumps.push(e.emit(OP_JMP, 0));
          e.code[split + 2] = e.here;
        } else {
          compileSeq(e, n.alts[i], flags);
        }
      }
      for (const j of jumps) e.code[j + 1] = e.here;
      return;
    }
    case 'repeat': {
      // re.TEMPLATE (deprecated) patterns may not repeat anything, as CPython's compiler checks.
      if (flags & FLAG_TEMPLATE) {
        throw new ReSyntaxError(`internal: unsupported template operator ${REPEAT_OP_NAMES[n.mode]}`, -1);
      }
      const max = n.max >= MAXREPEAT ? REPEAT_INF : Math.min(n.max, REPEAT_INF);
      const min = Math.min(n.min, REPEAT_INF);
      if (n.body.length === 1) {
        const t = charTest(e, n.body[0], flags);
        if (t !== null) { e.emit(OP_REP1, min, max, n.mode, t[0], t[1]); return; }
      }
      if (n.body.length === 0 || max === 0) return;
      let atomicReg = -1;
      if (n.mode === 2) { atomicReg = e.reg(2); e.emit(OP_MARK, atomicReg); }
      const r = e.reg(2);
      e.emit(OP_RINIT, r);
      const loop = e.emit(OP_RLOOP, r, min, max, 0, n.mode === 1 ? 0 : 1);
      e.emit(OP_RINC, r);
      compileSeq(e, n.body, flags);
      e.emit(OP_JMP, loop);
      e.code[loop + 4] = e.here;
      if (atomicReg >= 0) e.emit(OP_CUT, atomicReg);
      return;
    }
    case 'atomic': {
      const r = e.reg(2);
      e.emit(OP_MARK, r);
      compileSeq(e, n.body, flags);
      e.emit(OP_CUT, r);
      return;
    }
    case 'assert': {
      const r = e.reg(2);
      let w = 0;
      if (n.behind) {
        const [lo, hi] = width(n.body, { groupWidths: e.groupWidths });
        if (lo !== hi) throw new ReSyntaxError('look-behind requires fixed-width pattern', -1);
        w = lo;
      }
      if (!n.neg) {
        if (n.behind) e.emit(OP_BEHIND, r, w); else e.emit(OP_MARK, r);
        compileSeq(e, n.body, flags);
        e.emit(OP_LOOK_END, r);
      } else {
        const at = n.behind ? e.emit(OP_NEG_BEHIND, r, w, 0) : e.emit(OP_NEG, r, 0);
        compileSeq(e, n.body, flags);
        e.emit(OP_NEG_END, r);
        e.code[at + (n.behind ? 3 : 2)] = e.here;
      }
      return;
    }
    case 'ref': {
      const fold = foldOf(flags);
      e.hasRef = true;
      e.emit(fold === FOLD_UNI ? OP_REF_IU : fold === FOLD_ASCII ? OP_REF_IA : OP_REF, n.g);
      return;
    }
    case 'cond': {
      const at = e.emit(OP_GROUPEXISTS, n.g, 0);
      compileSeq(e, n.yes, flags);
      if (n.no !== null) {
        const j = e.emit(OP_JMP, 0);
        e.code[at + 2] = e.here;
        compileSeq(e, n.no, flags);
        e.code[j + 1] = e.here;
      } else {
        e.code[at + 2] = e.here;
      }
      return;
    }
  }
}

const SINGLE_TESTS = new Set([OP_CHAR, OP_NOT_CHAR, OP_CHAR_IU, OP_NOT_CHAR_IU, OP_CHAR_IA, OP_NOT_CHAR_IA, OP_ANY, OP_ANY_ALL, OP_SET]);

/** Compiles a pattern (code points; bytes as latin-1). Throws ReSyntaxError for bad patterns. */
export function reCompileProgram(cps: ArrayLike<number>, isText: boolean, flags: number): Program {
  const p = reParse(cps, isText, flags);
  const e = new Emitter(p.groups, isText, p.groupWidths);
  e.emit(OP_SAVE, 0);
  compileSeq(e, p.body, p.flags);
  e.emit(OP_SAVE, 1);
  e.emit(OP_SUCCESS, 0);
  const code = Int32Array.from(e.code);
  // What a match must start with, for the search loop: skip SAVEs, then a single test or a REP1 with min >= 1.
  let pc = 2, firstTest = -1, anchored = false;
  while (code[pc] === OP_SAVE) pc += 2;
  let skipRun = false;
  if (SINGLE_TESTS.has(code[pc])) firstTest = pc;
  else if (code[pc] === OP_REP1 && code[pc + 1] >= 1) {
    firstTest = pc + 4;
    skipRun = code[pc + 2] === REPEAT_INF && !e.hasRef;
  }
  else if (code[pc] === OP_AT && (code[pc + 1] === K_BEGINNING || code[pc + 1] === K_BEGINNING_STRING)) anchored = true;
  return {
    code, sets: e.sets, groups: p.groups, nregs: e.nregs, groupNames: p.groupNames, flags: p.flags, isText,
    firstTest, anchored, skipRun, warnings: p.warnings,
  };
}
