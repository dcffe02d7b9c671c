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
import { closeAfterTest, tempDir } from '../support/tempDir';
import { TestClock, setUpOperator } from '../workflow/support';
import { makeClosedCase } from '../archive/support';
import { runningClock } from '../../support/clock';
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
});
