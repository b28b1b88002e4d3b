// What Immortal's lzma does differently from CPython's on purpose (src/modules/_lzma.ts): it only
// decompresses, so every way to compress raises NotImplementedError with one message, and streams
// using a BCJ filter raise NotImplementedError naming the filter. The tests/py corpus (lzma_*.py)
// covers decompression against CPython; these runs must end leak-free in both immortality modes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../../src/vm/program.ts';

const dir = mkdtempSync(join(tmpdir(), 'immortal-lzma-'));

function py(name: string, source: string, immortal: boolean): { stdout: string; stderr: string; exitCode: number; leakedBlocks: number } {
  const path = join(dir, name);
  writeFileSync(path, source);
  return runProgram(path, { cwd: dir, hashSeed: 0, immortal });
}

const MESSAGE = 'lzma compression is not supported by Immortal yet';

test('compression raises NotImplementedError wherever it is asked for', () => {
  const src = `import io, lzma, tarfile, zipfile
def show(f):
    try:
        f()
    except NotImplementedError as e:
        print(e)
show(lambda: lzma.LZMACompressor())
show(lambda: lzma.compress(b'data'))
show(lambda: lzma.compress(b'data', format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2}]))
show(lambda: lzma.LZMAFile(io.BytesIO(), 'w'))
show(lambda: lzma.open(io.BytesIO(), 'wt'))
show(lambda: tarfile.open(fileobj=io.BytesIO(), mode='w:xz'))
show(lambda: tarfile.open(fileobj=io.BytesIO(), mode='w|xz'))
zf = zipfile.ZipFile(io.BytesIO(), 'w')
show(lambda: zf.writestr('a', b'x', compress_type=zipfile.ZIP_LZMA))
`;
  for (const immortal of [true, false]) {
    const r = py('compress.py', src, immortal);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `${MESSAGE}\n`.repeat(8));
    assert.equal(r.leakedBlocks, 0);
  }
});

test('a BCJ filter raises NotImplementedError naming it', () => {
  const src = `import lzma
try:
    lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2}])
except NotImplementedError as e:
    print(e)
`;
  for (const immortal of [true, false]) {
    const r = py('bcj.py', src, immortal);
    assert.equal(r.stdout, "the x86 BCJ filter is not supported by Immortal's lzma yet\n");
    assert.equal(r.leakedBlocks, 0);
  }
});
