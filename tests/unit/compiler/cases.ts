// Reads the "### name" case files of tests/unit/compiler (the format the tools/compiler-*.py scripts read).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [name, source] pairs of a case file in this folder. */
export function readCases(file: string): [string, string][] {
  const cases: [string, string][] = [];
  let name: string | null = null;
  let lines: string[] = [];
  for (const line of readFileSync(join(import.meta.dirname, file), 'utf8').split(/(?<=\n)/)) {
    if (line.startsWith('### ')) {
      if (name !== null) cases.push([name, lines.join('')]);
      name = line.slice(4).trim();
      lines = [];
    } else if (name !== null) lines.push(line);
  }
  if (name !== null) cases.push([name, lines.join('')]);
  return cases;
}
