// The interactive loop's statement logic: collects lines until they form a complete statement, then
// compiles it in 'single' mode (expression results go through sys.displayhook, which sets `_`) and
// runs it in __main__. The prompts and line editing live on the main thread (src/cli/main.ts).
// Mirrors Python/pythonrun.c (PyRun_InteractiveLoop) and codeop's "is this input complete" rule.
// Invariant: an exception in one statement is printed and the loop goes on; SystemExit ends it.

import { parseModule, PySyntaxError } from '../parser/index.ts';
import type { Session } from '../vm/program.ts';

/** Messages of syntax errors that more input could still fix. */
const INCOMPLETE = [/was never closed/, /unexpected EOF/, /expected an indented block/, /unterminated triple-quoted/,
  /EOF while scanning/, /unexpected end of input/];

export class Repl {
  private lines: string[] = [];
  constructor(private readonly session: Session) {}

  /** One input line (null at end of input): 'more' for a continuation, 'ready' for a new statement,
   *  or the exit status when the session is over. */
  feed(line: string | null): 'more' | 'ready' | { exitCode: number } {
    if (line === null) {
      if (this.lines.length > 0) this.runBuffered();
      return { exitCode: this.session.exited ? this.session.exitCode : 0 };
    }
    if (this.lines.length === 0 && line.trim() === '') return 'ready';
    this.lines.push(line);
    const text = this.lines.join('\n') + '\n';
    // Inside a block, only an empty line ends the statement (as the CPython REPL).
    // A compound statement, even on one line, ends at an empty line (CPython's interactive tokenizer).
    const first = this.lines[0]!.trimStart();
    const inBlock = this.lines.length > 1 || /:\s*(#.*)?$/.test(first) ||
      /^(if|while|for|def|class|try|with|async)\b/.test(first) || first.startsWith('@');
    if (inBlock) {
      if (line.trim() !== '') return 'more';
    } else if (!this.isComplete(text)) return 'more';
    this.runBuffered();
    return this.session.exited ? { exitCode: this.session.exitCode } : 'ready';
  }

  /** Drops the statement being typed (Ctrl-C at a prompt). */
  reset(): void {
    this.lines = [];
  }

  private isComplete(text: string): boolean {
    try {
      parseModule(text, '<stdin>');
      return true;
    } catch (e) {
      if (e instanceof PySyntaxError && INCOMPLETE.some((r) => r.test(e.msg))) return false;
      return true;
    }
  }

  private runBuffered(): void {
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    this.session.runSource(text, '<stdin>', 'single');
  }
}
