import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo as capture } from '../../support/cliIo';
import { runCli } from '../../../electron/cli/run';
import type { CaseRecord } from '../../../shared/domain/case';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { TestClock, drive, must, setUpOperator } from './support';


async function run(...argv: string[]) {
  const io = capture();
  const code = await runCli(argv, io);
  return { code, ...io };
}

describe('loket verify-trail', () => {
  it('reports intact trails (exit 0), then the first broken link of a tampered case (exit 1)', async () => {
    const clock = new TestClock();
    const dir = await tempDir();
    const core = await openCore(dir, clock.now);
    await setUpOperator(core);
    const a = await call(core, 'cases.create', validIntake());
    const b = await call(core, 'cases.create', validIntake());
    await drive(core, a.id, ['complete', 'valid'], clock, 'reset_password');
    await core.close();

    const ok = await run('verify-trail', '--data-dir', dir);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toBe('Semua jejak audit utuh (2 berkas, 6 peristiwa).\n');

    // Someone edits the recorded checklist of step 2 in the case file.
    const file = path.join(dir, 'cases', `${a.id}.json`);
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as CaseRecord;
    (must(record.events[2]).payload as { data: { checklist: Record<string, string> } }).data.checklist.sk_in_force = 'no';
    await fs.writeFile(file, JSON.stringify(record, null, 2));

    const broken = await run('verify-trail', '--data-dir', dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`RUSAK  ${a.id}: Jejak audit rusak pada peristiwa ke-3 (step_completed): isi datanya tidak cocok`);
    expect(broken.stdout).toContain('1 dari 2 berkas memiliki jejak audit yang rusak.');
    expect(broken.stderr).toContain('loket: Jejak audit 1 berkas rusak.');

    const one = await run('verify-trail', '--data-dir', dir, b.caseNumber);
    expect(one).toMatchObject({ code: 0, stdout: 'Semua jejak audit utuh (1 berkas, 1 peristiwa).\n' });
    const json = await run('verify-trail', '--json', '--data-dir', dir, a.id);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: a.id, ok: false, brokenAt: 2, problem: 'payload_digest' }]);

    const unknown = await run('verify-trail', '--data-dir', dir, '9999/XX/2026');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Berkas "9999/XX/2026" tidak ditemukan.');
    expect((await run('verify-trail', '--data-dir', dir, a.id, b.id)).code).toBe(2);
  });
});
