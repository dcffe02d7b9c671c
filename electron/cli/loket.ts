/**
 * `loket`: the command line over the app's core, for IT staff and scripted checks
 * (bundled to dist/cli/loket.mjs; `npx loket --help`).
 */
import { processIo } from './io';
import { runCli } from './run';

// `loket cases | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), processIo);
