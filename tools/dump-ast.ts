// Prints ast.dump(ast.parse(FILE)) for a Python source file, as CPython 3.12 would.
// Usage: npx tsx tools/dump-ast.ts FILE [--attrs] [--indent=N]

import { readFileSync } from 'node:fs';
import { astDump, parseModule, PySyntaxError } from '../src/parser/index.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  console.error('usage: tools/dump-ast.ts FILE [--attrs] [--indent=N]');
  process.exit(2);
}
const indentArg = args.find((a) => a.startsWith('--indent='));
try {
  const tree = parseModule(readFileSync(file), file);
  console.log(astDump(tree, {
    includeAttributes: args.includes('--attrs'),
    indent: indentArg !== undefined ? Number(indentArg.slice(9)) : null,
  }));
} catch (e) {
  if (e instanceof PySyntaxError) {
    console.error(`  File "${e.filename}", line ${e.lineno}`);
    console.error(`${e.kind}: ${e.msg}`);
    process.exit(1);
  }
  throw e;
}
