/**
 * Fixity audit figures (issue 12 §4, Speed): a full pass over an archive root of N bags — the
 * audit's reading and hashing (every bag against its manifests and the catalogue, logged on the
 * share) against `sha256sum` over the same files in the same round. The bags are real: one closed
 * case with scanned pages exported through the archive service, then published again as versions
 * _v2…_vN (copies of the bag, each with its own catalogue line), as a case exported after changes is.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { archiveOf } from '../../electron/core/archive/archiveService';
import { createCore, featuresOf, storeOf } from '../../electron/core/createCore';
import { appendCatalogue, catalogueLogPath, readCatalogueLog } from '../../electron/core/office/officeFiles';
import { atTheKeyboard } from '../core/support/operator';
import { closedCaseWithScans } from './archive.bench';
import { median, round, type Figure } from './figure';
import { SHIM_MS, slowFileSystem } from './slowFileSystem';

const run = promisify(execFile);
/** Odd, and the order alternates each round: the median cancels a load that drifts (a shared machine). */
const ROUNDS = 5;
const BAGS = 10;
/** About three scanned A4 pages per case (≈ 11 MB once the archive re-encodes them). */
const BAG_BYTES = 8 * 1024 * 1024;

/** Every regular file under the root except the office's own folder (.loket) and staging leftovers. */
async function bagFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(root, f).split(path.sep).some((part) => part.startsWith('.')));
}

export async function officeAuditBench(): Promise<Figure[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-audit-'));
  const core = await createCore({ dataDir: path.join(dir, 'data'), host: 'cli' });
  await atTheKeyboard(core);
  try {
    const id = await closedCaseWithScans(core, dir, BAG_BYTES);
    const root = path.join(dir, 'arsip');
    await fs.mkdir(root);
    const status = await archiveOf(storeOf(core)).export(id, { root });
    const first = status.bags[0];
    if (status.state !== 'exported' || !first) throw new Error(`export failed: ${status.lastError}`);
    const code = storeOf(core).settings.get().workstationCode;
    const [entry] = (await readCatalogueLog(catalogueLogPath(root, code), 0)).entries;
    if (!entry) throw new Error('the export wrote no catalogue line');
    const copies = [];
    for (let v = 2; v <= BAGS; v++) {
      const bag = `${first.path}_v${v}`;
      await fs.cp(path.join(root, ...first.path.split('/')), path.join(root, ...bag.split('/')), { recursive: true });
      copies.push({ ...entry, bag, version: v });
    }
    await appendCatalogue(root, code, copies);

    const { office, audit } = featuresOf(core);
    office.useRoot(root);
    const list = path.join(dir, 'files.txt');
    const files = await bagFiles(root);
    await fs.writeFile(list, files.join('\0'));
    let bytes = 0;
    for (const f of files) bytes += (await fs.stat(f)).size;
    const baseline = () => run('sh', ['-c', 'xargs -0 sha256sum < "$0" > /dev/null', list]);
    // Warm-up: both read the same files into the page cache; the worker and the catalogue cache start.
    await audit.runFull();
    await baseline();

    const ours: number[] = [];
    const ratios: number[] = [];
    const stalls: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const timeBaseline = async () => {
        const t = performance.now();
        await baseline();
        return performance.now() - t;
      };
      let shaMs = r % 2 === 1 ? await timeBaseline() : 0;
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const t = performance.now();
      const pass = await audit.runFull();
      const auditMs = performance.now() - t;
      loop.disable();
      if (pass.bags !== BAGS || pass.problems.length > 0) throw new Error(`audit found problems: ${JSON.stringify(pass.problems.slice(0, 2))}`);
      if (r % 2 === 0) shaMs = await timeBaseline();
      ours.push(auditMs);
      ratios.push(auditMs / shaMs);
      stalls.push(loop.max / 1e6);
      console.log(`  round ${r + 1}: audit ${round(auditMs, 0)} ms, sha256sum ${round(shaMs, 0)} ms (${BAGS} bags, ${files.length} files, ${round(bytes / 1048576, 1)} MB)`);
    }
    // Once more through the slow-share shim: the catalogue, the manifests, the log on the share (the
    // worker's hashing reads at local speed: the figure is the main thread's share round trips).
    const restore = slowFileSystem(SHIM_MS);
    let slowMs: number;
    try {
      const t = performance.now();
      const pass = await audit.runFull();
      slowMs = performance.now() - t;
      if (pass.problems.length > 0) throw new Error('audit through the shim found problems');
    } finally {
      restore();
    }
    console.log(`  through the ${SHIM_MS} ms shim: audit ${round(slowMs, 0)} ms`);
    return [
      { name: `audit.ms@${BAGS}bags`, value: round(median(ours), 0), unit: 'ms' },
      { name: `audit.ms@${BAGS}bags+smb${SHIM_MS}ms (main thread's file calls)`, value: round(slowMs, 0), unit: 'ms' },
      { name: 'audit.vs_sha256sum_ratio', value: round(median(ratios)), unit: 'x', max: 1.5 },
      { name: 'audit.max_loop_stall_ms', value: round(median(stalls), 0), unit: 'ms' },
    ];
  } finally {
    await core.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
