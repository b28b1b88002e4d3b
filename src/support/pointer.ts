// How an object's address appears in reprs: C's "%p" as CPython prints it on 64-bit Linux
// (`<function f at 0x7f0c2a1b3e20>`), here the heap offset zero-padded to 12 hex digits.
// Invariant: one format everywhere (function, generator, cell, code, frame, weakref, default reprs).

/** `0x` + the address in lowercase hex, zero-padded to 12 digits. */
export function pointerText(addr: number): string {
  return `0x${addr.toString(16).padStart(12, '0')}`;
}
