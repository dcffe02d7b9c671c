/**
 * How a demo officer works one SOP step (issue 11 §6): the working minutes around the step's
 * standard (docs/reports.md "Working time"), now and then a pause (called away to the counter, the
 * phone), a colleague taking over after it, and about one execution in eight over the standard —
 * with the written reason the engine requires then (SOP Peringatan: a deviation from the standard
 * time is answered for). Pure and seeded: the same seed walks the same way.
 */
import type { StepNo } from '../../../shared/sop/definition';
import type { Prng } from './prng';

/**
 * Share of executions over the standard, per step: about one in eight overall (issue 11 §6 asks for
 * 10–20 %), more where the admin waits on others (the phone at step 5, SPSE at step 6, the Pokja at
 * step 8), so the monitoring form judges some steps "berjalan dengan baik" and others not.
 */
const OVERRUN_SHARE: Partial<Record<StepNo, number>> = { 2: 0.08, 3: 0.05, 5: 0.22, 6: 0.18, 7: 0.05, 8: 0.15, 9: 0.04 };
const PAUSE_SHARE = 0.15;
/** After a pause, how often a colleague resumes and completes the step. */
const HANDOVER_SHARE = 0.5;

/** Plausible reasons an admin writes when a step ran over, per step; the general ones fit any step. */
const GENERAL_REASONS: readonly string[] = [
  'Antrean di loket panjang; berkas dikerjakan di sela pelayanan.',
  'SPSE lambat diakses.',
  'Jaringan internet kantor terputus sementara.',
  'Komputer loket dimulai ulang karena pembaruan sistem.',
];
const STEP_REASONS: Partial<Record<StepNo, readonly string[]>> = {
  2: ['Pemohon meminta penjelasan tentang persyaratan di loket.', 'SK penetapan Pokja perlu dicocokkan dengan salinan yang lama.'],
  3: ['Printer bermasalah saat mencetak surat pemberitahuan.', 'Nomor telepon pemohon beberapa kali tidak dapat dihubungi.'],
  5: ['Menunggu konfirmasi pemohon melalui telepon.', 'Data akun di SPSE perlu dicocokkan dengan beberapa berkas terdahulu.'],
  6: ['SPSE sedang pemeliharaan; menunggu sampai dapat diakses kembali.', 'Perubahan data di SPSE gagal disimpan dan harus diulang.'],
  7: ['Printer bermasalah saat mencetak surat penolakan.'],
  8: ['Menunggu pemohon datang ke loket untuk menerima pemberitahuan.', 'Pemohon meminta dipandu mengganti password saat itu juga.'],
  9: ['Boks arsip penuh; berkas dipindahkan ke boks baru.'],
};

export interface StepPace {
  /** Working minutes (pauses excluded), whole minutes. */
  worked: number;
  /** Whether `worked` is over the standard; the reason the officer writes then, else ''. */
  overrunReason: string;
  /** A pause after `after` working minutes, lasting `minutes`; `handover`: a colleague resumes and completes. */
  pause: { after: number; minutes: number; handover: boolean } | null;
}

/** How one execution of a timed step with `standard` minutes goes. */
export function stepPace(rng: Prng, step: StepNo, standard: number): StepPace {
  const over = rng.chance(OVERRUN_SHARE[step] ?? 0.1);
  // Within: from a third of the standard up to exactly the standard (still within, docs/reports.md).
  const worked = over ? standard + rng.int(1, Math.max(3, Math.ceil(standard * 0.8))) : rng.int(Math.max(1, Math.ceil(standard / 3)), standard);
  const overrunReason = over ? rng.pick([...(STEP_REASONS[step] ?? []), ...GENERAL_REASONS]) : '';
  const pause = worked > 1 && rng.chance(PAUSE_SHARE) ? { after: rng.int(1, worked - 1), minutes: rng.int(5, 90), handover: rng.chance(HANDOVER_SHARE) } : null;
  return { worked, overrunReason, pause };
}
