// _hashlib and _blake2: the native side of hashlib and hmac. Plays the role of CPython's
// Modules/_hashopenssl.c and Modules/_blake2 (HASH, HASHXOF, blake2b, blake2s, pbkdf2_hmac,
// compare_digest), with the algorithms of src/support/digests.ts instead of OpenSSL.
// Invariants: a hash object's running state is a JS Hasher kept by the object's address (`hashers`),
// set when the object is made and removed by its dealloc; input is hashed straight from the heap.
//
//   HASH, HASHXOF, blake2b, blake2s:  +0 ob_refcnt  +4 ob_type  +8 (unused)

import { u8 } from '../heap/views.ts';
import { newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal, exceptionClassNew } from './native.ts';
import { type MethodDef, argAt, argsNoKwnames } from '../objects/methodobject.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError, SystemError, exceptionTypes } from '../objects/exceptions.ts';
import { Py_TPFLAGS_BASETYPE, typeNewFromSpec, typeGenericAlloc, objectType, typeNameOf, typeName, typeOf } from '../objects/type.ts';
import { objectFree, objectIsTrue, noneNew } from '../objects/object.ts';
import { getsetDescriptorNew, type GetSetDef } from '../objects/getset.ts';
import { isStr, strToJS, strFromJS, strIsAscii, strLength, strKind, strDataOffset } from '../objects/str.ts';
import { bytesFromUint8Array } from '../objects/bytes.ts';
import { bufferGet, bufferCheck, BUF } from '../objects/memoryview.ts';
import { intFromNumber } from '../objects/int.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { Py_None } from '../objects/none.ts';
import { numberAsSsize, parseArgs, PARSED } from '../objects/abstract.ts';
import { pointerText } from '../support/pointer.ts';
import { type Hasher, type Blake2Params, digestNew, blake2New, DIGEST_NAMES } from '../support/digests.ts';

type Fn = (self: Borrowed | Null, args: number, nargs: number, kwnames: Borrowed | Null) => Owned | Null;

const OBJ_SIZE = 12;

/** The running state of each live hash object, by address. */
const hashers = new Map<number, Hasher>();

let hashType = 0 as Borrowed;
let hashXofType = 0 as Borrowed;

function hashDealloc(o: Owned): void {
  hashers.delete(o);
  objectFree(o);
}

function hasherOf(o: Borrowed): Hasher {
  return hashers.get(o)!;
}

/** A new hash object of `type` running `h` (owned), or NULL. */
function wrap(type: Borrowed, h: Hasher): Owned | Null {
  const o = typeGenericAlloc(type, 0);
  if (o === NULL) return NULL;
  hashers.set(o, h);
  return o;
}

/** Feeds a bytes-like object to h: false with CPython's TypeError for str and non-buffers. */
function feed(h: Hasher, data: Borrowed): boolean {
  if (isStr(data)) { errSetString(TypeError, 'Strings must be encoded before hashing'); return false; }
  if (!bufferCheck(data)) { errSetString(TypeError, 'object supporting the buffer API required'); return false; }
  if (!bufferGet(data, true)) return false;
  h.update(u8, BUF.ptr, BUF.len);
  return true;
}

/** The bytes of a bytes-like argument (a copy), or null with TypeError set ("a bytes-like object is required"). */
function bytesArg(o: Borrowed): Uint8Array | null {
  if (!bufferGet(o, true)) return null;
  return u8.slice(BUF.ptr, BUF.ptr + BUF.len);
}

function hexOf(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += (d[i] < 16 ? '0' : '') + d[i].toString(16);
  return s;
}

// --- HASH / HASHXOF methods (shared by the blake2 types) ---

function noArgs(tname: string, mname: string, nargs: number, kwnames: Borrowed | Null): boolean {
  if (!argsNoKwnames(mname, kwnames)) return false;
  if (nargs !== 0) { errSetString(TypeError, `${tname}.${mname}() takes no arguments (${nargs} given)`); return false; }
  return true;
}

const hash_update: Fn = (self, args, nargs, kwnames) => {
  const tn = shortName(self as Borrowed);
  if (!argsNoKwnames('update', kwnames)) return NULL;
  if (nargs !== 1) return errSetString(TypeError, `${tn}.update() takes exactly one argument (${nargs} given)`);
  if (!feed(hasherOf(self as Borrowed), argAt(args, 0))) return NULL;
  return noneNew();
};

const hash_digest: Fn = (self, _args, nargs, kwnames) => {
  if (!noArgs(shortName(self as Borrowed), 'digest', nargs, kwnames)) return NULL;
  return bytesFromUint8Array(hasherOf(self as Borrowed).digest());
};

const hash_hexdigest: Fn = (self, _args, nargs, kwnames) => {
  if (!noArgs(shortName(self as Borrowed), 'hexdigest', nargs, kwnames)) return NULL;
  return strFromJS(hexOf(hasherOf(self as Borrowed).digest()));
};

const hash_copy: Fn = (self, _args, nargs, kwnames) => {
  if (!noArgs(shortName(self as Borrowed), 'copy', nargs, kwnames)) return NULL;
  return wrap(typeOf(self as Borrowed), hasherOf(self as Borrowed).copy());
};

/** The length argument of HASHXOF.digest/hexdigest, or -1 with an error set. */
function xofLength(fname: string, args: number, nargs: number, kwnames: Borrowed | Null): number {
  if (!parseArgs(fname, args, nargs, kwnames, ['length'], 1)) return -1;
  const n = numberAsSsize(PARSED[0] as Borrowed, OverflowError);
  if (n === -1 && errOccurred() !== NULL) {
    if (errOccurred() === OverflowError) errSetString(OverflowError, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  if (n < 0) { errSetString(SystemError, 'Negative size passed to PyBytes_FromStringAndSize'); return -1; }
  if (n >= 0x40000000) { errSetString(exceptionTypes.get('MemoryError') as Borrowed, ''); return -1; }
  return n;
}

const xof_digest: Fn = (self, args, nargs, kwnames) => {
  const n = xofLength('digest', args, nargs, kwnames);
  if (n < 0) return NULL;
  return bytesFromUint8Array(hasherOf(self as Borrowed).digest(n));
};

const xof_hexdigest: Fn = (self, args, nargs, kwnames) => {
  const n = xofLength('hexdigest', args, nargs, kwnames);
  if (n < 0) return NULL;
  return strFromJS(hexOf(hasherOf(self as Borrowed).digest(n)));
};

const nameGetSet: GetSetDef = { name: 'name', get: (o) => strFromJS(hasherOf(o).name) };
const digestSizeGetSet: GetSetDef = { name: 'digest_size', get: (o) => intFromNumber(hasherOf(o).digestSize) };
const blockSizeGetSet: GetSetDef = { name: 'block_size', get: (o) => intFromNumber(hasherOf(o).blockSize) };

function hashRepr(o: Borrowed): Owned | Null {
  return strFromJS(`<${hasherOf(o).name} ${typeName(typeOf(o))} object @ ${pointerText(o)}>`);
}

/** A type's name without its module: HASH for _hashlib.HASH. */
function shortName(o: Borrowed): string {
  const n = typeName(typeOf(o));
  return n.slice(n.lastIndexOf('.') + 1);
}

function cannotCreate(type: Borrowed): Owned | Null {
  return errSetString(TypeError, `cannot create '${typeName(type)}' instances`);
}

// --- _hashlib functions ---

/** The constructor of one algorithm: openssl_<name>(string=b'', *, usedforsecurity=True). */
function constructorFor(name: string): Fn {
  return (_self, args, nargs, kwnames) => {
    if (!parseArgs(`openssl_${name}`, args, nargs, kwnames, ['string', 'usedforsecurity'], 0, 1)) return NULL;
    return newHash(name, PARSED[0] as Borrowed | Null);
  };
}

function newHash(name: string, data: Borrowed | Null): Owned | Null {
  const h = digestNew(name);
  if (h === null) return errSetString(unsupportedError(), '[digital envelope routines] unsupported');
  if (data !== NULL && !feed(h, data)) return NULL;
  return wrap(h.digestSize === 0 ? hashXofType : hashType, h);
}

let unsupported = 0 as Borrowed;
function unsupportedError(): Borrowed {
  return unsupported !== 0 ? unsupported : ValueError;
}

/** Maps the names OpenSSL also accepts (any case, SHA3-256 style) to ours; null for unknown ones. */
function canonicalName(s: string): string | null {
  let n = s.toLowerCase();
  if (DIGEST_NAMES.includes(n)) return n;
  n = n.replace('-', '_');
  const alias: Record<string, string> = {
    'sha3_224': 'sha3_224', 'sha512_224': 'sha512_224', 'sha512/224': 'sha512_224', 'sha512/256': 'sha512_256',
    'sha2_224': 'sha224', 'sha2_256': 'sha256', 'sha2_384': 'sha384', 'sha2_512': 'sha512', 'shake128': 'shake_128',
    'shake256': 'shake_256',
  };
  if (DIGEST_NAMES.includes(n)) return n;
  return alias[n] ?? null;
}

const hashlib_new: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('new', args, nargs, kwnames, ['name', 'string', 'usedforsecurity'], 1, 2)) return NULL;
  const nameO = PARSED[0] as Borrowed, data = PARSED[1] as Borrowed | Null;
  if (!isStr(nameO)) return errSetString(TypeError, 'new() argument \'name\' must be str, not ' + typeNameOf(nameO));
  const name = canonicalName(strToJS(nameO));
  if (name === null) return errSetString(unsupportedError(), '[digital envelope routines] unsupported');
  return newHash(name, data);
};

/** A hasher for a digest given by name (str) to pbkdf2_hmac; null with the error set. */
function namedHasher(nameO: Borrowed, fname: string): Hasher | null {
  if (!isStr(nameO)) {
    errSetString(TypeError, `${fname}() argument 'hash_name' must be str, not ${typeNameOf(nameO)}`);
    return null;
  }
  const name = canonicalName(strToJS(nameO));
  const h = name === null ? null : digestNew(name);
  if (h === null || h.digestSize === 0) {
    errSetString(unsupportedError(), '[digital envelope routines] unsupported');
    return null;
  }
  return h;
}

/** The inner and outer HMAC states for a key (RFC 2104), fed with their padded keys. */
function hmacStates(proto: Hasher, key: Uint8Array): [Hasher, Hasher] {
  const bs = proto.blockSize;
  let k = key;
  if (k.length > bs) {
    const kh = proto.copy();
    kh.update(k, 0, k.length);
    k = kh.digest();
  }
  const ipad = new Uint8Array(bs).fill(0x36), opad = new Uint8Array(bs).fill(0x5c);
  for (let i = 0; i < k.length; i++) { ipad[i] ^= k[i]; opad[i] ^= k[i]; }
  const inner = proto.copy(), outer = proto.copy();
  inner.update(ipad, 0, bs);
  outer.update(opad, 0, bs);
  return [inner, outer];
}

function hmacOnce(inner: Hasher, outer: Hasher, msg: Uint8Array): Uint8Array {
  const i = inner.copy();
  i.update(msg, 0, msg.length);
  const o = outer.copy();
  const d = i.digest();
  o.update(d, 0, d.length);
  return o.digest();
}

/** pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): PKCS #5 v2.0 (RFC 8018 5.2). */
const hashlib_pbkdf2_hmac: Fn = (_self, args, nargs, kwnames) => {
  if (!parseArgs('pbkdf2_hmac', args, nargs, kwnames, ['hash_name', 'password', 'salt', 'iterations', 'dklen'], 4)) return NULL;
  const nameO = PARSED[0] as Borrowed, pwO = PARSED[1] as Borrowed, saltO = PARSED[2] as Borrowed;
  const itO = PARSED[3] as Borrowed, dkO = PARSED[4] as Borrowed | Null;
  const proto = namedHasher(nameO, 'pbkdf2_hmac');
  if (proto === null) return NULL;
  const pw = bytesArg(pwO);
  if (pw === null) return NULL;
  const salt = bytesArg(saltO);
  if (salt === null) return NULL;
  const iters = numberAsSsize(itO, OverflowError);
  if (iters === -1 && errOccurred() !== NULL) return NULL;
  if (iters < 1) return errSetString(ValueError, 'iteration value must be greater than 0.');
  if (iters > 0x7fffffff) return errSetString(OverflowError, 'iteration value is too great.');
  let dklen = proto.digestSize;
  if (dkO !== NULL && dkO !== Py_None) {
    dklen = numberAsSsize(dkO, OverflowError);
    if (dklen === -1 && errOccurred() !== NULL) return NULL;
    if (dklen < 1) return errSetString(ValueError, 'key length must be greater than 0.');
    if (dklen > 0x7fffffff) return errSetString(OverflowError, 'key length is too great.');
  }
  const [inner, outer] = hmacStates(proto, pw);
  const hlen = proto.digestSize;
  const out = new Uint8Array(dklen);
  const block = new Uint8Array(salt.length + 4);
  block.set(salt);
  for (let i = 1, pos = 0; pos < dklen; i++, pos += hlen) {
    block[salt.length] = i >>> 24; block[salt.length + 1] = i >>> 16;
    block[salt.length + 2] = i >>> 8; block[salt.length + 3] = i;
    let u = hmacOnce(inner, outer, block);
    const t = u.slice();
    for (let n = 1; n < iters; n++) {
      u = hmacOnce(inner, outer, u);
      for (let j = 0; j < hlen; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(hlen, dklen - pos)), pos);
  }
  return bytesFromUint8Array(out);
};


/** compare_digest(a, b): a comparison whose time depends on the length only (str: ASCII only). */
const hashlib_compare_digest: Fn = (_self, args, nargs, kwnames) => {
  if (!argsNoKwnames('compare_digest', kwnames)) return NULL;
  if (nargs !== 2) return errSetString(TypeError, `compare_digest expected 2 arguments, got ${nargs}`);
  const a = argAt(args, 0), b = argAt(args, 1);
  let x: Uint8Array | null, y: Uint8Array | null;
  if (isStr(a) && isStr(b)) {
    if (!strIsAscii(a) || !strIsAscii(b)) return errSetString(TypeError, 'comparing strings with non-ASCII characters is not supported');
    x = asciiBytes(a); y = asciiBytes(b);
  } else {
    if (!bufferCheck(a) && !bufferCheck(b)) {
      return errSetString(TypeError, `unsupported operand types(s) or combination of types: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
    }
    x = bytesArg(a);
    if (x === null) return NULL;
    y = bytesArg(b);
    if (y === null) return NULL;
  }
  // every byte of b is looked at whatever the lengths, as the C version does
  let diff = x.length ^ y.length;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) diff |= left[i] ^ y[i];
  return newRef(diff === 0 ? Py_True : Py_False);
};

function asciiBytes(s: Borrowed): Uint8Array {
  const n = strLength(s);
  if (strKind(s) === 1) return u8.slice(strDataOffset(s), strDataOffset(s) + n);
  return new TextEncoder().encode(strToJS(s));
}

const hashlib_get_fips_mode: Fn = (_self, _args, nargs, kwnames) => {
  if (!argsNoKwnames('get_fips_mode', kwnames)) return NULL;
  if (nargs !== 0) return errSetString(TypeError, `get_fips_mode() takes no arguments (${nargs} given)`);
  return intFromNumber(0);
};

const hashlib_scrypt: Fn = () => errSetString(exceptionTypes.get('NotImplementedError') as Borrowed, 'hashlib.scrypt is not implemented in Immortal');

// --- _blake2 ---

interface Blake2Limits { name: 'blake2b' | 'blake2s'; digest: number; salt: number; nodeOffsetMax: number }
const B2B: Blake2Limits = { name: 'blake2b', digest: 64, salt: 16, nodeOffsetMax: 2 ** 64 - 1 };
const B2S: Blake2Limits = { name: 'blake2s', digest: 32, salt: 8, nodeOffsetMax: 2 ** 48 - 1 };

const BLAKE2_ARGS = [
  'data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
  'inner_size', 'last_node', 'usedforsecurity',
];

/** An int argument in [0, max] (-1 with the error set); `msg` is the ValueError for out-of-range values. */
function intParam(o: Borrowed | Null, dflt: number, lo: number, hi: number, msg: string): number {
  if (o === NULL) return dflt;
  const n = numberAsSsize(o, OverflowError);
  if (n === -1 && errOccurred() !== NULL) return -1;
  if (n < lo || n > hi) { errSetString(ValueError, msg); return -1; }
  return n;
}

function bytesParam(o: Borrowed | Null, max: number, what: string): Uint8Array | null {
  if (o === NULL) return new Uint8Array(0);
  const b = bytesArg(o);
  if (b === null) return null;
  if (b.length > max) { errSetString(ValueError, `maximum ${what} length is ${max} bytes`); return null; }
  return b;
}

function blake2Make(lim: Blake2Limits, type: Borrowed, args: number, nargs: number, kwnames: Borrowed | Null): Owned | Null {
  if (!parseArgs(lim.name, args, nargs, kwnames, BLAKE2_ARGS, 0, 1, 1)) return NULL;
  const a = Array.from(PARSED.subarray(0, BLAKE2_ARGS.length)) as (Borrowed | Null)[];
  const m = lim.digest;
  const digestSize = intParam(a[1], m, 1, m, `digest_size must be between 1 and ${m} bytes`);
  if (digestSize < 0) return NULL;
  const key = bytesParam(a[2], m, 'key');
  if (key === null) return NULL;
  const salt = bytesParam(a[3], lim.salt, 'salt');
  if (salt === null) return NULL;
  const person = bytesParam(a[4], lim.salt, 'person');
  if (person === null) return NULL;
  const fanout = intParam(a[5], 1, 0, 255, 'fanout must be between 0 and 255');
  if (fanout < 0) return NULL;
  const depth = intParam(a[6], 1, 1, 255, 'depth must be between 1 and 255');
  if (depth < 0) return NULL;
  let leafSize = 0, nodeOffset = 0;
  if (a[7] !== NULL) {
    leafSize = numberAsSsize(a[7], OverflowError);
    if (leafSize === -1 && errOccurred() !== NULL) return NULL;
    if (leafSize < 0) return errSetString(ValueError, 'value must be positive');
    if (leafSize > 0xffffffff) return errSetString(OverflowError, 'leaf_size is too large');
  }
  if (a[8] !== NULL) {
    nodeOffset = numberAsSsize(a[8], OverflowError);
    if (nodeOffset === -1 && errOccurred() !== NULL) return NULL;
    if (nodeOffset < 0) return errSetString(ValueError, 'value must be positive');
    if (nodeOffset > lim.nodeOffsetMax) return errSetString(OverflowError, 'node_offset is too large');
  }
  const nodeDepth = intParam(a[9], 0, 0, 255, 'node_depth must be between 0 and 255');
  if (nodeDepth < 0) return NULL;
  const innerSize = intParam(a[10], 0, 0, m, `inner_size must be between 0 and is ${m}`);
  if (innerSize < 0) return NULL;
  let lastNode = false;
  if (a[11] !== NULL) {
    const t = objectIsTrue(a[11]);
    if (t < 0) return NULL;
    lastNode = t > 0;
  }
  const p: Blake2Params = { digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode };
  const h = blake2New(lim.name, p);
  if (a[0] !== NULL && !feed(h, a[0])) return NULL;
  return wrap(type, h);
}

const blakeMethods: MethodDef[] = [
  { name: 'copy', fn: hash_copy, doc: 'Return a copy of the hash object.' },
  { name: 'digest', fn: hash_digest, doc: 'Return the digest value as a bytes object.' },
  { name: 'hexdigest', fn: hash_hexdigest, doc: 'Return the digest value as a string of hexadecimal digits.' },
  { name: 'update', fn: hash_update, doc: 'Update this hash object\'s state with the provided bytes-like object.' },
];

function blakeType(lim: Blake2Limits): Owned | Null {
  return typeNewFromSpec({
    name: `_blake2.${lim.name}`,
    base: objectType,
    basicsize: OBJ_SIZE,
    itemsize: 0,
    flags: 0,
    slots: {
      dealloc: hashDealloc,
      new: (type, args, nargs, kwnames) => blake2Make(lim, type as Borrowed, args, nargs, kwnames as Borrowed | Null),
    },
    methods: blakeMethods,
    dict: (t) => [
      ['name', getsetDescriptorNew(t, nameGetSet)],
      ['digest_size', getsetDescriptorNew(t, digestSizeGetSet)],
      ['block_size', getsetDescriptorNew(t, blockSizeGetSet)],
      ['SALT_SIZE', intFromNumber(lim.salt)],
      ['PERSON_SIZE', intFromNumber(lim.salt)],
      ['MAX_KEY_SIZE', intFromNumber(lim.digest)],
      ['MAX_DIGEST_SIZE', intFromNumber(lim.digest)],
    ],
  });
}

/** Creates the _blake2 module. */
export function blake2ModuleNew(): Owned | Null {
  return nativeModuleNew('_blake2', [], (m) => {
    const b = blakeType(B2B);
    if (b === NULL) return -1;
    if (moduleAddSteal(m, 'blake2b', b) < 0) return -1;
    const s = blakeType(B2S);
    if (s === NULL) return -1;
    if (moduleAddSteal(m, 'blake2s', s) < 0) return -1;
    for (const [k, v] of [['BLAKE2B_SALT_SIZE', 16], ['BLAKE2B_PERSON_SIZE', 16], ['BLAKE2B_MAX_KEY_SIZE', 64],
      ['BLAKE2B_MAX_DIGEST_SIZE', 64], ['BLAKE2S_SALT_SIZE', 8], ['BLAKE2S_PERSON_SIZE', 8],
      ['BLAKE2S_MAX_KEY_SIZE', 32], ['BLAKE2S_MAX_DIGEST_SIZE', 32]] as const) {
      if (moduleAddSteal(m, k, intFromNumber(v)) < 0) return -1;
    }
    return 0;
  }, 'BLAKE2b and BLAKE2s hash functions.');
}

// --- the module ---

const hashMethods: MethodDef[] = [
  { name: 'copy', fn: hash_copy, doc: 'Return a copy of the hash object.' },
  { name: 'digest', fn: hash_digest, doc: 'Return the digest value as a bytes object.' },
  { name: 'hexdigest', fn: hash_hexdigest, doc: 'Return the digest value as a string of hexadecimal digits.' },
  { name: 'update', fn: hash_update, doc: 'Update this hash object\'s state with the provided string.' },
];

const xofMethods: MethodDef[] = [
  { name: 'digest', fn: xof_digest, doc: 'Return the digest value as a bytes object.' },
  { name: 'hexdigest', fn: xof_hexdigest, doc: 'Return the digest value as a string of hexadecimal digits.' },
];

const GUARANTEED = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'];

function moduleDefs(): MethodDef[] {
  const defs: MethodDef[] = [
    { name: 'compare_digest', fn: hashlib_compare_digest, doc: 'Return \'a == b\'.' },
    { name: 'get_fips_mode', fn: hashlib_get_fips_mode, doc: 'Determine the FIPS mode (always 0 here).' },
    { name: 'new', fn: hashlib_new, doc: 'Return a new hash object using the named algorithm.' },
    { name: 'pbkdf2_hmac', fn: hashlib_pbkdf2_hmac, doc: 'Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.' },
    { name: 'scrypt', fn: hashlib_scrypt, doc: 'scrypt password-based key derivation function (not implemented).' },
  ];
  for (const n of GUARANTEED) defs.push({ name: `openssl_${n}`, fn: constructorFor(n), doc: `Returns a ${n} hash object.` });
  return defs;
}

/** Creates the _hashlib module. */
export function hashlibModuleNew(): Owned | Null {
  return nativeModuleNew('_hashlib', moduleDefs(), (m) => {
    const t = typeNewFromSpec({
      name: '_hashlib.HASH',
      base: objectType,
      basicsize: OBJ_SIZE,
      itemsize: 0,
      flags: Py_TPFLAGS_BASETYPE,
      slots: { dealloc: hashDealloc, repr: hashRepr, new: (type) => cannotCreate(type as Borrowed) },
      methods: hashMethods,
      dict: (tt) => [
        ['name', getsetDescriptorNew(tt, nameGetSet)],
        ['digest_size', getsetDescriptorNew(tt, digestSizeGetSet)],
        ['block_size', getsetDescriptorNew(tt, blockSizeGetSet)],
      ],
    });
    if (t === NULL) return -1;
    hashType = t;
    if (moduleAddSteal(m, 'HASH', t) < 0) return -1;
    const x = typeNewFromSpec({
      name: '_hashlib.HASHXOF',
      base: hashType,
      basicsize: OBJ_SIZE,
      itemsize: 0,
      flags: 0,
      slots: { dealloc: hashDealloc, repr: hashRepr, new: (type) => cannotCreate(type as Borrowed) },
      methods: xofMethods,
    });
    if (x === NULL) return -1;
    hashXofType = x;
    if (moduleAddSteal(m, 'HASHXOF', x) < 0) return -1;
    const u = exceptionClassNew('_hashlib', 'UnsupportedDigestmodError', ValueError);
    if (u === NULL) return -1;
    unsupported = u;
    return moduleAddSteal(m, 'UnsupportedDigestmodError', u);
  }, 'OpenSSL interface for hashlib module (here without OpenSSL).');
}

