/** `loket demo`: fills a data folder with realistic sample requests for training, previews and benchmarks. */
import { PARKED_MAX } from '../../core/demo/closeDemoCases';
import { DEMO_PIN } from '../../core/demo/demoOfficers';
import { checkDemoTarget, fillDemo } from '../../core/demo/fillDemo';
import { defineCommand, integerOption } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { CoreCallError, UsageError } from '../errors';
import { workstationCodeSchema } from '../../../shared/domain/settings';
import { textIn } from '../../../shared/messages/format';

export const DEFAULT_DEMO_COUNT = 50;
const MAX_DEMO_COUNT = 100_000;
const MAX_SEED = 2 ** 32 - 1;
/** Closed cases with documents by default: at most this many (each takes an import and a full SOP walk, ~0.25 s). */
export const DEFAULT_DEMO_CLOSED_MAX = 60;

/**
 * By default every request but the newest few (left mid-way for the queue) is closed, so a training
 * folder's queue holds this month's work, not requests untouched for years; at least a fifth.
 */
export function defaultDemoClosed(count: number): number {
  return Math.min(DEFAULT_DEMO_CLOSED_MAX, Math.max(Math.floor(count / 5), count - PARKED_MAX));
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Mengisi folder data dengan contoh berkas permohonan (untuk pelatihan dan uji coba).',
  summaryEn: 'Fill a data folder with realistic sample requests (training, previews, benchmarks).',
  options: {
    'data-dir': dataDirOption,
    count: { type: 'string', valueName: 'N', describe: `Jumlah berkas contoh (bawaan ${DEFAULT_DEMO_COUNT}, paling banyak ${MAX_DEMO_COUNT}).` },
    seed: { type: 'string', valueName: 'S', describe: 'Benih acak: benih yang sama menghasilkan contoh yang sama.' },
    closed: {
      type: 'string',
      valueName: 'N',
      describe: `Berapa berkas diselesaikan sampai langkah 9 lengkap dengan dokumen pindaian: yang terbaru yang seluruh langkahnya sudah lewat (bawaan: semua kecuali ${PARKED_MAX} terbaru yang dibiarkan di tengah jalan, paling sedikit seperlima, paling banyak ${DEFAULT_DEMO_CLOSED_MAX}).`,
    },
    workstation: { type: 'string', valueName: 'KODE', describe: 'Kode workstation folder contoh, mis. WS02 (beberapa folder contoh berbagi satu arsip).' },
    force: { type: 'boolean', describe: 'Tetap menambahkan ke folder data contoh yang sudah berisi berkas (folder sungguhan selalu ditolak).' },
  },
  details: [
    'Data contoh tidak boleh tercampur dengan berkas sungguhan: folder yang berisi berkas atau petugas',
    'dan bukan folder contoh selalu ditolak, juga dengan --force. Folder yang diisi ditandai sebagai',
    'folder contoh (demo.json); setiap surat darinya bertanda "CONTOH". --force hanya untuk menambah',
    'isi folder contoh yang sudah berisi berkas. Contoh:',
    '  loket demo --data-dir D:\\LoketLatihan --count 200 --seed 7',
    'Berkas yang diselesaikan (--closed) membentuk contoh arsip: lanjutkan dengan',
    '  loket export --data-dir D:\\LoketLatihan --all --to D:\\ArsipLatihan',
    'Beberapa "PC" latihan dengan satu arsip: isi tiap folder dengan --workstation WS01, WS02, ….',
  ],
  async run(values, { io }) {
    const count = integerOption('count', values.count, DEFAULT_DEMO_COUNT, 1, MAX_DEMO_COUNT);
    const seed = values.seed === undefined ? undefined : integerOption('seed', values.seed, 0, 0, MAX_SEED);
    const closed = integerOption('closed', values.closed, defaultDemoClosed(count), 0, count);
    const workstation = values.workstation === undefined ? undefined : workstationCodeSchema.safeParse(values.workstation.trim().toUpperCase());
    if (workstation && !workstation.success) throw new UsageError(`--workstation: ${textIn('id', workstation.error.issues[0]?.message ?? 'kode tidak sah')}`);
    await withCore(values['data-dir'], io, async (s) => {
      // A real folder is refused by the core, --force or not; --force only refills a demo folder.
      await checkDemoTarget(s.core);
      const before = (await s.call('app.info', {})).caseCount;
      if (before > 0 && !values.force)
        throw new CoreCallError({
          code: 'conflict',
          message: `Folder data ${s.dataDir} sudah berisi ${before} berkas. Ini folder data contoh; tambahkan --force untuk menambah isinya.`,
        });
      const result = await fillDemo(s.core, count, seed, { closed, ...(workstation ? { workstation: workstation.data } : {}) });
      const after = (await s.call('app.info', {})).caseCount;
      const closedNote = result.closed > 0 ? `; ${result.closed} di antaranya sudah selesai dan diarsipkan (langkah 9) lengkap dengan dokumen` : '';
      io.out(`${result.created} berkas contoh dibuat di ${s.dataDir} (seluruhnya ${after} berkas)${closedNote}.\n`);
      if (result.operatorsCreated.length > 0)
        io.out(
          `Petugas latihan dibuat (PIN ${DEMO_PIN}): ${result.operatorsCreated.map((o) => `${o.name}, NIP ${o.nip}`).join('; ')}. Ganti PIN ini bila folder dipakai untuk pelatihan bersama.\n`,
        );
    });
  },
});
