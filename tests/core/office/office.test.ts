/**
 * Issue 12: two and three data folders (WS01, WS02, WS03) sharing one archive root — each publishes
 * into its own catalogue, each finds the others' cases, a second PC with a code in use is refused,
 * a catalogue deleted or damaged is rebuilt, and a share that vanishes mid-sync loses nothing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../electron/core/createCore';
import { OFFICE_CACHE_FILE } from '../../../electron/core/office/officeCatalogue';
import { catalogueLogPath, claimPath } from '../../../electron/core/office/officeFiles';
import { INSTALL_FILE } from '../../../electron/core/office/workstationClaims';
import { testSettingsInput } from '../../fixtures/profile';
import { validIntake } from '../../fixtures/intake';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { publishCase, workstation } from './support';

const BUDI = { name: 'Dr. Ir. Budi Santoso, M.T.', nip: '197805212005011004', userId: 'budi.santoso78' };
const lines = async (file: string) => (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');

describe('the office on one shared archive root', () => {
  it('three workstations publish into their own catalogues and find each other’s cases', { timeout: 240_000 }, async () => {
    const root = await tempDir('loket-office-root-');
    const ws1 = await workstation('WS01', root);
    const ws2 = await workstation('WS02', root);
    const ws3 = await workstation('WS03', root);
    const budi = await publishCase(ws1, BUDI);
    const siti = await publishCase(ws2);

    // Each PC wrote only its own files: one catalogue line per bag, one claim per code.
    expect((await lines(catalogueLogPath(root, 'WS01'))).map((l) => JSON.parse(l).bag)).toEqual([budi.bag]);
    expect((await lines(catalogueLogPath(root, 'WS02'))).map((l) => JSON.parse(l).bag)).toEqual([siti.bag]);
    expect(JSON.parse(await fs.readFile(claimPath(root, 'WS02'), 'utf8'))).toMatchObject({ code: 'WS02' });

    // WS03 has none of them locally: by NIP, by User ID in other letters, by name without titles.
    // (Its last read of the share, when its archive folder was set, is older than a search trusts.)
    ws3.clock.advance(1);
    const byNip = await call(ws3.core, 'office.find', { nip: '19780521 200501 1 004' });
    expect(byNip.note).toBe('');
    expect(byNip.matches).toEqual([expect.objectContaining({ source: 'archive', workstation: 'WS01', bag: budi.bag, matchedOn: ['nip'], summary: expect.objectContaining({ id: budi.id, status: 'closed' }) })]);
    expect((await call(ws3.core, 'office.find', { userId: 'BUDI.SANTOSO78' })).matches.map((m) => m.summary.id)).toEqual([budi.id]);
    expect((await call(ws3.core, 'office.find', { text: 'budi santoso' })).matches.map((m) => [m.summary.id, m.matchedOn])).toEqual([[budi.id, ['name']]]);
    expect((await call(ws3.core, 'office.find', { text: 'siti' })).matches.map((m) => m.workstation)).toEqual(['WS02']);
    expect((await call(ws3.core, 'office.find', { text: 'nobody here' })).matches).toEqual([]);
    // An old receipt in hand: the case number finds it too.
    expect((await call(ws3.core, 'office.find', { text: budi.caseNumber })).matches.map((m) => [m.summary.id, m.matchedOn])).toEqual([[budi.id, ['caseNumber']]]);

    const status = await call(ws3.core, 'office.status', {});
    expect(status.workstations.map((w) => [w.code, w.mine])).toEqual([['WS01', false], ['WS02', false], ['WS03', true]]);
    expect(status).toMatchObject({ bags: 2, uncataloguedCount: 0, missingBags: [], damaged: [], conflict: '' });

    // On the PC that holds the case, it is the local one, listed once (not again from its bag).
    ws1.clock.advance(1);
    const own = await call(ws1.core, 'office.find', { nip: BUDI.nip });
    expect(own.matches.map((m) => [m.source, m.summary.id])).toEqual([['local', budi.id]]);

    // Step 5 on WS03 for the same person lists WS01's case with where it lives.
    const again = await call(ws3.core, 'cases.create', { ...validIntake(), requester: { ...validIntake().requester, ...BUDI } });
    const related = await call(ws3.core, 'workflow.relatedCases', { id: again.id });
    expect(related.items.map((i) => [i.source, i.workstation, i.bag, i.matchedOn])).toEqual([['archive', 'WS01', budi.bag, ['nip', 'userId']]]);
  });

  it('a second PC with a code in use is told, naming the other PC, before it numbers or exports; it may take the code over', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-office-dup-');
    const ws1 = await workstation('WS01', root);
    const first = await publishCase(ws1);
    const twin = await workstation('WS01', root);
    await call(twin.core, 'office.sync', {});
    const status = await call(twin.core, 'office.status', {});
    expect(status.conflict).toMatch(/Kode workstation WS01 sudah dipakai komputer lain \(.+, sejak \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\)/);
    const refused = await callError(twin.core, 'cases.create', validIntake());
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toBe(status.conflict);
    expect((await call(twin.core, 'cases.list', { text: '', status: [], kind: [], receivedFrom: '', receivedTo: '', offset: 0, limit: 10 })).total).toBe(0);
    expect(await callError(twin.core, 'office.claim', { takeOver: false })).toMatchObject({ code: 'conflict' });

    // This PC replaces the first one: it takes the code over, and may number again.
    const taken = await call(twin.core, 'office.claim', { takeOver: true });
    expect(taken.conflict).toBe('');
    expect(taken.workstations.filter((w) => w.code === 'WS01').map((w) => w.mine)).toEqual([true]);
    // Its numbers continue after those already on the share under WS01: never a second 00001.
    const next = await call(twin.core, 'cases.create', validIntake());
    expect(first.id.endsWith('-00001')).toBe(true);
    expect(next.id).toBe(first.id.replace(/00001$/, '00002'));
    // The replaced PC learns it at its next read of the office.
    await call(ws1.core, 'office.sync', {});
    expect((await call(ws1.core, 'office.status', {})).conflict).toMatch(/WS01 sudah dipakai komputer lain/);
  });

  it('a PC that claims while saving the archive folder starts its own sync is still one PC (one install id)', async () => {
    const root = await tempDir('loket-office-race-');
    const dir = await tempDir('loket-office-race-ws-');
    const core = await openCore(dir);
    await call(core, 'settings.save', testSettingsInput({ workstationCode: 'WS05' }));
    // Saving the folder starts a read of the office (its claim) in the background; the claim asked
    // for meanwhile (as an export does) must not find that PC to be another one.
    await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
    const [a, b] = await Promise.all([call(core, 'office.claim', { takeOver: false }), call(core, 'office.claim', { takeOver: false })]);
    expect([a.conflict, b.conflict]).toEqual(['', '']);
    const install = JSON.parse(await fs.readFile(path.join(dir, INSTALL_FILE), 'utf8')) as { installId: string };
    expect(JSON.parse(await fs.readFile(claimPath(root, 'WS05'), 'utf8'))).toMatchObject({ code: 'WS05', installId: install.installId });
    await core.close();
  });

  it('a catalogue deleted or damaged: its bags are still found, the owner rebuilds it, damage is reported', { timeout: 240_000 }, async () => {
    const root = await tempDir('loket-office-rebuild-');
    const ws1 = await workstation('WS01', root);
    const ws2 = await workstation('WS02', root);
    const a = await publishCase(ws1, BUDI);
    const b = await publishCase(ws1);
    await call(ws2.core, 'office.sync', {});
    expect((await call(ws2.core, 'office.status', {})).uncataloguedCount).toBe(0);

    // Deleted: WS02 reads the bags themselves and still finds them; the status names them.
    await fs.rm(catalogueLogPath(root, 'WS01'));
    const afterLoss = await call(ws2.core, 'office.sync', {});
    expect(afterLoss.uncatalogued).toEqual([a.bag, b.bag].sort());
    expect((await call(ws2.core, 'office.find', { nip: BUDI.nip })).matches.map((m) => m.summary.id)).toEqual([a.id]);

    // The owner rebuilds its own catalogue from its bags (loket catalogue rebuild).
    expect(await featuresOf(ws1.core).office.rebuildOwn(root)).toEqual({ code: 'WS01', entries: 2 });
    expect((await call(ws2.core, 'office.sync', {})).uncataloguedCount).toBe(0);

    // Lost again, and the owner just syncs: it puts back what its export record says it published.
    await fs.rm(catalogueLogPath(root, 'WS01'));
    await call(ws1.core, 'office.sync', {});
    expect((await lines(catalogueLogPath(root, 'WS01'))).map((l) => JSON.parse(l).bag).sort()).toEqual([a.bag, b.bag].sort());

    // A damaged line and a torn last line (a crash mid-append): the damage is reported, the torn
    // line ignored until the owner's next append closes it, and every good entry still counts.
    await fs.appendFile(catalogueLogPath(root, 'WS01'), '{"v":1,"bag":"rusak"}\n{"v":1,"bag":"2026/terpotong');
    const damaged = await call(ws2.core, 'office.sync', {});
    expect(damaged.damaged).toEqual(['WS01.jsonl: 1 baris rusak']);
    expect(damaged.uncataloguedCount).toBe(0);
    const c = await publishCase(ws1);
    const after = await call(ws2.core, 'office.sync', {});
    expect(after.damaged).toEqual(['WS01.jsonl: 2 baris rusak']);
    expect((await call(ws2.core, 'office.find', { nip: validIntake().requester.nip })).matches.map((m) => m.summary.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('the share vanishing mid-sync loses nothing: the cache stays whole and answers with its age', { timeout: 180_000 }, async () => {
    const root = await tempDir('loket-office-gone-');
    const ws1 = await workstation('WS01', root);
    const ws2 = await workstation('WS02', root);
    const a = await publishCase(ws1, BUDI);
    await call(ws2.core, 'office.sync', {});
    const cacheBefore = await fs.readFile(path.join(ws2.dir, OFFICE_CACHE_FILE), 'utf8');
    // A new bag arrives, and the drive goes while WS02 reads it.
    await publishCase(ws1);
    const reading = call(ws2.core, 'office.sync', {});
    // Disconnected at once, as a share is (every later operation fails), not emptied file by file.
    await fs.rename(root, `${root}-weg`);
    await reading;
    const cache = await fs.readFile(path.join(ws2.dir, OFFICE_CACHE_FILE), 'utf8');
    // Either the read finished before the drive went, or the previous cache stands: never a torn file.
    expect(() => JSON.parse(cache) as unknown).not.toThrow();
    if (cache !== cacheBefore) expect(JSON.parse(cache)).toMatchObject({ root });

    ws2.clock.advance(5);
    const found = await call(ws2.core, 'office.find', { nip: BUDI.nip });
    expect(found.matches.map((m) => m.summary.id)).toEqual([a.id]);
    expect(found.note).toMatch(/tidak dapat dibuka \(drive bersama terputus\?\)\. Hasil dari salinan terakhir di komputer ini/);
    // WS02's own cases are untouched, and it may still register requests with the share away.
    await call(ws2.core, 'cases.create', validIntake());
    await fs.rm(`${root}-weg`, { recursive: true, force: true });
  });
});
