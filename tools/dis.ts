// Prints the disassembly of a Python file as compiled by Immortal: `npx tsx tools/dis.ts FILE`.
import { readFileSync } from 'node:fs';
import { parseModule } from '../src/parser/index.ts';
import { compileModule } from '../src/compiler/codeunit.ts';
import { disassemble } from '../src/bytecode/dis.ts';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: tools/dis.ts FILE');
  process.exit(2);
}
const src = readFileSync(file);
const unit = compileModule(parseModule(src, file), file, 'exec', { source: src.toString('utf8') });
process.stdout.write(disassemble(unit));
