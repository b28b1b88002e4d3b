// pwd: the Unix password database (mirrors Modules/pwdmodule.c, written for Immortal). Entries are
// read from /etc/passwd (the "files" source of the C library's NSS; no other source is consulted),
// in file order, first match wins. getpwuid/getpwnam/getpwall and struct_passwd behave as CPython
// 3.12's, messages included; the uid/gid argument conversion (_Py_Uid_Converter) is exported for grp.
// Invariants: the struct_passwd type lives in the module's state (index 0), made with the module;
// nothing is cached across calls, so a changed file is seen at the next call, as with libc.

import { readFileSync } from 'node:fs';
import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argAt, argsOne, argsNone } from '../objects/methodobject.ts';
import { errSetString, errExceptionMatches, errClear, errSetObject } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, KeyError } from '../objects/exceptions.ts';
import { intFromNumber, intToBigInt } from '../objects/int.ts';
import { isStr, strAsUTF8, strFromUTF8, strFromJS, strToJS } from '../objects/str.ts';
import { listNew, listAppendSteal } from '../objects/list.ts';
import { moduleStateAddSteal, moduleStateBorrow } from '../objects/module.ts';
import { indexCheck, numberIndex } from '../objects/abstract.ts';
import { objectRepr } from '../objects/object.ts';
import { typeNameOf } from '../objects/type.ts';
import { structseqNewType, structseqNew, type StructSeqDesc } from './structseq.ts';

/** One line of /etc/passwd or /etc/group, split at ':' (bytes, as the C library gives them). */
export type DbRecord = Uint8Array[];

/** The records of a colon-separated database file that have `fields` fields and numeric ids at `idAt`. */
export function unixDbRead(path: string, fields: number, idAt: readonly number[]): DbRecord[] {
  let data: Uint8Array;
  try { data = new Uint8Array(readFileSync(path)); } catch { return []; }
  const out: DbRecord[] = [];
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end < 0) end = data.length;
    const parts: Uint8Array[] = [];
    let p = start;
    for (let i = start; i <= end; i++) {
      if (i === end || data[i] === 58) { parts.push(data.subarray(p, i)); p = i + 1; }
    }
    start = end + 1;
    // Malformed lines (comments, NIS "+" entries, wrong field counts or ids) are skipped, as libc does.
    if (parts.length !== fields || parts[0].length === 0) continue;
    if (idAt.some((k) => !/^\d+$/.test(String.fromCharCode(...parts[k])))) continue;
    out.push(parts);
  }
  return out;
}

/** A decimal id field. */
export function dbId(field: Uint8Array): number {
  return Number(String.fromCharCode(...field));
}

/** A text field, decoded as the file system encoding does (utf-8, surrogateescape). */
export function dbText(field: Uint8Array): Owned | Null {
  return strFromUTF8(field, 'surrogateescape');
}

/** uid_t/gid_t as Python shows it (_PyLong_FromUid): (uid_t)-1 is -1. */
export function unixIdToPython(id: number): Owned | Null {
  return intFromNumber(id === 0xffffffff ? -1 : id);
}

/**
 * _Py_Uid_Converter / _Py_Gid_Converter: an int (or __index__) as a 32-bit id, -1 meaning
 * 0xffffffff. null with TypeError or OverflowError set, as CPython's messages (`what` is 'uid' or 'gid').
 */
export function unixIdArg(o: Borrowed, what: string): number | null {
  if (!indexCheck(o)) {
    errSetString(TypeError, `${what} should be integer, not ${typeNameOf(o)}`);
    return null;
  }
  const i = numberIndex(o);
  if (i === NULL) return null;
  const v = intToBigInt(i);
  decref(i);
  if (v === -1n) return 0xffffffff;
  if (v >= 0n && v <= 0xffffffffn) return Number(v);
  // CPython goes through a C long first: anything else that fits one (negative, or truncated to 32
  // bits) is "less than minimum"; only values past a long are "greater than maximum".
  const tooBig = v > 2n ** 63n - 1n;
  errSetString(OverflowError, `${what} is ${tooBig ? 'greater than maximum' : 'less than minimum'}`);
  return null;
}

/** A name argument as the bytes the C library would get, or null with the error set. */
export function unixNameArg(o: Borrowed, notStr: string): Uint8Array | null {
  if (!isStr(o)) {
    errSetString(TypeError, `${notStr}, not ${typeNameOf(o)}`);
    return null;
  }
  const b = strAsUTF8(o, 'surrogateescape');
  if (b === null) return null;
  if (b.includes(0)) { errSetString(ValueError, 'embedded null byte'); return null; }
  return b;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** KeyError(f'{prefix}{repr(value)}') (PyErr_Format with %R). */
export function keyErrorRepr(prefix: string, value: Borrowed): Null {
  const r = objectRepr(value);
  if (r === NULL) return NULL;
  const msg = strFromJS(prefix + strToJS(r));
  decref(r);
  return msg === NULL ? NULL : keyErrorSteal(msg);
}

export function keyErrorSteal(msg: Owned): Null {
  errSetObject(KeyError, msg);
  decref(msg);
  return NULL;
}

const PASSWD_DESC: StructSeqDesc = {
  name: 'pwd.struct_passwd',
  doc: 'pwd.struct_passwd: one entry of the password database, a 7-tuple\n'
    + '  (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell)\n'
    + 'whose items are also these attributes.',
  fields: [
    { name: 'pw_name', doc: 'login name' },
    { name: 'pw_passwd', doc: 'encrypted password (usually x)' },
    { name: 'pw_uid', doc: 'numeric user id' },
    { name: 'pw_gid', doc: 'numeric id of the primary group' },
    { name: 'pw_gecos', doc: 'real name or comment' },
    { name: 'pw_dir', doc: 'home directory' },
    { name: 'pw_shell', doc: 'login shell' },
  ],
  nInSequence: 7,
};

function passwdRecords(): DbRecord[] {
  return unixDbRead('/etc/passwd', 7, [2, 3]);
}

function passwdEntry(module: Borrowed, r: DbRecord): Owned | Null {
  return structseqNew(moduleStateBorrow(module, 0), [
    dbText(r[0]), dbText(r[1]), unixIdToPython(dbId(r[2])), unixIdToPython(dbId(r[3])),
    dbText(r[4]), dbText(r[5]), dbText(r[6]),
  ]);
}

/** https://docs.python.org/3/library/pwd.html#pwd.getpwuid */
function pwd_getpwuid(module: Borrowed, arg: Borrowed): Owned | Null {
  const uid = unixIdArg(arg, 'uid');
  if (uid === null) {
    if (errExceptionMatches(OverflowError)) {
      errClear();
      return errSetString(KeyError, 'getpwuid(): uid not found');
    }
    return NULL;
  }
  const found = passwdRecords().find((r) => dbId(r[2]) === uid);
  if (found !== undefined) return passwdEntry(module, found);
  return errSetString(KeyError, `getpwuid(): uid not found: ${uid === 0xffffffff ? -1 : uid}`);
}

/** https://docs.python.org/3/library/pwd.html#pwd.getpwnam */
function pwd_getpwnam(module: Borrowed, arg: Borrowed): Owned | Null {
  const name = unixNameArg(arg, 'getpwnam() argument must be str');
  if (name === null) return NULL;
  const found = passwdRecords().find((r) => bytesEqual(r[0], name));
  if (found !== undefined) return passwdEntry(module, found);
  return keyErrorRepr('getpwnam(): name not found: ', arg);
}

/** https://docs.python.org/3/library/pwd.html#pwd.getpwall */
function pwd_getpwall(module: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const r of passwdRecords()) {
    const e = passwdEntry(module, r);
    if (e === NULL || listAppendSteal(l, e) < 0) { decref(l); return NULL; }
  }
  return l;
}

const DEFS: MethodDef[] = [
  {
    name: 'getpwuid',
    fn: (m, args, nargs, kw) => argsOne('pwd.getpwuid', nargs, kw) ? pwd_getpwuid(m as Borrowed, argAt(args, 0)) : NULL,
    doc: 'The password database entry of a numeric user id (KeyError if there is none).',
  },
  {
    name: 'getpwnam',
    fn: (m, args, nargs, kw) => argsOne('pwd.getpwnam', nargs, kw) ? pwd_getpwnam(m as Borrowed, argAt(args, 0)) : NULL,
    doc: 'The password database entry of a user name (KeyError if there is none).',
  },
  {
    name: 'getpwall',
    fn: (m, _args, nargs, kw) => argsNone('pwd.getpwall', nargs, kw) ? pwd_getpwall(m as Borrowed) : NULL,
    doc: 'A list of every password database entry.',
  },
];

export function pwdModuleNew(): Owned | Null {
  return nativeModuleNew('pwd', DEFS, (m) => {
    const t = structseqNewType(PASSWD_DESC);
    if (t === NULL) return -1;
    moduleStateAddSteal(m, newRef(t));
    return moduleAddSteal(m, 'struct_passwd', t);
  }, 'The Unix password database (/etc/passwd): entries are struct_passwd 7-tuples\n'
    + '(pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell); ids are ints, the rest str.\n'
    + 'A lookup that finds nothing raises KeyError.');
}

