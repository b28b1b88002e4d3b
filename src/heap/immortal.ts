// The immortality switch (DESIGN.md §3): with it on (the default, 3.12 behaviour) static objects
// are created with the immortal count 0xFFFFFFFF; with it off (`-X immortal=0`, 3.11 behaviour, for
// measurement) the same objects are created with an ordinary count of 1 that nothing ever drops,
// so every incref/decref on them writes memory, as in Python 3.11.

import { refcntInit } from './refcount.ts';
import { IMMORTAL_REFCNT } from './header.ts';

let immortalOn = true;

/** Whether objects that are immortal in 3.12 are created immortal in this runtime. */
export function immortalMode(): boolean {
  return immortalOn;
}

export function immortalModeSet(on: boolean): void {
  immortalOn = on;
}

/** Writes the initial count of a static object: immortal, or 1 when the switch is off. */
export function refcntInitStatic(o: number): void {
  refcntInit(o, immortalOn ? IMMORTAL_REFCNT : 1);
}
