// Debug verifier for compiled code: simulates the stack effect of every instruction (from the opcode
// table) along every path of the final code, including exception-table edges, and checks that all
// paths agree on the depth at each instruction, never underflow, and stay within stacksize.

import type { CodeUnit } from './codeunit.ts';
import * as O from '../bytecode/opcodes.ts';

/** Throws an Error describing the first inconsistency found; returns the maximum depth seen. */
export function verifyStack(u: CodeUnit): number {
  const n = u.code.length;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (pc: number, d: number, from: number): void => {
    if (pc < 0 || pc >= n) throw new Error(`${u.qualname}: jump from ${from} to ${pc} out of range`);
    if (d < 0) throw new Error(`${u.qualname}: stack underflow reaching ${pc} from ${from}`);
    if (d > max) max = d;
    if (depth[pc] === -1) { depth[pc] = d; work.push(pc); }
    else if (depth[pc] !== d) throw new Error(`${u.qualname}: instruction ${pc} reached with depth ${depth[pc]} and ${d} (from ${from})`);
  };
  reach(0, (u.flags & (0x20 | 0x80 | 0x200)) !== 0 ? 1 : 0, 0);
  const et = u.exceptiontable;
  while (work.length > 0) {
    const pc = work.pop()!;
    const d = depth[pc]!;
    const w = u.code[pc]!;
    const op = w & 0xff, arg = w >>> 8;
    const info = O.OPCODES[op];
    if (info === undefined || info.pseudo) throw new Error(`${u.qualname}: bad opcode ${op} at ${pc}`);
    if (info.popped(arg) > d) throw new Error(`${u.qualname}: ${info.name} at ${pc} pops ${info.popped(arg)} with depth ${d}`);
    for (let k = 0; k < et.length; k += 5) {
      if (pc >= et[k]! && pc < et[k + 1]!) {
        const hd = et[k + 3]!;
        if (hd > d) throw new Error(`${u.qualname}: handler depth ${hd} above stack depth ${d} at ${pc}`);
        reach(et[k + 2]!, hd + et[k + 4]! + 1, pc);
        break;
      }
    }
    if (info.jump !== 'none') {
      if (op === O.FOR_ITER) reach(arg + 1, d - 1, pc); // exhausted: iterator popped, END_FOR skipped
      else reach(arg, d + info.effect(arg, true), pc);
    }
    if (!info.terminates) {
      if (pc + 1 >= n) throw new Error(`${u.qualname}: falls off the end at ${pc}`);
      reach(pc + 1, d + info.effect(arg, false), pc);
    }
  }
  if (max > u.stacksize) throw new Error(`${u.qualname}: depth ${max} exceeds stacksize ${u.stacksize}`);
  return max;
}
