/**
 * `loket workstation [--data-dir DIR] [--take-over --operator NIP]` (issue 12 §3): the workstation
 * codes claimed on the shared drive, and this PC's. With `--take-over`, this PC takes its code over
 * from the PC that claimed it (this PC replaces that one: a new disk, a new computer).
 */
import path from 'node:path';
import { featuresOf } from '../../core/createCore';
import { defineCommand } from '../command';
import { dataDirOption, operatorAccess, operatorOptions, READ_ONLY, withCore } from '../coreSession';
import { renderTable } from '../table';
import { formatWaktu } from '../../../shared/dates';

export const workstationCommand = defineCommand({
  name: 'workstation',
  summary: 'Kode workstation yang dipakai di drive bersama; ambil alih kode komputer yang digantikan.',
  summaryEn: 'Workstation codes claimed on the shared drive; take over the code of a replaced PC.',
  options: {
    'data-dir': dataDirOption,
    archive: { type: 'string', valueName: 'FOLDER', describe: 'Folder arsip di drive bersama (bawaan: folder arsip di Pengaturan).' },
    'take-over': { type: 'boolean', describe: 'Ambil alih kode workstation komputer ini dari komputer lain yang memakainya (komputer ini menggantikannya).' },
    ...operatorOptions,
  },
  details: ['Contoh:', '  loket workstation', '  loket workstation --take-over --operator 199001152015032001'],
  async run(values, { io }) {
    const access = values['take-over'] ? operatorAccess(values) : READ_ONLY;
    await withCore(
      values['data-dir'],
      io,
      async (s) => {
        if (values.archive?.trim()) featuresOf(s.core).office.useRoot(path.resolve(values.archive));
        const status = values['take-over'] ? await s.call('office.claim', { takeOver: true }) : await s.call('office.sync', {});
        const zone = (await s.call('settings.get', {})).timeZone;
        if (!status.root) {
          io.out('Folder arsip di drive bersama belum diatur (Pengaturan → Arsip & cadangan).\n');
          return;
        }
        if (status.note) io.err(`loket: ${status.note}\n`);
        io.out(renderTable(['Kode', 'Komputer', 'Sejak', ''], status.workstations.map((w) => [w.code, w.computer, formatWaktu(w.claimedAt, zone), w.mine ? 'komputer ini' : ''])));
        if (status.conflict) io.out(`${status.conflict}\n`);
      },
      access,
    );
  },
});
