/**
 * Step 5's second source (docs/sop.md §Decided: Step 5 sources): earlier cases of the same person
 * in the bags on the shared drive, exported by another workstation — found by NIP or User ID,
 * marked as from the archive, and a drive that is gone is a note, not a failure.
 */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { atTheKeyboard, call, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { validIntake } from '../../fixtures/intake';
import { closeAfterTest, tempDir } from '../support/tempDir';
import { TestClock, drive, setUpOperator } from '../workflow/support';
import { makeClosedCase } from '../archive/support';
import { runningClock } from '../../support/clock';
import path from 'node:path';
import { foldTrail, lastCompletion } from '../../../shared/domain/workflowFold';
import { validityJudgedSchema } from '../../../shared/domain/trailPayloads';
import { openLettersCore, pdfText } from '../letters/support';
import { testSettingsInput } from '../../fixtures/profile';

describe('step 5 searches the archive folder on the shared drive', () => {
  it('finds a case another workstation archived, by NIP, and notes an unreachable drive', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-search-root-');
    // Workstation 1 closes a case and exports it to the shared drive (real letters, real bag).
    const ws1 = await tempDir('loket-search-ws1-');
    const earlier = await makeClosedCase(ws1);
    const exporter = await createCore({ dataDir: ws1, host: 'cli', now: runningClock().now });
    closeAfterTest(() => exporter.close());
    await atTheKeyboard(exporter);
    await call(exporter, 'archive.settings.save', { ...(await call(exporter, 'archive.settings.get', {})), archiveRoot: root });
    const exported = await call(exporter, 'archive.export', { id: earlier.id });
    expect(exported.state).toBe('exported');

    // Workstation 2 knows nothing of it locally; the same person asks again.
    const ws2 = await tempDir('loket-search-ws2-');
    const clock = new TestClock();
    const core = await openCore(ws2, clock.now);
    await setUpOperator(core);
    await call(core, 'settings.save', testSettingsInput({ workstationCode: 'WS02' }));
    // The same person (NIP) as the archived case, with a new User ID.
    const person = (await call(exporter, 'cases.get', { id: earlier.id })).intake.requester;
    const base = demoIntake(7);
    const again = await call(core, 'cases.create', { ...base, requester: { ...base.requester, nip: person.nip, name: person.name, userId: 'akun.baru' } });
    expect((await call(core, 'workflow.relatedCases', { id: again.id })).items).toEqual([]);

    await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
    const found = await call(core, 'workflow.relatedCases', { id: again.id });
    expect(found.archiveNote).toBe('');
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      source: 'archive',
      bag: exported.bags[0]?.path,
      matchedOn: ['nip'],
      workstation: 'WS01',
      summary: { id: earlier.id, caseNumber: earlier.caseNumber, status: 'closed' },
    });

    // The shared drive disconnects: the answer comes from this PC's copy of the catalogue, with a
    // note saying the drive is away and how old the copy is (issue 12 §6).
    await fs.rm(root, { recursive: true, force: true });
    clock.advance(5);
    const offline = await call(core, 'workflow.relatedCases', { id: again.id });
    expect(offline.items.map((i) => i.summary.id)).toEqual([earlier.id]);
    expect(offline.archiveNote).toMatch(/tidak dapat dibuka.*salinan terakhir di komputer ini \(\d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\)/);
  });

  it('step 5 records whether the office archive was searched, and the letter says so when it was not reachable (walk s6 P1)', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-search-away-');
    const clock = new TestClock();
    const { core, letters, store } = await openLettersCore(await tempDir('loket-search-ws3-'), clock.now);
    await setUpOperator(core);
    await call(core, 'settings.save', testSettingsInput({ workstationCode: 'WS03' }));
    await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
    const away = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    const reached = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    const validity = async (id: string) => pdfText(await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id, kind: 'validity_result', visit: 1 })).blob));
    const recorded = async (id: string) => lastCompletion(foldTrail((await store.cases.get(id)).events), 5)?.payload.data;

    // The drive is away while step 5 is shown; it is back before "Simpan": what was shown is recorded.
    // (A file where the folder was: the claim's mkdir would recreate a deleted folder.)
    await fs.rm(root, { recursive: true, force: true });
    await fs.writeFile(root, 'not a folder');
    await drive(core, away.id, ['complete'], clock, 'reset_password');
    expect((await call(core, 'workflow.relatedCases', { id: away.id })).archiveNote).not.toBe('');
    await fs.rm(root);
    await fs.mkdir(root);
    await drive(core, away.id, ['valid'], clock, 'reset_password');
    expect(await recorded(away.id)).toMatchObject({ comparedCases: [], archiveSearch: 'unreachable' });
    const text = await validity(away.id);
    if (process.env['LOKET_SHOTS']) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], 'validity-archive-away.pdf'), await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: away.id, kind: 'validity_result', visit: 1 })).blob));
    expect(text.replace(/\s+/g, ' ')).toContain('Arsip kantor tidak dapat diakses saat pemeriksaan; yang dibandingkan hanya berkas di komputer ini (tidak ada berkas terdahulu)');
    expect(text).not.toContain('tidak ada arsip permohonan sebelumnya');

    // A host that never asked (the CLI): the core searches at "Simpan" — the drive is there.
    await drive(core, reached.id, ['complete', 'valid'], clock, 'reset_password');
    expect(await recorded(reached.id)).toMatchObject({ archiveSearch: 'searched' });
    expect((await validity(reached.id)).replace(/\s+/g, ' ')).toContain('tidak ada arsip permohonan sebelumnya');

    // A trail written before the record existed reads as before.
    const old = validityJudgedSchema.parse({ spse: {}, comparison: [], problems: [], comparedCases: [], confirmations: [], notes: '' });
    expect(old.archiveSearch).toBeUndefined();
  });
});
