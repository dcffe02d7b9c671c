/**
 * `loket find --data-dir DIR [--archive ROOT] (--nip N | --user-id U | --text Q) [--json]`: the
 * office-wide search for IT (issue 12 §2) — earlier cases of a person in this data folder and in
 * every workstation's bags on the shared drive, each with its case number, workstation and where
 * it lives. Read-only. A share that is away answers from the local cache, with a note.
 */
import path from 'node:path';
import { officeQuerySchema } from '../../../shared/domain/office';
import { featuresOf } from '../../core/createCore';
import { defineCommand } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { UsageError } from '../errors';
import { renderTable } from '../table';

export const findCommand = defineCommand({
  name: 'find',
  summary: 'Mencari berkas terdahulu seseorang di komputer ini dan di arsip seluruh kantor (drive bersama).',
  summaryEn: 'Find earlier cases of a person in this data folder and in the whole office archive.',
  options: {
    'data-dir': dataDirOption,
    archive: { type: 'string', valueName: 'FOLDER', describe: 'Folder arsip di drive bersama (bawaan: folder arsip di Pengaturan).' },
    nip: { type: 'string', valueName: 'NIP', describe: 'NIP yang dicari (titik dan spasi boleh).' },
    'user-id': { type: 'string', valueName: 'USERID', describe: 'User ID SPSE yang dicari (huruf besar/kecil sama).' },
    text: { type: 'string', valueName: 'NAMA', describe: 'Nama yang dicari; gelar dan huruf besar/kecil diabaikan.' },
    json: { type: 'boolean', describe: 'Cetak hasil sebagai JSON (untuk skrip).' },
  },
  details: ['Contoh:', '  loket find --nip 19850312201001100 --archive \\\\server\\arsip', '  loket find --text "budi santoso" --json'],
  async run(values, { io }) {
    const parsed = officeQuerySchema.safeParse({ nip: values.nip ?? '', userId: values['user-id'] ?? '', text: values.text ?? '' });
    if (!parsed.success) throw new UsageError('Sebutkan yang dicari: --nip, --user-id atau --text.');
    await withCore(values['data-dir'], io, async (s) => {
      const office = featuresOf(s.core).office;
      if (values.archive !== undefined) {
        if (values.archive.trim() === '') throw new UsageError('Opsi --archive tidak boleh kosong.');
        office.useRoot(path.resolve(values.archive));
      }
      const found = await office.find(parsed.data);
      if (values.json) {
        io.out(`${JSON.stringify({ note: found.note, matches: found.matches.map((m) => ({ caseNumber: m.summary.caseNumber, caseId: m.summary.id, workstation: m.workstation, source: m.source, bag: m.bag, name: m.requester.name, nip: m.requester.nip, userId: m.requester.userId, receivedAt: m.summary.receivedAt, status: m.summary.status, matchedOn: m.matchedOn })) }, null, 2)}\n`);
        return;
      }
      if (found.note) io.err(`loket: ${found.note}\n`);
      if (found.matches.length === 0) {
        io.out('Tidak ada berkas yang cocok.\n');
        return;
      }
      const rows = found.matches.map((m) => [
        m.summary.caseNumber,
        m.workstation,
        m.source === 'local' ? 'komputer ini' : `arsip: ${m.bag}`,
        m.requester.name,
        m.requester.nip,
        m.requester.userId,
        m.matchedOn.map((o) => (o === 'nip' ? 'NIP' : o === 'userId' ? 'User ID' : 'nama')).join(', '),
      ]);
      io.out(renderTable(['Nomor berkas', 'Workstation', 'Tempat', 'Nama', 'NIP', 'User ID', 'Cocok pada'], rows));
      io.out(`${found.matches.length} berkas ditemukan.\n`);
    });
  },
});
