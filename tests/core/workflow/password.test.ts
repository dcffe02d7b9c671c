/**
 * The new SPSE password never touches the disk (docs/sop.md §Decided: Password never stored;
 * issue 3 "Reliability and security"):
 * a full case runs through the core with a known temporary password, then every byte under the data
 * folder and the OS temp folder is searched for it, raw and encoded, and inside compressed content.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { call, callError, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { fileSystemNow, needlesFor, searchBuffer, searchTree } from './byteSearch';
import { TestClock, drive, setUpOperator } from './support';

/** Known, and unlike anything else on this machine (a fresh random tail per run). */
const PASSWORD = `Kq7#mW4p@Tn${Math.random().toString(36).slice(2, 8)}`;

/** A minimal zip with one deflated entry (local header only: what a search of the bytes meets first). */
function zipOf(name: string, content: Buffer): Buffer {
  const data = zlib.deflateRawSync(content);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name), data]);
}

describe('the byte search can fail (positive control)', () => {
  it('finds a secret raw, as UTF-16, base64, hex, percent-encoded, and inside gzip, zlib and zip', () => {
    const secret = 'Kontrol#Rahasia@42';
    const needles = needlesFor(secret);
    const text = (s: string) => Buffer.from(`{"catatan":"${s}"}`);
    const cases: [string, Buffer][] = [
      ['utf8', text(secret)],
      ['utf16le', Buffer.from(`x${secret}y`, 'utf16le')],
      ['utf16be', Buffer.from(Buffer.from(secret, 'utf16le')).swap16()],
      ['base64', Buffer.from(Buffer.concat([Buffer.from('a'), Buffer.from(secret), Buffer.from('zz')]).toString('base64'))],
      ['base64url', Buffer.from(Buffer.concat([Buffer.from('ab'), Buffer.from(secret)]).toString('base64url'))],
      ['hex', Buffer.from(Buffer.from(secret).toString('hex').toUpperCase())],
      ['percent', Buffer.from(`p=${encodeURIComponent(secret)}`)],
      ['gzip', zlib.gzipSync(text(secret))],
      ['zlib in a PDF-like stream', Buffer.concat([Buffer.from('%PDF-1.7\nstream\n'), zlib.deflateSync(text(secret)), Buffer.from('\nendstream')])],
      ['zip', zipOf('notice.xml', text(secret))],
      ['base64 inside gzip', zlib.gzipSync(Buffer.from(Buffer.from(secret).toString('base64')))],
    ];
    for (const [label, buf] of cases) expect(searchBuffer(buf, needles).length, label).toBeGreaterThan(0);
    expect(searchBuffer(text('Kontrol#Rahasia@43'), needles)).toEqual([]);
  });
});

describe('the temporary password is never persisted', () => {
  it('a full case with a known temporary password leaves no trace under the data folder or the OS temp folder', { timeout: 600_000 }, async () => {
    const since = await fileSystemNow(os.tmpdir());
    const clock = new TestClock();
    const dir = await tempDir('loket-password-');
    const core = await openCore(dir, clock.now);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', validIntake());

    await drive(core, c.id, ['complete', 'valid'], clock, 'reset_password');
    await call(core, 'workflow.open', { id: c.id, step: 6 });
    expect((await callError(core, 'workflow.password.set', { id: c.id, password: 'short' })).fields).toHaveProperty('password');
    expect(await call(core, 'workflow.password.set', { id: c.id, password: PASSWORD })).toEqual({ held: true });
    expect((await call(core, 'workflow.state', { id: c.id })).password).toEqual({ held: true, source: 'typed' });
    await drive(core, c.id, ['reset_done'], clock, 'reset_password');
    // The step-8 notice may show it: from memory.
    expect(await call(core, 'workflow.password.reveal', { id: c.id })).toEqual({ password: PASSWORD });
    await drive(core, c.id, ['notified'], clock, 'reset_password');
    // Handed over: gone from memory too.
    expect((await callError(core, 'workflow.password.reveal', { id: c.id })).code).toBe('not_found');
    expect((await drive(core, c.id, ['archived'], clock, 'reset_password')).closed).toBe(true);
    // A generated one for a second case, then the core closes with it still held (not yet handed over).
    const c2 = await call(core, 'cases.create', validIntake());
    await drive(core, c2.id, ['complete', 'valid'], clock, 'reset_password');
    await call(core, 'workflow.open', { id: c2.id, step: 6 });
    const generated = (await call(core, 'workflow.password.generate', { id: c2.id })).password;
    expect(generated).toMatch(/^[A-Za-z3-9#%+=?@]{14}$/);
    expect(generated).not.toMatch(/[0125OoIlSZB8]/);
    await core.close();

    const needles = [...needlesFor(PASSWORD), ...needlesFor(generated).map((n) => ({ ...n, label: `generated ${n.label}` }))];
    const data = await searchTree(dir, needles);
    expect(data.files).toBeGreaterThanOrEqual(4); // settings/operators/index + the cases
    expect(data.hits).toEqual([]);
    const temp = await searchTree(os.tmpdir(), needles, { since });
    // The data folder lies in the temp folder: at least its files were searched there too.
    expect(temp.files).toBeGreaterThanOrEqual(data.files);
    expect(temp.hits).toEqual([]);
    // The trail records that a password was reset and how it was made, never the password.
    const trail = await fs.readFile(path.join(dir, 'cases', `${c.id}.json`), 'utf8');
    expect(trail).toContain('"passwordSource": "typed"');
  });
});
