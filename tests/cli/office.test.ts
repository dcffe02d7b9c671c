/**
 * `loket find`, `loket catalogue status|rebuild` and `loket workstation` (issue 12 §1–3) over two
 * data folders that published real bags into one archive root.
 */
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { catalogueLogPath } from '../../electron/core/office/officeFiles';
import { captureIo, runLoket } from '../support/cliIo';
import { tempDir } from '../core/support/tempDir';
import { publishCase, workstation } from '../core/office/support';

const BUDI = { name: 'Dr. Ir. Budi Santoso, M.T.', nip: '197805212005011004', userId: 'budi.santoso78' };

describe('loket find, catalogue and workstation', () => {
  it('finds across the office, checks and rebuilds a catalogue, and names the PCs by code', { timeout: 240_000 }, async () => {
    const root = await tempDir('loket-cli-office-');
    const ws1 = await workstation('WS01', root);
    const ws2 = await workstation('WS02', root);
    const budi = await publishCase(ws1, BUDI);
    await publishCase(ws2);
    await ws1.core.close();
    await ws2.core.close();

    const json = await runLoket(['find', '--data-dir', ws2.dir, '--nip', BUDI.nip, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      note: '',
      matches: [expect.objectContaining({ caseNumber: budi.caseNumber, caseId: budi.id, workstation: 'WS01', source: 'archive', bag: budi.bag, matchedOn: ['nip'] })],
    });
    const text = await runLoket(['find', '--data-dir', ws2.dir, '--archive', root, '--text', 'BUDI santoso']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`arsip: ${budi.bag}`);
    expect(text.stdout).toMatch(/WS01 .*Dr\. Ir\. Budi Santoso, M\.T\. .*nama/);
    expect(text.stdout).toContain('1 berkas ditemukan.');
    const none = await runLoket(['find', '--data-dir', ws2.dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Sebutkan yang dicari: --nip, --user-id atau --text.');

    const ok = await runLoket(['catalogue', 'status', root]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2 bag di');
    expect(ok.stdout).toContain('2 tercatat di katalog.');
    await fs.rm(catalogueLogPath(root, 'WS01'));
    const lost = await runLoket(['catalogue', 'status', root]);
    expect(lost.code).toBe(1);
    expect(lost.stdout).toContain(`TANPA KATALOG  ${budi.bag}`);
    const rebuilt = await runLoket(['catalogue', 'rebuild', root, '--data-dir', ws1.dir]);
    expect(rebuilt.stdout).toBe(`Katalog WS01 dibangun ulang dari 1 bag di ${root}.\n`);
    expect((await runLoket(['catalogue', 'status', root, '--json'])).code).toBe(0);

    const codes = await runLoket(['workstation', '--data-dir', ws2.dir]);
    expect(codes.code).toBe(0);
    expect(codes.stdout).toMatch(/WS01 .*\nWS02 .*komputer ini/);
    // A third folder set to WS01 is told who holds it.
    const twin = await workstation('WS01', root);
    await twin.core.close();
    const told = await runLoket(['workstation', '--data-dir', twin.dir], captureIo({ now: twin.clock.now }));
    expect(told.stdout).toContain('Kode workstation WS01 sudah dipakai komputer lain');
  });
});
