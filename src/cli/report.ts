// What `-X stats` and `-X showrefcount` print at exit, computed in the interpreter thread.
// -X stats: the refcount counters of heap/refcount.ts (performed and skipped because the object was
// immortal), allocations and frees, and bytes written into the static region since the seal.
// -X showrefcount: '[N refs, M blocks]' like a debug CPython build (_Py_GetRefTotal, which counts a
// new object as +1 and every incref/decref of a mortal object): N = increfs - decrefs + the objects
// deallocated when a decref took their count to 0. An object born with count 1 and released by
// refcounting adds 0, so N is the sum of the counts still held at exit (plus the counts of objects
// freed without reaching 0, such as runtime-immortalized ones freed at shutdown): 0 for a program
// that leaks nothing. Immortal objects are not counted (their counts are never written). M = mortal
// blocks still allocated after shutdown.

import { rc } from '../heap/refcount.ts';
import { allocCurrent } from '../heap/alloc.ts';

export interface CliReport {
  stats: string;
  showRefcount: string;
}

export function statsReport(leakedBlocks: number): CliReport {
  const a = allocCurrent() as unknown as Record<string, unknown> | null;
  const pick = (k: string): string => (a !== null && typeof a === 'object' && k in a ? String(a[k]) : '?');
  const stats = `[stats] increfs=${rc.increfs} increfs_skipped_immortal=${rc.increfsSkipped} ` +
    `decrefs=${rc.decrefs} decrefs_skipped_immortal=${rc.decrefsSkipped} ` +
    `allocs=${pick('allocs')} frees=${pick('frees')} static_bytes_written=${rc.staticBytesWritten} ` +
    `leaked_blocks=${leakedBlocks}\n`;
  return { stats, showRefcount: `[${rc.increfs - rc.decrefs + rc.deallocs} refs, ${leakedBlocks} blocks]\n` };
}
