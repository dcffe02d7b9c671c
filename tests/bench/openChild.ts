/**
 * Bench child (fresh process): createCore on a data folder → first register page through dispatch.
 * Prints one JSON line: { openMs, total, rssMb }. Usage: node openChild.mjs <dataDir>
 */
import { createCore, featuresOf } from '../../electron/core/createCore';
import { dispatch } from '../../shared/contract/dispatch';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: openChild <dataDir>');
const started = performance.now();
const core = await createCore({ dataDir, host: 'cli' });
// As `loket cases` reads: a read-only session.
featuresOf(core).operators.session.openReadOnly();
const page = await dispatch(core.handlers, 'cases.list', { offset: 0, limit: 200 });
const openMs = performance.now() - started;
if (!page.ok) throw new Error(page.error.message);
const total = (page.value as { total: number }).total;
const rssMb = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(`${JSON.stringify({ openMs, total, rssMb })}\n`);
// Leave without close(): closing would rewrite the index and change what the next run measures.
process.exit(0);
