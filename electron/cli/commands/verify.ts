/**
 * `loket verify [--json] [--data-dir DIR] FOLDER`: checks one bag or every bag under an archive root —
 * BagIt complete and valid, the profile's labels, the audit trail recomputed, the letters' QR hashes
 * (issue 5 §6) — and compares each bag's trail head with the independent copies it can reach: with
 * `--data-dir`, that folder's export record and letters register (issue 9 §2). Prints a report per
 * bag naming each problem and which copies were compared; exit 1 when any bag has a problem.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/contract/result';
import { TRAIL_COPY_LABELS, type BagReport, type TrailCopyCheck } from '../../../shared/contract/features/archive';
import { stagingLeftovers } from '../../core/archive/publishBag';
import { NO_TRAIL_COPIES, trailCopiesIn } from '../../core/archive/trailHeadCopies';
import { findBags, verifyArchiveBag } from '../../core/archive/verifyArchiveBag';
import { readLetterStamp } from '../../core/letters/stamp';
import { withCatalogueCopy } from '../../core/office/catalogueCopy';
import type { CliCommand, OptionSpec } from '../command';
import { translateParseError, UsageError } from '../errors';

const NAME = 'verify';

const options = {
  'data-dir': {
    type: 'string',
    valueName: 'FOLDER',
    describe: 'Folder data aplikasi yang mengekspor bag: hash jejak audit bag dibandingkan dengan catatan ekspor dan register surat keluarnya.',
  },
  json: { type: 'boolean', describe: 'Cetak laporan sebagai JSON (untuk skrip).' },
} as const satisfies Record<string, OptionSpec>;

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw translateParseError(e, NAME) ?? e;
  }
}

function printReport(r: BagReport, out: (s: string) => void): void {
  const head = r.ok ? 'UTUH ' : 'RUSAK';
  out(`${head}  ${r.bag} (${r.payloadFiles} berkas, ${r.payloadBytes} oktet; lengkap: ${r.complete ? 'ya' : 'tidak'}, sah: ${r.valid ? 'ya' : 'tidak'})\n`);
  for (const p of r.problems) out(`       [${p.code}] ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  const compared = r.copies.filter((c) => c.status === 'match' || c.status === 'mismatch');
  if (compared.length === 0) out('       Salinan independen hash jejak audit: tidak ada yang diperiksa — bag ini hanya cocok dengan dirinya sendiri.\n');
  else out(`       Salinan independen hash jejak audit yang diperiksa: ${compared.map((c) => TRAIL_COPY_LABELS[c.copy]).join(', ')}.\n`);
  for (const c of r.copies) {
    // A mismatch is printed in full among the problems above.
    const message = c.status === 'mismatch' ? 'lihat [trail_copy_mismatch] di atas.' : c.message;
    out(`       ${COPY_STATUS[c.status].padEnd(15)} ${TRAIL_COPY_LABELS[c.copy]}${c.source ? ` [${c.source}]` : ''}: ${message}\n`);
  }
}

const COPY_STATUS: Record<TrailCopyCheck['status'], string> = {
  match: 'cocok',
  mismatch: 'TIDAK COCOK',
  absent: 'tidak tercatat',
  unreachable: 'tidak diperiksa',
};

/** The data folder's copies of the trail heads (read as they are; the core is not opened), or none. */
async function copiesOf(dataDir: string | undefined) {
  if (dataDir === undefined) return NO_TRAIL_COPIES;
  if (dataDir.trim() === '') throw new UsageError('Opsi --data-dir tidak boleh kosong.', NAME);
  const dir = path.resolve(dataDir);
  const st = await fs.stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new AppError('not_found', `Folder data ${dir} tidak ditemukan. Periksa jalurnya (opsi --data-dir).`);
  return trailCopiesIn(dir);
}

export const verifyCommand: CliCommand = {
  name: NAME,
  summary: 'Memeriksa keutuhan bag arsip (BagIt, profil arsip, jejak audit, kode QR surat).',
  summaryEn: 'Verify archive bags (BagIt, archive profile, audit trail, letter QR hashes).',
  operands: 'FOLDER',
  options,
  details: [
    'FOLDER adalah satu bag atau folder arsip (semua bag di dalam folder tahunnya diperiksa).',
    'Hash jejak audit tiap bag dibandingkan dengan salinan yang tidak tersimpan di drive bersama: dengan',
    '--data-dir, catatan ekspor (exports.json) dan register surat keluar folder data itu. Tanpa --data-dir',
    'bag hanya diperiksa terhadap dirinya sendiri, dan laporan menyebutnya. Salinan yang tidak cocok = bag rusak.',
    'Kode keluar 1 bila ada bag yang tidak utuh; setiap masalah disebut nama dan berkasnya. Sisa ekspor',
    'yang terputus (folder .loket-staging) disebut sebagai peringatan.',
    'Contoh:',
    '  loket verify \\\\server\\arsip',
    '  loket verify --data-dir D:\\LoketData \\\\server\\arsip',
    '  loket verify --json E:\\Arsip\\2026\\0007-WS01-RP-UKPBJ-XI-2026_2026-11-25',
  ],
  async invoke(argv, { io }) {
    const parsed = parseCommandLine(argv);
    if (parsed.positionals.length !== 1) throw new UsageError('Sebutkan tepat satu folder: sebuah bag atau folder arsip.', NAME);
    const target = path.resolve(parsed.positionals[0] as string);
    const st = await fs.stat(target).catch(() => null);
    if (!st?.isDirectory()) throw new AppError('not_found', `Folder ${target} tidak ditemukan. Periksa jalurnya atau sambungan ke drive bersama.`);
    // Half-written bags of an export in progress or interrupted (never part of the archive): named, on stderr.
    for (const rel of await stagingLeftovers(target))
      io.err(`loket: peringatan: sisa ekspor yang belum selesai: ${path.join(target, ...rel.split('/'))} — bukan bag arsip. Ekspor berkas itu membersihkannya saat dicoba lagi; bila tidak ada ekspor yang sedang berjalan di komputer mana pun, folder itu boleh dihapus.\n`);
    const bags = await findBags(target);
    if (bags.length === 0) throw new AppError('not_found', `Tidak ada bag arsip (folder berisi bagit.txt) di ${target}.`);
    const copies = await copiesOf(parsed.values['data-dir']);
    const reports: BagReport[] = [];
    for (const bag of bags) reports.push(await verifyArchiveBag(bag, readLetterStamp, withCatalogueCopy(copies)));
    const bad = reports.filter((r) => !r.ok);
    if (parsed.values.json) io.out(`${JSON.stringify(reports, null, 2)}\n`);
    else {
      for (const r of reports) printReport(r, io.out);
      io.out(bad.length === 0 ? `Semua bag utuh (${reports.length}).\n` : `${bad.length} dari ${reports.length} bag bermasalah.\n`);
    }
    if (bad.length > 0) throw new AppError('corrupt', `${bad.length} bag arsip tidak utuh. Jangan ubah bag tersebut; laporkan ke petugas TI beserta keluaran perintah ini.`);
  },
};
