// Where Immortal's Python-source standard library (src/lib/) is on disk, for sys.path.
// Mirrors the stdlib directory CPython computes in Modules/getpath.py (prefix/lib/python3.12).
// Invariants: works from the sources (src/vm/ -> ../lib) and from the bundle (dist/ -> ../src/lib).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** The absolute path of src/lib. */
export function libDir(): string {
  if (cached !== null) return cached;
  const fromSrc = fileURLToPath(new URL('../lib', import.meta.url));
  const fromDist = fileURLToPath(new URL('../src/lib', import.meta.url));
  cached = existsSync(fromDist) && !existsSync(fromSrc) ? fromDist : fromSrc;
  return cached;
}

/**
 * sys.executable: the `immortal` command of this checkout (bin/immortal.js, runnable: it starts with
 * `#!/usr/bin/env node`), so that subprocess.run([sys.executable, ...]) starts Immortal again.
 */
export function executablePath(): string {
  return join(dirname(dirname(libDir())), 'bin', 'immortal.js');
}
