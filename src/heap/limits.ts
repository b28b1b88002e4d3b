// The heap's size limits, in a module of their own so that code that must not load the heap (the
// command line's main thread) can check -X heap=SIZE against them. No counterpart in CPython.

/** The largest heap: offsets fit an int32, and it is the size of each thread's buffer (views.ts). */
export const MAX_HEAP_SIZE = 0x7fff_f000;
/** The smallest heap. */
export const MIN_HEAP_SIZE = 1 << 20;
