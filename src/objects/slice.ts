// Slice index arithmetic shared by the sequence types.
// Mirrors PySlice_AdjustIndices in Objects/sliceobject.c; the slice type itself comes with the eval loop.
// Invariant: results are left in module-level variables so that no call allocates.

/** The start index left by the last sliceAdjustIndices call (its other results are not needed). */
export let sliceStart = 0;
/** The stop index left by the last sliceAdjustIndices call. */
export let sliceStop = 0;

/**
 * PySlice_AdjustIndices: clamps start/stop for a sequence of `length` and returns the slice length;
 * the adjusted start and stop are left in sliceStart/sliceStop. step must not be 0.
 */
export function sliceAdjustIndices(length: number, start: number, stop: number, step: number): number {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  sliceStart = start;
  sliceStop = stop;
  if (step < 0) {
    if (stop < start) return Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return Math.floor((stop - start - 1) / step) + 1;
  }
  return 0;
}
