/** The CLI as tests run it: in-process through runCli, output captured, on the suite's clock. */
import type { CliIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import { runningClock } from './clock';

export type CapturedIo = CliIo & { stdout: string; stderr: string; prompts: string[] };

export interface IoOptions {
  now?: () => Date;
  /** What the person types at the (no-echo) PIN prompt; null: there is no terminal (a script). */
  terminal?: string | null;
  /** Standard input, for `--pin-stdin`. */
  stdin?: string;
}

export function captureIo(options: IoOptions = {}): CapturedIo {
  const terminal = options.terminal ?? null;
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    prompts: [],
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    now: options.now ?? runningClock().now,
    readSecret: async (prompt) => {
      io.prompts.push(prompt);
      return terminal;
    },
    readStdin: async () => options.stdin ?? '',
  };
  return io;
}

/** Runs `loket <argv>`; returns the exit code and what it printed. */
export async function runLoket(argv: readonly string[], io: CapturedIo = captureIo()): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
