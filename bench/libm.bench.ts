// support/libm (glibc's pow/exp/log, bit for bit) per call, against V8's Math functions (which are not
// glibc's) in the same run: x ** 0.5 (mostly the checked sqrt shortcut), x ** 1.37 and x ** -1.5 (the general
// path), exp, exp2, log, log2, log10, and the fma emulation.
// Run: npx tsx bench/libm.bench.ts   (best of 5 repetitions per measurement)

import { libmPow, libmExp, libmExp2, libmLog, libmLog2, libmLog10, libmFma } from '../src/support/libm.ts';

const REPS = 5, N = 2_000_000;

function nsPerCall(f: (x: number) => number): number {
  let best = Infinity, sink = 0;
  for (let r = 0; r < REPS; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) sink += f(i * 1e-4 + 0.5);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / N);
  }
  if (sink === 42) console.log(''); // keep the loop
  return best;
}

const rows: [string, (x: number) => number, (x: number) => number][] = [
  ['x ** 0.5', (x) => libmPow(x, 0.5), (x) => Math.sqrt(x)],
  ['x ** 1.37', (x) => libmPow(x, 1.37), (x) => Math.pow(x, 1.37)],
  ['x ** -1.5', (x) => libmPow(x, -1.5), (x) => Math.pow(x, -1.5)],
  ['exp(x / 100)', (x) => libmExp(x / 100), (x) => Math.exp(x / 100)],
  ['exp2(x / 100)', (x) => libmExp2(x / 100), (x) => Math.pow(2, x / 100)],
  ['log(x)', (x) => libmLog(x), (x) => Math.log(x)],
  ['log2(x)', (x) => libmLog2(x), (x) => Math.log2(x)],
  ['log10(x)', (x) => libmLog10(x), (x) => Math.log10(x)],
  ['fma(x, 1.1, -x)', (x) => libmFma(x, 1.1, -x), (x) => x * 1.1 - x],
];
for (const [name, ours, v8] of rows) {
  const a = nsPerCall(ours), b = nsPerCall(v8);
  console.log(`${name.padEnd(16)} ${a.toFixed(1).padStart(7)} ns   V8 ${b.toFixed(1).padStart(6)} ns   ratio ${(a / b).toFixed(1)}`);
}
