/**
 * `loket export` and `loket verify` (issue 5 §6) as IT staff run them, in-process through runCli:
 * a closed case exported to an archive folder, verified (exit 0), tampered with (exit 1, each
 * problem named), and the command-line mistakes (exit 2).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo, runLoket } from '../support/cliIo';
import { TEST_OPERATOR } from '../core/support/operator';
import type { BagReport } from '../../shared/contract/features/archive';
import type { ExportStatus } from '../../shared/domain/archive';
import { tempDir } from '../core/support/tempDir';
import { copyBag, makeClosedCase, reseal } from '../core/archive/support';
import { must } from '../core/workflow/support';

const run = (...argv: string[]) => runLoket(argv);
/** A command that changes cases, as the test operator typing their PIN at the terminal. */
const runAs = (...argv: string[]) => runLoket([...argv, '--operator', TEST_OPERATOR.nip], captureIo({ terminal: TEST_OPERATOR.pin }));

describe('loket export / loket verify', () => {
  it('exports every closed case to an archive folder, verifies it (exit 0), then names each tampering (exit 1)', async () => {
    const dataDir = await tempDir('loket-cli-arc-');
    const root = await tempDir('loket-cli-root-');
    const c = await makeClosedCase(dataDir);

    const exported = await runAs('export', '--data-dir', dataDir, '--all', '--to', root, '--json');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const statuses = JSON.parse(exported.stdout) as ExportStatus[];
    expect(statuses.map((s) => [s.caseId, s.state])).toEqual([[c.id, 'exported']]);
    const bag = path.join(root, ...must(statuses[0]?.bags[0]).path.split('/'));

    // Unchanged: the same bag again, no second version.
    const again = await runAs('export', '--data-dir', dataDir, '--case', c.caseNumber, '--to', root);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain(`OK     ${c.id}: ${bag}`);
    expect((await fs.readdir(path.dirname(bag))).length).toBe(1);

    // The letters service's own letters are in the bag, and verify reads their QR stamps.
    const letters = JSON.parse(await fs.readFile(path.join(bag, 'surat-keluar.json'), 'utf8')) as { letters: Array<{ path: string }> };
    expect(letters.letters.map((l) => l.path)).toEqual(expect.arrayContaining(['data/02-tanda-terima-berkas.pdf', 'data/07-lembar-kendali.pdf']));
    const ok = await run('verify', root);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain(`UTUH   ${bag}`);
    expect(ok.stdout).toMatch(/Semua bag utuh \(1\)\.\n$/);

    // A letter swapped for another real letter, checksums resealed: only its QR stamp gives it away.
    const swapped = await copyBag(bag, await tempDir('loket-cli-tamper-'));
    const [first, second] = letters.letters as [{ path: string }, { path: string }];
    await fs.copyFile(path.join(swapped, ...second.path.split('/')), path.join(swapped, ...first.path.split('/')));
    await reseal(swapped);
    const forged = await run('verify', swapped);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain(`[letter_hash_mismatch] ${first.path}: Hash pada kode QR`);
    expect(forged.stdout.match(/\[[a-z_]+\]/g)).toEqual(['[letter_hash_mismatch]']);

    // A changed byte, an extra file and an edited bag-info.txt, all in one go.
    const scan = path.join(bag, 'data', '01-surat-permohonan.pdf');
    const bytes = await fs.readFile(scan);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    await fs.writeFile(scan, bytes);
    await fs.writeFile(path.join(bag, 'data', 'tambahan.txt'), 'disisipkan');
    const info = path.join(bag, 'bag-info.txt');
    await fs.writeFile(info, (await fs.readFile(info, 'utf8')).replace(/Kode-Klasifikasi: .*/, 'Kode-Klasifikasi: 999'));
    const bad = await run('verify', bag);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`RUSAK  ${bag}`);
    for (const named of ['[checksum_mismatch] data/01-surat-permohonan.pdf', '[unlisted_file] data/tambahan.txt', '[checksum_mismatch] bag-info.txt', '[oxum_mismatch]'])
      expect(bad.stdout).toContain(named);
    expect(bad.stderr).toMatch(/tidak utuh/);
    const json = await run('verify', '--json', root);
    expect(json.code).toBe(1);
    const reports = JSON.parse(json.stdout) as BagReport[];
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ ok: false, complete: false, valid: false });
  });

  it('a missing archive folder leaves the case waiting (exit 1, Indonesian reason); command-line mistakes exit 2', async () => {
    const dataDir = await tempDir('loket-cli-arc-');
    const c = await makeClosedCase(dataDir);
    const missing = path.join(await tempDir('loket-cli-root-'), 'belum-terpasang');
    const r = await runAs('export', '--data-dir', dataDir, '--case', c.id, '--to', missing);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/GAGAL {2}.*Menunggu ekspor\. Folder arsip .* tidak ditemukan atau terputus/);
    expect(r.stderr).toMatch(/belum terekspor/);

    expect((await run('export', '--data-dir', dataDir, '--all')).code).toBe(2);
    expect((await run('export', '--data-dir', dataDir, '--all', '--case', c.id, '--to', missing)).code).toBe(2);
    expect((await run('export', '--data-dir', dataDir, '--to', missing)).code).toBe(2);
    expect((await run('verify')).code).toBe(2);
    const none = await run('verify', missing);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/tidak ditemukan/);
  });
});
