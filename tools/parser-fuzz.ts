// Compares our parser with CPython 3.12 on N fuzz mutants (tests/unit/parser/fuzz-gen.ts) and prints
// each difference and a summary by message: a tool for improving SyntaxError parity.
// Usage: npx tsx tools/parser-fuzz.ts [N=4000] [SEED]

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeVariants } from '../tests/unit/parser/fuzz-gen.ts';
import { cpythonDumps, ourDump } from './parser-parity.ts';

const n = Number(process.argv[2] ?? 4000);
const seed = Number(process.argv[3] ?? 0x5eed1234);
const variants = makeVariants(seed, n);
const dir = mkdtempSync(join(tmpdir(), 'parser-fuzz-'));
try {
  const files = variants.map((s, i) => { const p = join(dir, `v${i}.py`); writeFileSync(p, s); return p; });
  const theirs = cpythonDumps(files);
  if (theirs === null) {
    console.log('CPython 3.12 not found: nothing to compare');
  } else {
    let accept = 0, detail = 0;
    const byMessage = new Map<string, number>();
    for (let i = 0; i < files.length; i++) {
      const ours = ourDump(readFileSync(files[i]!), files[i]!);
      const them = theirs[i]!;
      if (ours === them) continue;
      const kind = ours.startsWith('!') !== them.startsWith('!') ? 'ACCEPT' : 'DETAIL';
      if (kind === 'ACCEPT') accept++; else detail++;
      const key = `${ours.split('\t')[1] ?? 'dump'}  =>  ${them.split('\t')[1] ?? 'dump'}`;
      byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
      console.log(`${kind} #${i}\n  ours:    ${ours.slice(0, 240).replace(/\t/g, ' | ')}\n  cpython: ${them.slice(0, 240).replace(/\t/g, ' | ')}\n--- source:\n${variants[i]}\n---`);
    }
    console.log('\nours  =>  cpython (count):');
    for (const [k, v] of [...byMessage].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
    console.log(`${n - accept - detail} identical, ${accept} accept/reject differences, ${detail} message/position differences of ${n}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
