/** Issue 9 §4: a backup takes the app's files by an allow-list; a Chromium profile or a stray file in the data folder stays out. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../../electron/core/backup/writeBackup';
import { listFiles } from '../../../electron/core/backup/backupFiles';
import { BACKUP_MANIFEST } from '../../../electron/core/backup/backupManifest';
import { tempDir } from '../support/tempDir';

async function write(root: string, rel: string, text = 'x'): Promise<void> {
  const file = path.join(root, ...rel.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
}

describe('what a backup takes from the data folder', () => {
  it('only our files and folders: no Chromium profile, no stray file, nothing derived, in flight or transient', async () => {
    const data = await tempDir('loket-data-');
    const ours = [
      'settings.json', 'operators.json', 'operators-log.jsonl', 'workflow.json', 'letters.json', 'letters-register.json', 'archive.json',
      'exports.json', 'scanning.json', 'demo.json', 'cases/2026-WS01-00001.json', 'inbox/manifest.json', 'quarantine/20261124-010203-000_cases__x.json',
      'blobs/ab/cd/abcd',
    ];
    const notOurs = [
      'Local Storage/leveldb/000003.log', 'Code Cache/js/index', 'Crashpad/settings.dat', 'Preferences', 'catatan.txt', 'cases.old/a.json',
      'index.json', 'pin-attempts.json', 'staging/imp-1/page.png', 'scan-staging/job/out.tiff', 'settings.json.bak', 'cases/2026-WS01-00001.json.bak',
      '.settings.json.123-4.tmp',
    ];
    for (const f of [...ours, ...notOurs]) await write(data, f);
    const root = await tempDir('loket-backups-');
    const { dir } = await writeBackup({ dataDir: data, root, name: 'loket-cadangan_WS01_2026-11-24_090000', workstation: 'WS01', appVersion: '0.0.0', now: () => new Date('2026-11-24T02:00:00Z') });
    const copied = (await listFiles(dir)).filter((f) => f !== BACKUP_MANIFEST);
    expect(copied.sort()).toEqual([...ours].sort());
  });
});
