/**
 * `loket audit ROOT [--json] [--data-dir DIR]` (issue 12 §4): a full fixity pass over the office
 * archive now — every bag against its manifests and against the catalogue's copy of its digests and
 * trail head, every catalogue entry whose bag is gone — with progress on stderr. Each damaged bag is
 * named with what is wrong and where a good copy is. With --data-dir the pass is that workstation's:
 * logged in its audit log on the share, shown on its Arsip screen, good copies looked up in its
 * backup folder too. Exit 1 when any bag has a problem.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { AuditPass, BagAudit } from '../../../shared/contract/features/office';
import { featuresOf } from '../../core/createCore';
import { NO_AUDIT_LOG } from '../../core/office/auditLog';
import { auditSlice, newPass, targetOf, type SliceOptions } from '../../core/office/fixityAudit';
import { GoodCopies } from '../../core/office/goodCopies';
import { OfficeCatalogue } from '../../core/office/officeCatalogue';
import { listClaims } from '../../core/office/workstationClaims';
import type { CliCommand, OptionSpec } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { archiveRootArg, parseRootArgs } from '../archiveRootArgs';
import { UsageError } from '../errors';
import type { CliIo } from '../io';

const NAME = 'audit';
const options = {
  'data-dir': { ...dataDirOption, describe: 'Folder data workstation yang menjalankan audit: pemeriksaan dicatat di log auditnya di drive bersama dan tampil di layar Arsip-nya.' },
  json: { type: 'boolean', describe: 'Cetak hasil sebagai JSON (untuk skrip).' },
} as const satisfies Record<string, OptionSpec>;

/** "12/340 bag…" on stderr: every bag of a small archive, about a hundred lines for a large one. */
function progress(io: CliIo): NonNullable<SliceOptions['onBag']> {
  return (done, total) => {
    const step = Math.max(1, Math.floor(total / 100));
    if (done === total || done % step === 0) io.err(`${done}/${total} bag…\n`);
  };
}

const LABEL: Record<string, string> = { bag_missing: 'HILANG', not_in_catalogue: 'TANPA KATALOG' };

function printPass(pass: AuditPass, io: CliIo): void {
  for (const b of pass.problems) printBag(b, io);
  const counts = [`${pass.failed} bermasalah`, ...(pass.uncatalogued > 0 ? [`${pass.uncatalogued} di antaranya tanpa entri katalog`] : []), `${pass.missing} entri katalog tanpa bag`];
  const summary = pass.problems.length === 0 ? 'semuanya utuh dan cocok dengan katalog' : counts.join(', ');
  io.out(`${pass.bags} bag diperiksa (${pass.bytes} oktet) di ${pass.root}: ${summary}.\n`);
  if (pass.logNote) io.out(`${pass.logNote}\n`);
}

function printBag(b: BagAudit, io: CliIo): void {
  const head = b.problems.length === 1 ? (LABEL[b.problems[0]?.code ?? ''] ?? 'RUSAK') : 'RUSAK';
  io.out(`${head.padEnd(13)} ${b.bag}${b.caseNumber ? ` (${b.caseNumber}${b.workstation ? `, ${b.workstation}` : ''})` : ''}\n`);
  for (const p of b.problems) io.out(`              [${p.code}] ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  io.out(`              ${b.goodCopy}\n`);
}

/** A pass with no workstation of its own: a throwaway catalogue cache, no log. */
async function auditAsIt(root: string, io: CliIo): Promise<AuditPass> {
  const now = io.now ?? (() => new Date());
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-audit-'));
  try {
    const catalogue = new OfficeCatalogue(cacheDir);
    await catalogue.sync(root, now().toISOString(), Number.POSITIVE_INFINITY);
    const claims = await listClaims(root);
    const copies = new GoodCopies({ computers: new Map(claims.map((c) => [c.code, c.computer])), backupRoot: '', zone: 'WIB' });
    const pass = await auditSlice(newPass(root, 'manual', now().toISOString()), {
      target: targetOf(root, catalogue), limit: Number.POSITIVE_INFINITY, now, zone: 'WIB', copies, log: NO_AUDIT_LOG, listAtMost: Number.POSITIVE_INFINITY,
      logNote: 'Tidak dicatat di log audit drive bersama: jalankan dengan --data-dir agar pemeriksaan tercatat atas nama workstation.',
      onBag: progress(io),
    });
    if (!pass) throw new AppError('internal', 'Audit berhenti sebelum selesai.');
    return pass;
  } finally {
    await fs.rm(cacheDir, { recursive: true, force: true });
  }
}

export const auditCommand: CliCommand = {
  name: NAME,
  operands: 'FOLDER-ARSIP',
  summary: 'Audit keutuhan seluruh arsip kantor: setiap bag terhadap manifesnya dan salinan katalog (kode keluar 1 bila ada masalah).',
  summaryEn: 'Fixity audit of the whole office archive: every bag against its manifests and the catalogue’s copy (exit 1 on any problem).',
  options,
  details: [
    'Setiap bag diperiksa terhadap manifesnya sendiri (sha256 setiap berkas) dan terhadap yang dicatat',
    'workstation penerbitnya di katalog (sidik tagmanifest, Payload-Oxum, hash jejak audit), sehingga bag yang',
    'diubah lalu checksum-nya dihitung ulang tetap ketahuan. Entri katalog yang bag-nya hilang dan bag tanpa',
    'entri katalog juga dilaporkan. Setiap masalah menyebut apa yang salah dan di mana salinan baiknya.',
    'Kemajuan ditulis ke stderr. Aplikasi juga menjalankan audit ini sendiri, sebulan sekali, sedikit tiap hari.',
    'Contoh:',
    '  loket audit \\\\server\\arsip',
    '  loket audit \\\\server\\arsip --data-dir D:\\LoketData --json',
  ],
  async invoke(argv, { io }) {
    const parsed = parseRootArgs(argv, NAME);
    if (parsed.positionals.length > 1) throw new UsageError(`Argumen berlebih: ${parsed.positionals.slice(1).join(' ')}.`, NAME);
    const root = await archiveRootArg(parsed.positionals[0], 'Sebutkan folder arsip di drive bersama, mis. loket audit \\\\server\\arsip.', NAME);
    const dataDir = parsed.values['data-dir'];
    const pass =
      dataDir === undefined
        ? await auditAsIt(root, io)
        : await withCore(dataDir, io, async (s) => {
            const { office, audit } = featuresOf(s.core);
            office.useRoot(root);
            return audit.runFull({ onBag: progress(io), listAtMost: Number.POSITIVE_INFINITY });
          });
    if (parsed.values.json) io.out(`${JSON.stringify(pass, null, 2)}\n`);
    else printPass(pass, io);
    if (pass.problems.length > 0)
      throw new AppError(
        'corrupt',
        `${pass.failed} bag bermasalah dan ${pass.missing} bag hilang di ${root}. Jangan ubah atau hapus bag tersebut; pindahkan ke luar folder arsip dan ekspor ulang dari workstation yang disebut (lihat keluaran di atas), lalu laporkan ke petugas TI.`,
      );
  },
};
