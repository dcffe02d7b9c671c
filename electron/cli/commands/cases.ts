/** `loket cases`: the case register from a terminal, as a table or as JSON for scripts. */
import { formatWaktu } from '../../../shared/dates';
import type { CaseSummary } from '../../../shared/domain/case';
import { formatNip } from '../../../shared/nip';
import { defineCommand } from '../command';
import { dataDirOption, withCore, type CoreSession } from '../coreSession';
import { KIND_LABELS, STATUS_LABELS } from '../../../shared/domain/labels';
import { renderTable } from '../table';

/** The contract's maximum page size for cases.list. */
const PAGE_SIZE = 1000;

/** Every matching case: pages through cases.list until `total` is reached. */
export async function listAllCases(s: CoreSession, text: string): Promise<CaseSummary[]> {
  const items: CaseSummary[] = [];
  for (;;) {
    const page = await s.call('cases.list', { text, offset: items.length, limit: PAGE_SIZE });
    items.push(...page.items);
    // An empty page ends the loop even if a case was deleted between calls and `total` is stale.
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export const casesCommand = defineCommand({
  name: 'cases',
  summary: 'Menampilkan daftar berkas permohonan.',
  summaryEn: 'List the request cases.',
  options: {
    'data-dir': dataDirOption,
    text: {
      type: 'string',
      valueName: 'TEKS',
      describe: 'Saring menurut nomor berkas, nama, NIP, User ID, instansi atau nomor surat.',
    },
    json: { type: 'boolean', describe: 'Cetak larik JSON ringkasan berkas (untuk skrip).' },
  },
  details: [
    'Contoh:',
    '  loket cases --text 198503122010011003',
    '  loket cases --json > berkas.json',
  ],
  async run(values, { io }) {
    await withCore(values['data-dir'], io, async (s) => {
      const text = values.text ?? '';
      const items = await listAllCases(s, text);
      if (values.json) {
        io.out(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      if (items.length === 0) {
        io.out(text ? `Tidak ada berkas yang cocok dengan "${text}".\n` : 'Belum ada berkas.\n');
        return;
      }
      // Times in the zone the office configured (SOP: WIB by default, WITA/WIT configurable).
      const { timeZone } = await s.call('settings.get', {});
      const rows = items.map((c) => [
        c.caseNumber,
        formatWaktu(c.receivedAt, timeZone),
        c.name,
        formatNip(c.nip),
        KIND_LABELS[c.kind],
        STATUS_LABELS[c.status],
      ]);
      io.out(renderTable(['Nomor berkas', 'Diterima', 'Nama', 'NIP', 'Jenis', 'Status'], rows));
      io.out(`\n${items.length} berkas.\n`);
    });
  },
});
