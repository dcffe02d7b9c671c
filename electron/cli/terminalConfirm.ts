/**
 * A yes/no asked on the terminal for an act that cannot be undone from the app (`loket operators
 * reset`). Without a terminal (a script, a pipe) there is nobody to ask: the caller then requires
 * an explicit flag instead (`--yes`), so nothing happens by accident.
 */
import { createInterface } from 'node:readline/promises';

export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

const processTerminal = (): Terminal => ({ input: process.stdin, output: process.stderr });

/** null: no terminal to ask on; else whether the answer was exactly `word` (case-insensitive). */
export async function confirmOnTerminal(question: string, word: string, terminal: Terminal = processTerminal()): Promise<boolean | null> {
  if (!terminal.input.isTTY) return null;
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: false });
  try {
    const answer = await rl.question(`${question} Ketik ${word} untuk melanjutkan: `);
    return answer.trim().toUpperCase() === word.toUpperCase();
  } finally {
    rl.close();
  }
}
