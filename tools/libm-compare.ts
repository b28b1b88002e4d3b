// Evaluates src/support/libm.ts on the inputs tools/libm-compare.py writes, for that script to compare with
// CPython. Input: records of four little-endian doubles (function code, x, y, z); output: one double per record.
// Codes: 0 pow(x, y), 1 exp(x), 2 exp2(x), 3 log(x), 4 log2(x), 5 log10(x), 6 fma(x, y, z).
// Run:  node --import tsx tools/libm-compare.ts IN OUT

import { readFileSync, writeFileSync } from 'node:fs';
import { libmPow, libmExp, libmExp2, libmLog, libmLog2, libmLog10, libmFma } from '../src/support/libm.ts';

const [inPath, outPath] = process.argv.slice(2);
const buf = readFileSync(inPath);
const rec = new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8);
const n = rec.length / 4;
const out = new Float64Array(n);
for (let i = 0; i < n; i++) {
  const x = rec[4 * i + 1], y = rec[4 * i + 2];
  switch (rec[4 * i]) {
    case 0: out[i] = libmPow(x, y); break;
    case 1: out[i] = libmExp(x); break;
    case 2: out[i] = libmExp2(x); break;
    case 3: out[i] = libmLog(x); break;
    case 4: out[i] = libmLog2(x); break;
    case 5: out[i] = libmLog10(x); break;
    case 6: out[i] = libmFma(x, y, rec[4 * i + 3]); break;
    default: throw new Error(`unknown function code ${rec[4 * i]}`);
  }
}
writeFileSync(outPath, new Uint8Array(out.buffer));
