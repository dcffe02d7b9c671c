/** `loket import` run for real from the built bundle (dist/cli/loket.mjs + dist/workers/documents.mjs). */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { call, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { filesUnder, textPage, textPdf } from './files';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function loket(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/loket.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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

    const ok = await loket(['import', '--data-dir', data, '--case', c.caseNumber, '--type', 'sk', '--salinan', png, pdf]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('sk.pdf: SK Penetapan Pokja Pemilihan, 2 halaman');

    const bad = path.join(dir, 'palsu.pdf');
    await fs.writeFile(bad, 'bukan pdf sama sekali');
    const refused = await loket(['import', '--data-dir', data, '--case', c.id, bad]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('palsu.pdf: Jenis berkas tidak dikenali');

    const usage = await loket(['import', '--data-dir', data, '--case', c.id]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('sedikitnya satu berkas');

    const again = await openCore(data);
    const { documents } = await call(again, 'documents.list', { caseId: c.id });
    expect(documents.map((d) => [d.type, d.developmentLevel, d.pages.length])).toEqual([['sk', 'salinan', 1], ['sk', 'salinan', 2]]);
    expect(await filesUnder(path.join(data, 'staging'))).toEqual([]);
  });
});
