// gc.immortalize(): Immortal's run-time immortalization of the live heap (docs/internals/gc.md).
// Mirrors the idea of Cinder's "immortalize the heap" (and 3.12's gc.freeze), not CPython code.
// Invariants: see gcImmortalize.

import { errSetString } from '../objects/errors.ts';
import { NotImplementedError } from '../objects/exceptions.ts';

/** Collects, then makes every live tracked object and what it reaches immortal; returns the count or -1. */
export function gcImmortalize(): number {
  errSetString(NotImplementedError, 'gc.immortalize() is not supported by Immortal yet');
  return -1;
}
