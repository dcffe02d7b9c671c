/**
 * Issue 9 §3: `loket demo` never writes into a folder with real cases or operators, even with
 * --force; the folder it fills is marked (demo.json), and every letter from it reads "CONTOH".
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../../../electron/cli/errors';
import { runCli } from '../../../electron/cli/run';
import { isDemoFolder } from '../../../electron/core/demo/demoMarker';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { SAMPLE_NOTICE } from '../../../electron/core/letters/content';
import { validIntake } from '../../fixtures/intake';
import { pdfText, openLettersCore } from '../letters/support';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { TestClock, setUpOperator } from '../workflow/support';

/** The suite's clock (LOKET_TEST_NOW puts it at a month's end, a year's end, a leap day): the fixtures' dates follow it. */
const fixedNow = () => new TestClock().now;

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('loket demo and real folders', () => {
  it('refuses a folder holding a real case, with or without --force, and writes nothing', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, fixedNow());
    await setUpOperator(core);
    await call(core, 'cases.create', validIntake());
    await expect(fillDemo(core, 5, 1)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('bukan folder data contoh') });
    await core.close();

    const { io, err } = captureIo();
    expect(await runCli(['demo', '--data-dir', dir, '--count', '2', '--force'], io)).toBe(EXIT_FAILURE);
    expect(err.join('')).toContain('juga tidak dengan --force');
    expect(await fs.readdir(path.join(dir, 'cases'))).toHaveLength(1);
    expect(await isDemoFolder({ dataDir: dir })).toBe(false);
  });

  it('refuses a folder that holds only operators (no case yet), even with --force', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, fixedNow());
    await setUpOperator(core);
    await core.close();
    const { io, err } = captureIo();
    expect(await runCli(['demo', '--data-dir', dir, '--count', '2', '--force'], io)).toBe(EXIT_FAILURE);
    expect(err.join('')).toContain('daftar petugas');
    expect(await fs.readdir(path.join(dir, 'cases')).catch(() => [])).toEqual([]);
    expect(await isDemoFolder({ dataDir: dir })).toBe(false);
  });

  it('marks the folder it fills; --force then refills that demo folder', async () => {
    const dir = await tempDir();
    expect(await runCli(['demo', '--data-dir', dir, '--count', '2'], captureIo().io)).toBe(EXIT_OK);
    expect(await isDemoFolder({ dataDir: dir })).toBe(true);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'demo.json'), 'utf8'))).toMatchObject({ demo: true });
    expect(await runCli(['demo', '--data-dir', dir, '--count', '2'], captureIo().io)).toBe(EXIT_FAILURE);
    expect(await runCli(['demo', '--data-dir', dir, '--count', '2', '--force'], captureIo().io)).toBe(EXIT_OK);
    expect(await fs.readdir(path.join(dir, 'cases'))).toHaveLength(4);
    // A demo folder may set up its (training) operator beside its cases.
    const core = await openCore(dir, fixedNow(), { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: true, operatorsProblem: null });
  });
});

describe('letters from a demo folder', () => {
  it('read "CONTOH" on the page, in the content and in the stamp; a real folder\'s do not', async () => {
    const real = await openLettersCore(await tempDir(), fixedNow());
    await setUpOperator(real.core);
    const realCase = await call(real.core, 'cases.create', validIntake());
    const realPdf = await real.letters.printable(realCase.id, 'receipt', 1, false);
    const realText = await pdfText(realPdf.pdf);
    expect(realText).toContain(realCase.caseNumber);
    expect(realText).not.toContain('CONTOH');
    expect(await real.letters.readStamp(realPdf.pdf)).not.toHaveProperty('sample');

    const demo = await openLettersCore(await tempDir(), fixedNow());
    await fillDemo(demo.core, 2, 4);
    await setUpOperator(demo.core); // a trainee at the keyboard reads the demo case
    const demoCase = (await call(demo.core, 'cases.list', { limit: 5 })).items[0];
    if (!demoCase) throw new Error('no demo case');
    const demoPdf = await demo.letters.printable(demoCase.id, 'receipt', 1, false);
    const text = await pdfText(demoPdf.pdf);
    expect(text).toContain(demoCase.caseNumber);
    // The diagonal mark, the line above the letterhead, the footer and the first paragraph.
    expect(text.match(/CONTOH/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text.replace(/\s+/g, ' ')).toContain(SAMPLE_NOTICE.slice(0, 40));
    expect(await demo.letters.readStamp(demoPdf.pdf)).toMatchObject({ sample: true, caseNumber: demoCase.caseNumber });
    expect(demoPdf.contentHash).not.toBe(realPdf.contentHash);
  });
});
