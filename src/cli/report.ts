// What `-X stats` and `-X showrefcount` print at exit, computed in the interpreter thread.
// -X stats: the refcount counters of heap/refcount.ts (performed and skipped because the object was
// immortal), allocations and frees, and bytes written into the static region since the seal.
// -X showrefcount: '[N refs, M blocks]' like a debug CPython build, where N = increfs performed minus
// decrefs performed over the run (the net references the program created and did not release;
// immortal objects are not counted, as their counts are never written) and M = mortal blocks still
// allocated after shutdown (0 without leaks or uncollected cycles).

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
  return { stats, showRefcount: `[${rc.increfs - rc.decrefs} refs, ${leakedBlocks} blocks]\n` };
}
