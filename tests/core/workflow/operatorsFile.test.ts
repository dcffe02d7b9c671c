/**
 * Issue 9 §3: a lost or corrupt operators.json in a folder with cases never reopens first-operator
 * setup; IT's `loket operators reset` is recorded and reopens it; the PIN lockout survives a restart.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../electron/cli/errors';
import { runCli } from '../../../electron/cli/run';
import { confirmOnTerminal } from '../../../electron/cli/terminalConfirm';
import { validIntake } from '../../fixtures/intake';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { ADMIN, PIN, TestClock, setUpOperator } from './support';
import { storeOf } from '../../../electron/core/createCore';
import { intakeSchema } from '../../../shared/domain/case';

/** The suite's "now" (the fixture's letter was received half an hour before it), never the wall clock. */
const fixedClock = () => new TestClock();

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/** A folder with one operator and one case, closed again. */
async function folderWithCase(): Promise<string> {
  const dir = await tempDir();
  const core = await openCore(dir, fixedClock().now, { operator: false });
  await setUpOperator(core);
  await call(core, 'cases.create', validIntake());
  await core.close();
  return dir;
}

const second = { name: 'Dedi Kurniawan', nip: '198807232014021002', role: 'admin_agency', pin: '5511', pinConfirm: '5511' } as const;

describe('operators.json lost or corrupt in a folder with cases', () => {
  it('deleted (with its .bak): no setup; the session says missing and create tells how to restore', async () => {
    const dir = await folderWithCase();
    await fs.rm(path.join(dir, 'operators.json'));
    await fs.rm(path.join(dir, 'operators.json.bak'), { force: true });
    const core = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: false, operatorsProblem: 'missing', locked: true, operator: null });
    const refused = await callError(core, 'operators.create', second);
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('loket restore');
    expect(refused.message).toContain('loket operators reset');
    await expect(fs.access(path.join(dir, 'operators.json'))).rejects.toThrow();
  });

  it('corrupt: quarantined, no setup — also on the next start, when the file is simply gone', async () => {
    const dir = await folderWithCase();
    await fs.writeFile(path.join(dir, 'operators.json'), '{"schemaVersion":1,"operators":[{"id":');
    await fs.writeFile(path.join(dir, 'operators.json.bak'), 'garbage');
    const core = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: false, operatorsProblem: 'corrupt' });
    expect((await callError(core, 'operators.create', second)).message).toMatch(/rusak.*quarantine/);
    await core.close();
    const again = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(again, 'operators.session', {})).toMatchObject({ setupNeeded: false, operatorsProblem: 'corrupt' });
  });

  it('a valid operators.json with no operator, written by hand, opens nothing either', async () => {
    const dir = await folderWithCase();
    await fs.rm(path.join(dir, 'operators.json.bak'), { force: true });
    await fs.writeFile(path.join(dir, 'operators.json'), '{"schemaVersion":1,"operators":[]}\n');
    const core = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: false, operatorsProblem: 'missing' });
    expect((await callError(core, 'operators.create', second)).code).toBe('conflict');
  });

  it('a folder without cases and without operators.json is a new install: setup is open', async () => {
    const core = await openCore(await tempDir(), fixedClock().now, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: true, operatorsProblem: null });
  });

  it('cases that no operator ever touched (registered before any operator) leave setup open after a restart', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, fixedClock().now, { operator: false });
    // As the first-wave app registered cases before operators existed (the contract now refuses
    // that): straight through the store, so the genesis names no operator.
    await storeOf(core).cases.create(intakeSchema.parse(validIntake()));
    await core.close();
    const again = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(again, 'operators.session', {})).toMatchObject({ setupNeeded: true, operatorsProblem: null });
    await call(again, 'operators.create', second);
  });
});

describe('loket operators reset', () => {
  it('without a terminal and without --yes it refuses and changes nothing', async () => {
    const dir = await folderWithCase();
    const before = await fs.readFile(path.join(dir, 'operators.json'), 'utf8');
    const { io, err } = captureIo();
    expect(await runCli(['operators', 'reset', '--data-dir', dir], io)).toBe(EXIT_USAGE);
    expect(err.join('')).toContain('--yes');
    expect(await fs.readFile(path.join(dir, 'operators.json'), 'utf8')).toBe(before);
    await expect(fs.access(path.join(dir, 'operators-log.jsonl'))).rejects.toThrow();
    expect(await runCli(['operators', 'hapus', '--data-dir', dir, '--yes'], io)).toBe(EXIT_USAGE);
  });

  it('is logged (OS user, computer, what was there), keeps the old file, and reopens first-operator setup', async () => {
    const dir = await folderWithCase();
    await fs.rm(path.join(dir, 'operators.json'));
    await fs.rm(path.join(dir, 'operators.json.bak'), { force: true });
    const { io, out } = captureIo();
    expect(await runCli(['operators', 'reset', '--data-dir', dir, '--yes'], io)).toBe(EXIT_OK);
    expect(out.join('')).toContain('operators-log.jsonl');
    const lines = (await fs.readFile(path.join(dir, 'operators-log.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ action: 'operators.reset', previous: { state: 'missing', operators: [] }, keptAs: null });
    expect(typeof entry['osUser']).toBe('string');
    expect(typeof entry['host']).toBe('string');

    const core = await openCore(dir, fixedClock().now, { operator: false });
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: true, operatorsProblem: null });
    const dedi = await call(core, 'operators.create', second);
    expect(await call(core, 'operators.session', {})).toMatchObject({ setupNeeded: false, locked: false, operator: { id: dedi.id } });
    await core.close();

    // A second reset (every PIN forgotten) keeps the operators it removes, and appends to the log.
    expect(await runCli(['operators', 'reset', '--data-dir', dir, '--yes'], captureIo().io)).toBe(EXIT_OK);
    const log = (await fs.readFile(path.join(dir, 'operators-log.jsonl'), 'utf8')).trim().split('\n');
    expect(log).toHaveLength(2);
    const last = JSON.parse(log[1] ?? '') as { previous: { state: string; operators: Array<{ nip: string }> }; keptAs: string };
    expect(last.previous).toMatchObject({ state: 'ok', operators: [{ nip: second.nip }] });
    expect(JSON.parse(await fs.readFile(path.join(dir, last.keptAs), 'utf8'))).toMatchObject({ operators: [{ nip: second.nip }] });
  });

  it('asks on a terminal: only the typed word goes ahead', async () => {
    const ask = async (answer: string) => {
      const input = Object.assign(new PassThrough(), { isTTY: true });
      const output = new PassThrough();
      const asked = confirmOnTerminal('Atur ulang?', 'RESET', { input, output });
      input.end(`${answer}\n`);
      return asked;
    };
    expect(await ask('reset')).toBe(true);
    expect(await ask('ya')).toBe(false);
    expect(await confirmOnTerminal('Atur ulang?', 'RESET', { input: new PassThrough(), output: new PassThrough() })).toBeNull();
  });
});

describe('the PIN lockout survives a restart', () => {
  it('five wrong PINs across two openings of the folder lock the operator; the pause holds after reopening', async () => {
    const clock = fixedClock();
    const dir = await tempDir();
    const first = await openCore(dir, clock.now, { operator: false });
    const rina = await setUpOperator(first);
    await call(first, 'operators.lock', {});
    for (let i = 0; i < 3; i++) await callError(first, 'operators.unlock', { operatorId: rina.id, pin: '000000' });
    await first.close();

    const second = await openCore(dir, clock.now, { operator: false });
    for (let i = 0; i < 2; i++) expect((await callError(second, 'operators.unlock', { operatorId: rina.id, pin: '000000' })).code).toBe('invalid_input');
    expect(await callError(second, 'operators.unlock', { operatorId: rina.id, pin: PIN })).toMatchObject({ code: 'locked', message: /Tunggu 60 detik/ });
    await second.close();

    clock.advance(0.5);
    const third = await openCore(dir, clock.now, { operator: false });
    expect(await callError(third, 'operators.unlock', { operatorId: rina.id, pin: PIN })).toMatchObject({ code: 'locked', message: /Tunggu 30 detik/ });
    clock.advance(0.6);
    expect(await call(third, 'operators.unlock', { operatorId: rina.id, pin: PIN })).toMatchObject({ locked: false, operator: { name: ADMIN.name } });
    expect(JSON.parse(await fs.readFile(path.join(dir, 'pin-attempts.json'), 'utf8'))).toEqual({ schemaVersion: 1, operators: {} });
  });

  it('five wrong PINs sent at once are all counted', async () => {
    const clock = fixedClock();
    const core = await openCore(await tempDir(), clock.now, { operator: false });
    const rina = await setUpOperator(core);
    await call(core, 'operators.lock', {});
    await Promise.all(Array.from({ length: 5 }, () => callError(core, 'operators.unlock', { operatorId: rina.id, pin: '000000' })));
    expect((await callError(core, 'operators.unlock', { operatorId: rina.id, pin: PIN })).code).toBe('locked');
  });
});
