/**
 * Runs a scanner program (scanimage, powershell, NAPS2.Console) as a separate process, streaming its
 * output line by line. Cancel kills the whole process group (POSIX: the program and anything it
 * started), first politely (SIGTERM: scanimage then asks the scanner to stop), then for good.
 */
import { spawn } from 'node:child_process';

export interface RunOptions {
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  signal?: AbortSignal;
  /** Kill after this long (listing devices must not hang the dialog). */
  timeoutMs?: number;
  /** Each stdout line (split on CR or LF: progress meters rewrite one line with CR). */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /**
   * A stderr line after which the program has nothing left to do (a terminal error). If it has not
   * exited `FINISH_GRACE_MS` later, its process group is stopped: drivers have been seen to report a
   * jam and then hang, which must not hold the scan job forever.
   */
  isFinalLine?: (line: string) => boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The program could not be started (not installed): errno code, e.g. ENOENT. */
  spawnError: string | null;
  aborted: boolean;
  timedOut: boolean;
}

/** Grace between SIGTERM and SIGKILL: scanimage needs a moment to tell the scanner to stop. */
const KILL_GRACE_MS = 3000;
/** Output kept for error messages; the line callbacks see everything. */
const KEEP_CHARS = 64 * 1024;
/** How long a program may linger after its final line before it is stopped. */
export const FINISH_GRACE_MS = 5000;

export function runProgram(command: string, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    const result: RunResult = { code: null, signal: null, stdout: '', stderr: '', spawnError: null, aborted: false, timedOut: false };
    if (options.signal?.aborted) {
      result.aborted = true;
      resolve(result);
      return;
    }
    const child = spawn(command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group on POSIX so cancel reaches every process of the scan; no console window on Windows.
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid as number, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => {
      result.aborted = true;
      kill();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = options.timeoutMs
      ? setTimeout(() => {
          result.timedOut = true;
          kill();
        }, options.timeoutMs)
      : undefined;
    const lines = (keep: 'stdout' | 'stderr', cb?: (line: string) => void) => {
      let buffer = '';
      return (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        if (result[keep].length < KEEP_CHARS) result[keep] += text.slice(0, KEEP_CHARS - result[keep].length);
        buffer += text;
        const parts = buffer.split(/\r\n|\r|\n/);
        buffer = parts.pop() ?? '';
        for (const line of parts) if (line.length > 0) cb?.(line);
      };
    };
    child.stdout.on('data', lines('stdout', options.onStdoutLine));
    let finishTimer: NodeJS.Timeout | undefined;
    const onStderr = (line: string) => {
      options.onStderrLine?.(line);
      if (finishTimer === undefined && options.isFinalLine?.(line)) finishTimer = setTimeout(kill, FINISH_GRACE_MS);
    };
    child.stderr.on('data', lines('stderr', onStderr));
    child.on('error', (e: NodeJS.ErrnoException) => {
      result.spawnError = e.code ?? e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      clearTimeout(finishTimer);
      options.signal?.removeEventListener('abort', onAbort);
      result.code = code;
      result.signal = signal;
      resolve(result);
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // Windows has no process groups: taskkill /T ends the tree (PowerShell and what it started).
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    else process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
