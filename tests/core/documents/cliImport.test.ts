/** `loket import` run for real from the built bundle (dist/cli/loket.mjs + dist/workers/documents.mjs). */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { call, openCore, TEST_OPERATOR } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { filesUnder, textPage, textPdf } from './files';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `stdin`: what a script pipes in (`--pin-stdin`); there is never a terminal here. */
function loket(args: readonly string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/loket.mjs'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('loket import', () => {
  it('attaches files by case number and refuses a bad one with its message and a non-zero exit', async () => {
    const dir = await tempDir('loket-cli-import-');
    const data = path.join(dir, 'data');
    const core = await openCore(data);
    const c = await call(core, 'cases.create', demoIntake());
    await core.close();
    const png = await textPage(path.join(dir, 'surat.png'), ['Surat permohonan'], { dpi: 150 });
    const pdf = await textPdf(path.join(dir, 'sk.pdf'), 'Keputusan', 2);

    // A change needs a named operator (issue 9 §3): none, no terminal for the PIN, a wrong PIN.
    const nobody = await loket(['import', '--data-dir', data, '--case', c.caseNumber, png]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('--operator NIP');
    const noTerminal = await loket(['import', '--data-dir', data, '--case', c.caseNumber, '--operator', TEST_OPERATOR.nip, png]);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('tidak ada terminal');
    const wrongPin = await loket(['import', '--data-dir', data, '--case', c.caseNumber, '--operator', TEST_OPERATOR.nip, '--pin-stdin', png], '000000\n');
    expect(wrongPin.code).not.toBe(0);
    expect(wrongPin.stderr).toContain('PIN salah');

    const as = ['--operator', TEST_OPERATOR.nip, '--pin-stdin'];
    const ok = await loket(['import', '--data-dir', data, '--case', c.caseNumber, ...as, '--type', 'sk', '--salinan', png, pdf], `${TEST_OPERATOR.pin}\n`);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('sk.pdf: SK Penetapan Pokja Pemilihan, 2 halaman');

    const bad = path.join(dir, 'palsu.pdf');
    await fs.writeFile(bad, 'bukan pdf sama sekali');
    const refused = await loket(['import', '--data-dir', data, '--case', c.id, ...as, bad], `${TEST_OPERATOR.pin}\n`);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('palsu.pdf: Jenis berkas tidak dikenali');

    const usage = await loket(['import', '--data-dir', data, '--case', c.id, ...as], `${TEST_OPERATOR.pin}\n`);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('sedikitnya satu berkas');

    const again = await openCore(data);
    const { documents } = await call(again, 'documents.list', { caseId: c.id });
    expect(documents.map((d) => [d.type, d.developmentLevel, d.pages.length])).toEqual([['sk', 'salinan', 1], ['sk', 'salinan', 2]]);
    // The trail names who attached them from the command line.
    const trail = (await call(again, 'cases.get', { id: c.id })).events.filter((e) => e.type === 'documents_changed');
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((e) => e.operator?.nip === TEST_OPERATOR.nip)).toBe(true);
    expect(await filesUnder(path.join(data, 'staging'))).toEqual([]);
  });
});
