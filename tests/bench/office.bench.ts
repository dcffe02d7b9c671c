/**
 * The office on the shared drive (issue 12, Speed): a simulated share of 10,000 bags published by
 * three workstations (a real case.json per bag, each workstation's catalogue), on local disk and
 * again through a slow-filesystem shim that adds about 5 ms to every file operation, as SMB does.
 * - `catalogue.first_sync_ms@N`: a PC that never read the share reads every catalogue and lists
 *   the bags (`office.sync`), against reading every bag's case.json (what step 5 did before the
 *   catalogue): `catalogue.vs_read_all_ratio`.
 * - `find.nip_ms@N`: an office-wide search by NIP after that sync.
 * Setting up (writing the share) is not measured.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { caseJsonSchema } from '../../electron/core/archive/caseBag';
import { createCore, featuresOf } from '../../electron/core/createCore';
import { generateIntakes } from '../../electron/core/demo/generateIntakes';
import { entryOfRecord } from '../../electron/core/office/bagEntry';
import { listBags } from '../../electron/core/office/officeCatalogue';
import { catalogueLogPath, ensureOfficeDir } from '../../electron/core/office/officeFiles';
import { genesisEvent } from '../../electron/core/workflow/trail';
import { CASE_SCHEMA_VERSION, intakeSchema, type CaseRecord } from '../../shared/domain/case';
import type { CatalogueEntry } from '../../shared/domain/office';
import { median, round, type Figure } from './figure';
import { SHIM_MS, slowFileSystem } from './slowFileSystem';

/** LOKET_BENCH_OFFICE_N runs it smaller (a quick check of the bench itself). */
const N = Number(process.env['LOKET_BENCH_OFFICE_N'] ?? 10_000);
const CODES = ['WS01', 'WS02', 'WS03'] as const;
/** Through the shim, reading every case.json would take minutes: a sample is read and scaled. */
const SHIM_SAMPLE = 300;
const OFFICER = { id: 'op-bench0000001', name: 'Rina Wulandari', nip: '199001152015032001' };

async function buildShare(root: string): Promise<{ nips: string[] }> {
  const intakes = generateIntakes(N, 12_2026, { now: new Date('2026-11-30T00:00:00+07:00'), spanDays: 900 }).map((x) => intakeSchema.parse(x));
  const logs = new Map<string, CatalogueEntry[]>(CODES.map((c) => [c, []]));
  const nips: string[] = [];
  for (let i = 0; i < N; i += 500) {
    await Promise.all(
      intakes.slice(i, i + 500).map(async (intake, k) => {
        const n = i + k;
        const code = CODES[n % CODES.length] as string;
        const seq = Math.floor(n / CODES.length) + 1;
        const year = intake.receivedAt.slice(0, 4);
        const id = `${year}-${code}-${String(seq).padStart(5, '0')}`;
        const caseNumber = `${String(seq).padStart(4, '0')}/${code}/RP-UKPBJ/${year}`;
        const record: CaseRecord = {
          schemaVersion: CASE_SCHEMA_VERSION, id, caseNumber, year: Number(year), workstation: code, seq, status: 'closed',
          createdAt: intake.receivedAt, updatedAt: intake.receivedAt, revision: 1, intakeRevision: 0, intake,
          events: [genesisEvent({ intake, id, caseNumber }, OFFICER, 'app', intake.receivedAt)], documents: [],
        };
        const bag = `${year}/${caseNumber.replaceAll('/', '-')}_${intake.receivedAt.slice(0, 10)}`;
        await fs.mkdir(path.join(root, ...bag.split('/')), { recursive: true });
        await fs.writeFile(path.join(root, ...bag.split('/'), 'case.json'), JSON.stringify({ schemaVersion: 1, record }, null, 2));
        logs.get(code)?.push(entryOfRecord(record, code, { bag, version: 1, payloadOxum: '123456.3', tagManifestSha256: 'a'.repeat(64), publishedAt: intake.receivedAt }));
        if (n % 97 === 0) nips.push(intake.requester.nip);
      }),
    );
  }
  await ensureOfficeDir(root, 'catalogue');
  for (const [code, entries] of logs) await fs.writeFile(catalogueLogPath(root, code), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return { nips };
}

/** What step 5 did before the catalogue: every bag's case.json read and checked. */
async function readAll(root: string, limit = Number.POSITIVE_INFINITY): Promise<number> {
  const bags = (await listBags(root)).slice(0, limit);
  for (const bag of bags) {
    const file = path.join(root, ...bag.split('/'), 'case.json');
    await fs.stat(file);
    caseJsonSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
  }
  return bags.length;
}

/** A PC that never read the share: a fresh data folder; its first `office.sync`, then searches by NIP. */
async function firstSyncAndFind(root: string, nips: readonly string[]): Promise<{ syncMs: number; findMs: number }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-office-pc-'));
  const core = await createCore({ dataDir, host: 'cli' });
  try {
    const office = featuresOf(core).office;
    office.useRoot(root);
    const t0 = performance.now();
    await office.sync();
    const syncMs = performance.now() - t0;
    if ((await office.status()).bags !== N) throw new Error(`sync saw ${(await office.status()).bags} bags, expected ${N}`);
    const times: number[] = [];
    for (const nip of nips.slice(0, 25)) {
      const t = performance.now();
      const found = await office.find({ nip, userId: '', text: '' });
      times.push(performance.now() - t);
      if (found.matches.length === 0) throw new Error(`no match for ${nip}`);
    }
    return { syncMs, findMs: median(times) };
  } finally {
    await core.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

export async function officeBench(): Promise<Figure[]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-share-'));
  try {
    const { nips } = await buildShare(root);
    const syncs: number[] = [];
    const finds: number[] = [];
    const reads: number[] = [];
    for (let round_ = 0; round_ < 3; round_++) {
      const r = await firstSyncAndFind(root, nips);
      syncs.push(r.syncMs);
      finds.push(r.findMs);
      const t = performance.now();
      await readAll(root);
      reads.push(performance.now() - t);
    }
    const restore = slowFileSystem(SHIM_MS);
    let slow: { syncMs: number; findMs: number };
    let slowReadAll: number;
    try {
      slow = await firstSyncAndFind(root, nips);
      const t = performance.now();
      const read = await readAll(root, SHIM_SAMPLE);
      slowReadAll = ((performance.now() - t) / read) * N;
    } finally {
      restore();
    }
    const sync = median(syncs);
    return [
      { name: `catalogue.first_sync_ms@${N}`, value: round(sync, 0), unit: 'ms', max: 3000 },
      { name: 'catalogue.vs_read_all_ratio', value: round(sync / median(reads), 3), unit: 'x' },
      { name: `find.nip_ms@${N}`, value: round(median(finds), 2), unit: 'ms', max: 50 },
      { name: `catalogue.read_all_ms@${N}`, value: round(median(reads), 0), unit: 'ms' },
      { name: `catalogue.first_sync_ms@${N}+smb5ms`, value: round(slow.syncMs, 0), unit: 'ms', max: 3000 },
      { name: `catalogue.vs_read_all_ratio+smb5ms`, value: round(slow.syncMs / slowReadAll, 4), unit: 'x' },
      { name: `find.nip_ms@${N}+smb5ms`, value: round(slow.findMs, 2), unit: 'ms', max: 50 },
      { name: `catalogue.read_all_ms@${N}+smb5ms (est. from ${SHIM_SAMPLE})`, value: round(slowReadAll, 0), unit: 'ms' },
    ];
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
