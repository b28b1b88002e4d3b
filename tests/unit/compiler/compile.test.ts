// Compiler self-checks: the stack verifier over every code object of a set of snippets, and
// determinism. What the compiler must produce is checked against CPython-recorded data elsewhere:
// parity.test.ts (code objects), errors.test.ts (compile errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModule, parseSource } from '../../../src/parser/index.ts';
import { compileModule, type CodeUnit } from '../../../src/compiler/codeunit.ts';
import { readCases } from './cases.ts';
import { verifyStack } from '../../../src/compiler/verify.ts';
import { disassemble } from '../../../src/bytecode/dis.ts';

function compile(src: string): CodeUnit {
  return compileModule(parseModule(src, '<test>'), '<test>', 'exec', { source: src });
}
function codes(u: CodeUnit): CodeUnit[] {
  const out = [u];
  for (const c of u.consts) if (c.kind === 'code') out.push(...codes(c.code));
  return out;
}

test('stack verifier accepts every code object of assorted snippets', () => {
  const src = [
    'def f(a, b=1, *c, d, e=2, **g):',
    '    try:',
    '        h()',
    '    except E as e:',
    '        h(e)',
    '    finally:',
    '        z()',
    '    with a as b, c:',
    '        pass',
    '    for x in a:',
    '        if x: break',
    '    else:',
    '        y()',
    '    return [x + b for x in a if x is not None]',
    'class C(B, metaclass=M):',
    '    def m(self): return super().m(1, k=2)',
    'async def g(a):',
    '    async with a as b:',
    '        async for x in b:',
    '            await x',
    '    return [y async for y in a]',
    'def gen():',
    '    x = yield 1',
    '    yield from x',
    'match p:',
    '    case [1, *rest] if rest: pass',
    '    case {"k": v, **kw}: pass',
    '    case Point(x=0, y=yy) | Point(x=1, y=yy): pass',
    '    case _: pass',
    'try:',
    '    pass',
    'except* ValueError as eg:',
    '    pass',
  ].join('\n') + '\n';
  for (const c of codes(compile(src))) verifyStack(c);
});

test('stack verifier accepts every code object of the parity snippets', () => {
  for (const [head, src] of readCases('parity-snippets.txt')) {
    const mode = head.includes(' eval') ? 'eval' : head.includes(' single') ? 'single' : 'exec';
    const unit = compileModule(parseSource(src, '<snippet>', mode), '<snippet>', mode, { source: src });
    for (const c of codes(unit)) assert.ok(verifyStack(c) <= c.stacksize, head);
  }
});

test('compiling the same source twice gives the same code', () => {
  for (const [head, src] of readCases('parity-snippets.txt')) {
    if (head.includes(' ')) continue; // eval/single/optimize cases
    assert.equal(disassemble(compile(src)), disassemble(compile(src)), head);
  }
});
