// References into the linear heap, with ownership in the type.
// Mirrors the new-reference / borrowed-reference / stolen-reference conventions of CPython's C API
// (Doc/c-api/intro.rst "Reference Count Details"). A reference is a byte offset into the heap; 0 is NULL.
// Invariant: an `Owned` value goes exactly one place (decref, stored into an owner, or returned).

declare const BORROWED: unique symbol;
declare const OWNED: unique symbol;

/** A reference that is only looked at: never decref it, never store it without `newRef`. */
export type Borrowed<T = unknown> = number & { readonly [BORROWED]: T };
/** A new (strong) reference: give it away exactly once. */
export type Owned<T = unknown> = Borrowed<T> & { readonly [OWNED]: true };
/** The error return: NULL, with a Python exception set on the thread state. */
export type Null = 0;

export const NULL = 0 as Null;

/** Views a raw heap offset as a borrowed reference (for code that reads references out of memory). */
export function asBorrowed<T = unknown>(addr: number): Borrowed<T> {
  return addr as Borrowed<T>;
}

/**
 * Declares that the caller now owns `addr` (for code that just wrote a fresh object or has
 * taken a reference out of a container whose slot it cleared). Never use it to invent a count.
 */
export function asOwned<T = unknown>(addr: number): Owned<T> {
  return addr as Owned<T>;
}
