// Runs one Python program in-process from the TypeScript sources (no bundle, no worker thread) and
// prints its stdout, stderr, exit code and leaked mortal blocks: the quickest loop while developing.
// Usage: npx tsx tools/run-py.ts [-X immortal=0] FILE.py [ARGS...]
import { runProgram } from '../src/vm/program.ts';

const argv = process.argv.slice(2);
let immortal = true;
while (argv[0] === '-X') {
  if (argv[1] === 'immortal=0') immortal = false;
  argv.splice(0, 2);
}
const file = argv.shift();
if (file === undefined) {
  process.stderr.write('usage: npx tsx tools/run-py.ts [-X immortal=0] FILE.py [ARGS...]\n');
  process.exit(2);
}
const r = runProgram(file, { immortal, argv, hashSeed: 0 });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.stderr.write(`[exit ${r.exitCode}, leaked blocks ${r.leakedBlocks}]\n`);
process.exitCode = r.exitCode;
