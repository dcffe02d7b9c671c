/**
 * `loket`: the command line over the app's core, for IT staff and scripted checks
 * (bundled to dist/cli/loket.mjs; `npx loket --help`).
 */
import { z } from 'zod';
import { processIo } from './io';
import { runCli } from './run';

// Contract fields without a custom message (e.g. the length of --text) fall back to zod's
// built-in text; zod ships an Indonesian locale, so those read in Indonesian too.
z.config(z.locales.id());

// `loket cases | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), processIo);
