// str.encode / bytes.decode for the codecs and error handlers that are not built into objects/str-codecs.ts:
// through the Python codec registry (src/lib/codecs.py and the encodings package), as CPython's
// PyUnicode_AsEncodedString / PyUnicode_Decode go through _PyCodec_EncodeText / _PyCodec_DecodeText.
// Invariants: `codecs` is imported on first use only (start-up never pays for it); the codec must be a
// text encoding (CodecInfo._is_text_encoding not false) and return a 2-tuple whose first item is bytes
// (a bytearray is copied into bytes) when encoding, str when decoding; CPython's messages otherwise.

import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { decref, newRef } from '../heap/refcount.ts';
import { u8 } from '../heap/views.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, LookupError } from '../objects/exceptions.ts';
import { objectGetAttr, objectLookupAttr, objectIsTrue } from '../objects/object.ts';
import { objectCallOneArg, objectCallTwoArgs } from '../objects/abstract.ts';
import { strFromJS, strInternImmortal, isStr } from '../objects/str.ts';
import { isTuple, tupleSize, tupleGetItemBorrow } from '../objects/tuple.ts';
import { isBytes, bytesFromUint8Array } from '../objects/bytes.ts';
import { isByteArray, bytearrayData, bytearraySize } from '../objects/bytearray.ts';
import { typeNameOf } from '../objects/type.ts';
import { codecHooks } from '../objects/str-codecs.ts';
import { importModuleLevel } from './import.ts';

/** codecs.lookup(encoding) checked to be a text encoding (_PyCodec_LookupTextEncoding); owned CodecInfo. */
function lookupText(encoding: string, alternative: string): Owned | Null {
  const codecs = importModuleLevel('codecs', NULL, NULL, 0);
  if (codecs === NULL) return NULL;
  const lookup = objectGetAttr(codecs, strInternImmortal('lookup'));
  decref(codecs);
  if (lookup === NULL) return NULL;
  const name = strFromJS(encoding);
  const info = name === NULL ? NULL : objectCallOneArg(lookup, name);
  if (name !== NULL) decref(name);
  decref(lookup);
  if (info === NULL) return NULL;
  const flag = objectLookupAttr(info, strInternImmortal('_is_text_encoding'));
  if (flag !== NULL) {
    const text = objectIsTrue(flag);
    decref(flag);
    if (text <= 0) {
      decref(info);
      if (text < 0) return NULL;
      return errSetString(LookupError, `'${encoding}' is not a text encoding; use ${alternative} to handle arbitrary codecs`);
    }
  } else if (errOccurred() !== NULL) {
    decref(info);
    return NULL;
  }
  return info;
}

function viaRegistry(o: Borrowed, encoding: string, errors: string, decode: boolean): Owned | Null {
  const info = lookupText(encoding, decode ? 'codecs.decode()' : 'codecs.encode()');
  if (info === NULL) return NULL;
  // CodecInfo is a 4-tuple: (encode, decode, streamreader, streamwriter).
  const fn = isTuple(info) && tupleSize(info) >= 2 ? newRef(tupleGetItemBorrow(info, decode ? 1 : 0)) : NULL;
  decref(info);
  if (fn === NULL) return errSetString(TypeError, 'codec search functions must return 4-tuples');
  const errs = strFromJS(errors);
  const r = errs === NULL ? NULL : objectCallTwoArgs(fn, o, errs);
  if (errs !== NULL) decref(errs);
  decref(fn);
  if (r === NULL) return NULL;
  if (!isTuple(r) || tupleSize(r) !== 2) {
    decref(r);
    return errSetString(TypeError, `${decode ? 'decoder' : 'encoder'} must return a tuple (object, integer)`);
  }
  const v = tupleGetItemBorrow(r, 0);
  let out: Owned | Null;
  if (decode) {
    out = isStr(v) ? newRef(v) : errSetString(TypeError,
      `'${encoding}' decoder returned '${typeNameOf(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  } else if (isBytes(v)) {
    out = newRef(v);
  } else if (isByteArray(v)) {
    out = bytesFromUint8Array(u8.slice(bytearrayData(v), bytearrayData(v) + bytearraySize(v)));
  } else {
    out = errSetString(TypeError,
      `'${encoding}' encoder returned '${typeNameOf(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
  }
  decref(r);
  return out;
}

/** Installs the registry path into objects/str-codecs.ts (session start). */
export function codecsBridgeInstall(): void {
  codecHooks.viaRegistry = viaRegistry;
}
