// Reads tests/unit/parser/snippets.txt (the inputs of the golden tests; see tools/parser-golden.py).

import { readFileSync } from 'node:fs';

/** [name, source] pairs in file order. */
export function readCases(): [string, string][] {
  const text = readFileSync(new URL('snippets.txt', import.meta.url), 'utf8');
  const cases: [string, string][] = [];
  let name: string | null = null;
  let isJson = false;
  let lines: string[] = [];
  const flush = (): void => {
    if (name !== null) cases.push([name, isJson ? JSON.parse(lines[0]!) as string : lines.join('')]);
  };
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('### ')) {
      flush();
      const head = line.slice(4).trim().split(/\s+/);
      name = head[0]!;
      isJson = head.includes('!json');
      lines = [];
    } else if (name !== null) lines.push(line);
  }
  flush();
  return cases;
}
