// PEP 695's intrinsics (CALL_INTRINSIC_1 INTRINSIC_TYPEVAR .. INTRINSIC_TYPEALIAS, CALL_INTRINSIC_2
// INTRINSIC_TYPEVAR_WITH_BOUND .. INTRINSIC_SET_FUNCTION_TYPE_PARAMS). CPython makes these objects in C
// (Objects/typevarobject.c); here they are Python classes in src/lib/_typing.py, a module that imports
// only sys, so the first `def f[T]()` or `type A = ...` costs that small import and not typing's.
// docs/internals/eval.md "PEP 695".

import { decref, incref } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { objectGetAttr, objectCallArgs } from '../objects/abstract.ts';
import { strInternImmortal } from '../objects/str.ts';
import { isTuple } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { isFunction, functionSetFieldSteal, FUNC_TYPEPARAMS } from '../objects/function.ts';
import { errSetString } from '../objects/errors.ts';
import { SystemError } from '../objects/exceptions.ts';
import { importModuleLevel } from './import.ts';

/** Calls `_typing.<fn>(*args)`, importing the module the first time (later, a sys.modules lookup). */
function typingCall(fn: string, args: readonly Borrowed[]): Owned | Null {
  const m = importModuleLevel('_typing', NULL, NULL, 0);
  if (m === NULL) return NULL;
  const f = objectGetAttr(m, strInternImmortal(fn));
  decref(m);
  if (f === NULL) return NULL;
  const r = objectCallArgs(f, args);
  decref(f);
  return r;
}

/** INTRINSIC_TYPEVAR: `T` of `[T]`, variance inferred. */
export function intrinsicTypeVar(name: Borrowed): Owned | Null {
  return typingCall('_make_typevar', [name, Py_None, Py_None]);
}

/** INTRINSIC_TYPEVAR_WITH_BOUND: `T: int`; the bound is a function evaluated on first use of __bound__. */
export function intrinsicTypeVarWithBound(name: Borrowed, evaluateBound: Borrowed): Owned | Null {
  return typingCall('_make_typevar', [name, evaluateBound, Py_None]);
}

/** INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: `T: (int, str)`; the function returns the tuple of constraints. */
export function intrinsicTypeVarWithConstraints(name: Borrowed, evaluateConstraints: Borrowed): Owned | Null {
  return typingCall('_make_typevar', [name, Py_None, evaluateConstraints]);
}

/** INTRINSIC_PARAMSPEC: `**P`. */
export function intrinsicParamSpec(name: Borrowed): Owned | Null {
  return typingCall('_make_paramspec', [name]);
}

/** INTRINSIC_TYPEVARTUPLE: `*Ts`. */
export function intrinsicTypeVarTuple(name: Borrowed): Owned | Null {
  return typingCall('_make_typevartuple', [name]);
}

/** INTRINSIC_SUBSCRIPT_GENERIC: the implicit `Generic[T, *Ts]` base of `class C[T, *Ts]`. */
export function intrinsicSubscriptGeneric(params: Borrowed): Owned | Null {
  return typingCall('_subscript_generic', [params]);
}

/** INTRINSIC_TYPEALIAS: `type A[T] = v` from the tuple (name, type params or None, value function). */
export function intrinsicTypeAlias(args: Borrowed): Owned | Null {
  return typingCall('_make_typealias', [args]);
}

/** INTRINSIC_SET_FUNCTION_TYPE_PARAMS: stores the tuple as func.__type_params__ and returns func. */
export function intrinsicSetFunctionTypeParams(func: Borrowed, typeParams: Borrowed): Owned | Null {
  if (!isFunction(func) || !isTuple(typeParams)) return errSetString(SystemError, 'bad argument to INTRINSIC_SET_FUNCTION_TYPE_PARAMS');
  incref(typeParams);
  functionSetFieldSteal(func, FUNC_TYPEPARAMS, typeParams as Owned);
  incref(func);
  return func as Owned;
}
