/**
 * The hot folder with real files on disk: a file written slowly is not taken while it grows; temp and
 * system files are left alone; the copy is in the inbox before the original moves to diambil/; the
 * folder may vanish and come back; "leave" never takes a file twice; a crash between copy and
 * manifest loses nothing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HotFolderStatus } from '../../../../shared/contract/features/scanning';
import { HotFolderWatcher, type HotFolderSettings } from '../../../../electron/core/documents/hotFolder/hotFolderWatcher';
import { Inbox } from '../../../../electron/core/documents/hotFolder/inbox';
import type { StoreContext } from '../../../../electron/core/store/context';
import { ProblemLog } from '../../../../electron/core/store/problems';
import { SerialQueues } from '../../../../electron/core/store/serialQueue';
import { tempDir } from '../../support/tempDir';
import { runningClock } from '../../../support/clock';

const watchers: HotFolderWatcher[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.stop()));
});

function context(dataDir: string): StoreContext {
  const now = runningClock().now;
  return { dataDir, queues: new SerialQueues(), problems: new ProblemLog(now), now };
}

const settings = (p: string, over: Partial<HotFolderSettings> = {}): HotFolderSettings => ({
  enabled: true,
  path: p,
  usePolling: false,
  pollIntervalSeconds: 1,
  stableSeconds: 2,
  afterTake: 'move',
  ...over,
});

async function start(dataDir: string, s: HotFolderSettings) {
  const inbox = await Inbox.open(context(dataDir));
  const statuses: HotFolderStatus[] = [];
  const watcher = new HotFolderWatcher({ inbox, now: runningClock().now, maxBytes: 1024 * 1024, onStatus: (st) => statuses.push(st), onTaken: () => undefined });
  watchers.push(watcher);
  await watcher.configure(s);
  return { inbox, watcher, statuses };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await sleep(100);
  }
}

/** A minimal PDF header is what the type sniffer reads (the rest is filler of a given size). */
function pdfBytes(size: number, seed: string): Buffer {
  const head = Buffer.from(`%PDF-1.7\n% ${seed}\n`);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), seed.charCodeAt(0))]);
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('hot folder', () => {
  it('takes a file only after it stops growing, copies it into the inbox, then moves the original to diambil/', async () => {
    const data = await tempDir('loket-hf-data-');
    const hot = await tempDir('loket-hf-hot-');
    const junk = ['Thumbs.db', 'desktop.ini', '._scan.pdf', '~$surat.pdf', 'scan.pdf.tmp'];
    for (const j of junk) await fs.writeFile(path.join(hot, j), pdfBytes(1000, j));
    const { inbox, watcher } = await start(data, settings(hot));
    expect(watcher.status.state).toBe('watching');

    // The MFP writes in pieces for ~4 s (longer than the 2 s stability wait, pauses < 2 s).
    const content: Buffer[] = [];
    const handle = await fs.open(path.join(hot, 'SCAN_0001.pdf'), 'w');
    for (let i = 0; i < 8; i++) {
      const chunk = i === 0 ? pdfBytes(20_000, 'a') : Buffer.alloc(20_000, i);
      content.push(chunk);
      await handle.write(chunk);
      await handle.sync();
      await sleep(500);
      expect(inbox.count, `taken while still growing (after chunk ${i + 1})`).toBe(0);
    }
    await handle.close();
    const whole = Buffer.concat(content);

    await until(() => inbox.count === 1);
    const item = inbox.list()[0];
    if (!item) throw new Error('no inbox item');
    expect(item).toMatchObject({ originalName: 'SCAN_0001.pdf', sha256: sha(whole), bytes: whole.length, mediaType: 'application/pdf', problem: null });
    expect(sha(await fs.readFile(inbox.pathOf(item)))).toBe(sha(whole));
    await until(async () => (await fs.readdir(hot)).includes('diambil') && !(await fs.readdir(hot)).includes('SCAN_0001.pdf'));
    expect(sha(await fs.readFile(path.join(hot, 'diambil', 'SCAN_0001.pdf')))).toBe(sha(whole));
    await until(() => inbox.list()[0]?.originalAt === 'diambil/SCAN_0001.pdf');
    // Junk untouched, never in the inbox.
    expect((await fs.readdir(hot)).sort()).toEqual([...junk, 'diambil'].sort());
    expect(inbox.count).toBe(1);
  });

  it('marks a file of unknown type so it can only be discarded, and refuses nothing silently', async () => {
    const data = await tempDir('loket-hf-data-');
    const hot = await tempDir('loket-hf-hot-');
    const { inbox } = await start(data, settings(hot, { stableSeconds: 1 }));
    await fs.writeFile(path.join(hot, 'catatan.pdf'), 'ini bukan PDF, hanya teks');
    await until(() => inbox.count === 1);
    expect(inbox.list()[0]).toMatchObject({ mediaType: null, problem: expect.stringContaining('tidak dikenali') });
    const removed = await inbox.remove(inbox.list()[0]?.id ?? '');
    expect(inbox.count).toBe(0);
    await expect(fs.access(inbox.pathOf(removed))).rejects.toThrow();
  });

  it('with "leave" keeps the original in place and never takes it twice, across restarts (polling, as on a share)', async () => {
    const data = await tempDir('loket-hf-data-');
    const hot = await tempDir('loket-hf-hot-');
    const s = settings(hot, { afterTake: 'leave', usePolling: true, stableSeconds: 1 });
    const first = await start(data, s);
    await fs.writeFile(path.join(hot, 'a.pdf'), pdfBytes(5000, 'x'));
    await until(() => first.inbox.count === 1);
    await first.watcher.stop();
    await first.inbox.remove(first.inbox.list()[0]?.id ?? ''); // assigned or discarded by the admin

    const second = await start(data, s);
    await sleep(3500);
    expect(second.inbox.count).toBe(0);
    expect(await fs.readdir(hot)).toEqual(['a.pdf']);
    // A changed file under the same name is new content: taken.
    await fs.writeFile(path.join(hot, 'a.pdf'), pdfBytes(6000, 'y'));
    await until(() => second.inbox.count === 1);
  });

  it('reports a vanished folder, keeps retrying, and takes what arrived once it is back', async () => {
    const data = await tempDir('loket-hf-data-');
    const base = await tempDir('loket-hf-base-');
    const hot = path.join(base, 'scan');
    await fs.mkdir(hot);
    const { inbox, watcher, statuses } = await start(data, settings(hot, { stableSeconds: 1 }));
    expect(watcher.status.state).toBe('watching');

    await fs.rename(hot, path.join(base, 'away')); // USB drive pulled / share offline
    await until(() => watcher.status.state === 'unavailable');
    expect(watcher.status.message).toContain('tidak dapat dibuka');
    expect(watcher.status.message).toContain('mencoba lagi');
    await fs.writeFile(path.join(base, 'away', 'later.pdf'), pdfBytes(3000, 'l'));

    await fs.rename(path.join(base, 'away'), hot);
    await until(() => watcher.status.state === 'watching');
    await until(() => inbox.count === 1);
    expect(inbox.list()[0]?.originalName).toBe('later.pdf');
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['watching', 'unavailable']));
  });

  it('says so when the path is not a folder, and is off when disabled', async () => {
    const data = await tempDir('loket-hf-data-');
    const hot = await tempDir('loket-hf-hot-');
    await fs.writeFile(path.join(hot, 'file'), 'x');
    const { watcher } = await start(data, settings(path.join(hot, 'file')));
    expect(watcher.status).toMatchObject({ state: 'error', message: expect.stringContaining('bukan folder') });
    expect(await watcher.configure(settings(hot, { enabled: false }))).toMatchObject({ state: 'off' });
  });

  it('leaves a file bigger than the limit in the folder with a notice', async () => {
    const data = await tempDir('loket-hf-data-');
    const hot = await tempDir('loket-hf-hot-');
    const { inbox, watcher } = await start(data, settings(hot, { stableSeconds: 1 }));
    await fs.writeFile(path.join(hot, 'besar.pdf'), pdfBytes(1024 * 1024 + 1, 'b'));
    await until(() => watcher.status.message.includes('terlalu besar'));
    expect(inbox.count).toBe(0);
    expect(await fs.readdir(hot)).toEqual(['besar.pdf']);
    // "Coba lagi" clears the notice; the file is still too big, so it stays, and the notice returns.
    const retried = await watcher.retry();
    expect(retried.state).toBe('watching');
    await until(() => watcher.status.message.includes('terlalu besar'));
    expect(await fs.readdir(hot)).toEqual(['besar.pdf']);
  });

  it('after a crash between copying and listing, the copy is listed again on open', async () => {
    const data = await tempDir('loket-hf-data-');
    const bytes = pdfBytes(4000, 'c');
    await fs.mkdir(path.join(data, 'inbox', 'files'), { recursive: true });
    await fs.writeFile(path.join(data, 'inbox', 'files', sha(bytes)), bytes);
    const inbox = await Inbox.open(context(data));
    expect(inbox.list()).toEqual([expect.objectContaining({ sha256: sha(bytes), bytes: 4000, mediaType: 'application/pdf', problem: null })]);
  });
});
