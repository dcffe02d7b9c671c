/** Where a command writes: stdout for results (pipeable), stderr for warnings and errors. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The clock the commands and their core use; the machine's when absent (tests pass theirs). */
  now?: () => Date;
  /** Reads a secret typed at the terminal without echo; null when there is no terminal. */
  readSecret?(prompt: string): Promise<string | null>;
  /** All of standard input (for `--pin-stdin`). */
  readStdin?(): Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readSecret: readSecretFromTerminal,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** The PIN typed at the terminal, not echoed (raw mode: we see each key, the terminal shows none). */
function readSecretFromTerminal(prompt: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve(null);
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(typed);
        if (ch === '\u0003' || ch === '\u0004') return done(null); // Ctrl+C, Ctrl+D
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
