// The unicodedata module over CPython 3.12's Unicode 15.0.0 data (src/support/unicode.ts tables and the
// parser's name table). Mirrors Modules/unicodedata.c for the current database (not ucd_3_2_0).
// Invariants: no module state. normalize/is_normalized use JS String.prototype.normalize, whose Unicode
// version is the ICU inside Node (17.0 in Node 20.x builds here), so they can differ from CPython for
// characters assigned after Unicode 15.0; decomposition() and ucd_3_2_0 are not provided.

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { newRef, decref } from '../heap/refcount.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames, argsCheckPositional } from '../objects/methodobject.ts';
import { errSetString, errSetObject } from '../objects/errors.ts';
import { TypeError, ValueError, KeyError, NotImplementedError } from '../objects/exceptions.ts';
import { typeNameOf } from '../objects/type.ts';
import { boolNew } from '../objects/object.ts';
import { intFromNumber } from '../objects/int.ts';
import { floatNew } from '../objects/float.ts';
import { isStr, strLength, strGetCodePoint, strToJS, strFromJS, strNewFromCodePoints } from '../objects/str.ts';
import {
  UNIDATA_VERSION, unicodeCategory, unicodeDecimal, unicodeDigit, unicodeNumeric, unicodeBidirectional,
  unicodeEastAsianWidth, unicodeMirrored, unicodeCombining,
} from '../support/unicode.ts';
import { unicodeNameLookup, unicodeNameOf } from '../parser/unicode-names.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

// The code point of a one-character str argument, or -1 with TypeError set. `which` is '' for a
// function's only argument ("category() argument must be ...") or ' 1' for the first of several.
function charArg(fname: string, which: string, o: Borrowed): number {
  if (!isStr(o) || strLength(o) !== 1) {
    errSetString(TypeError, `${fname}() argument${which} must be a unicode character, not ${typeNameOf(o)}`);
    return -1;
  }
  return strGetCodePoint(o, 0);
}

/** A METH_O property function of one character. */
function prop1(name: string, body: (cp: number) => Owned | Null): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (nargs !== 1) return errSetString(TypeError, `unicodedata.${name}() takes exactly one argument (${nargs} given)`);
    const cp = charArg(name, '', argAt(args, 0));
    return cp < 0 ? NULL : body(cp);
  };
  return { name, fn };
}

/** A (chr, default=<none>) function: the value, else the default, else ValueError(`missing`). */
function withDefault(name: string, missing: string, body: (cp: number) => Owned | Null | undefined): MethodDef {
  const fn: Fn = (_self, args, nargs, kwnames) => {
    if (!argsNoKwnames(name, kwnames)) return NULL;
    if (!argsCheckPositional(name, nargs, 1, 2)) return NULL;
    const cp = charArg(name, ' 1', argAt(args, 0));
    if (cp < 0) return NULL;
    const r = body(cp);
    if (r !== undefined) return r;
    if (nargs === 2) return newRef(argAt(args, 1));
    return errSetString(ValueError, missing);
  };
  return { name, fn };
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

// normalize/is_normalized: (form, unistr) with CPython's argument checks; null with an exception set.
function normalizeArgs(name: string, args: number, nargs: number, kwnames: Borrowed | Null): [string, Borrowed] | null {
  if (!argsNoKwnames(name, kwnames)) return null;
  if (!argsCheckPositional(name, nargs, 2, 2)) return null;
  const f = argAt(args, 0), s = argAt(args, 1);
  if (!isStr(f)) { errSetString(TypeError, `${name}() argument 1 must be str, not ${typeNameOf(f)}`); return null; }
  if (!isStr(s)) { errSetString(TypeError, `${name}() argument 2 must be str, not ${typeNameOf(s)}`); return null; }
  const form = strToJS(f);
  if (!FORMS.has(form)) { errSetString(ValueError, 'invalid normalization form'); return null; }
  return [form, s];
}

const unicodedataMethods: MethodDef[] = [
  withDefault('decimal', 'not a decimal', (cp) => { const v = unicodeDecimal(cp); return v < 0 ? undefined : intFromNumber(v); }),
  withDefault('digit', 'not a digit', (cp) => { const v = unicodeDigit(cp); return v < 0 ? undefined : intFromNumber(v); }),
  withDefault('numeric', 'not a numeric character', (cp) => { const v = unicodeNumeric(cp); return v === null ? undefined : floatNew(v); }),
  withDefault('name', 'no such name', (cp) => { const n = unicodeNameOf(cp); return n === null ? undefined : strFromJS(n); }),
  prop1('category', (cp) => strFromJS(unicodeCategory(cp))),
  prop1('bidirectional', (cp) => strFromJS(unicodeBidirectional(cp))),
  prop1('combining', (cp) => intFromNumber(unicodeCombining(cp))),
  prop1('east_asian_width', (cp) => strFromJS(unicodeEastAsianWidth(cp))),
  prop1('mirrored', (cp) => intFromNumber(unicodeMirrored(cp))),
  prop1('decomposition', () => errSetString(NotImplementedError, 'unicodedata.decomposition is not supported by Immortal yet')),
  {
    name: 'lookup',
    fn: (_self, args, nargs, kwnames) => {
      if (!argsNoKwnames('lookup', kwnames)) return NULL;
      if (nargs !== 1) return errSetString(TypeError, `unicodedata.lookup() takes exactly one argument (${nargs} given)`);
      const o = argAt(args, 0);
      if (!isStr(o)) return errSetString(TypeError, `a bytes-like object is required, not '${typeNameOf(o)}'`);
      const name = strToJS(o);
      // Hangul syllable and CJK unified ideograph names are matched case-sensitively (_getcode).
      const upper = name.toUpperCase();
      const exactOnly = upper.startsWith('HANGUL SYLLABLE ') || upper.startsWith('CJK UNIFIED IDEOGRAPH-');
      const cp = exactOnly && upper !== name ? null : unicodeNameLookup(name);
      if (cp === null) {
        const msg = strFromJS(`undefined character name '${name}'`);
        if (msg === NULL) return NULL;
        errSetObject(KeyError, msg);
        decref(msg);
        return NULL;
      }
      return strNewFromCodePoints([cp]);
    },
  },
  {
    name: 'normalize',
    fn: (_self, args, nargs, kwnames) => {
      const a = normalizeArgs('normalize', args, nargs, kwnames);
      if (a === null) return NULL;
      return strFromJS(strToJS(a[1]).normalize(a[0] as 'NFC'));
    },
  },
  {
    name: 'is_normalized',
    fn: (_self, args, nargs, kwnames) => {
      const a = normalizeArgs('is_normalized', args, nargs, kwnames);
      if (a === null) return NULL;
      const s = strToJS(a[1]);
      return boolNew(s.normalize(a[0] as 'NFC') === s);
    },
  },
];

/** The unicodedata module. https://docs.python.org/3/library/unicodedata.html */
export function unicodedataModuleNew(): Owned | Null {
  return nativeModuleNew('unicodedata', unicodedataMethods, (m) => moduleAddSteal(m, 'unidata_version', strFromJS(UNIDATA_VERSION)));
}
