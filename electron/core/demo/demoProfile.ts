/**
 * The agency profile `loket demo` puts in a training folder that has none yet (issue 10 §2: the app
 * itself starts empty; only a folder marked as a demo gets an example agency and head). The head is
 * a made-up person with a made-up NIP, printed only on letters marked "CONTOH".
 */
import type { SettingsInput } from '../../../shared/domain/settings';

export const DEMO_AGENCY: SettingsInput['agency'] = {
  institution: 'Pemerintah Kabupaten Sukamaju',
  unit: 'Unit Kerja Pengadaan Barang/Jasa (UKPBJ)',
  address: 'Jl. Merdeka No. 1, Sukamaju',
  city: 'Sukamaju',
  headName: 'Drs. Hendra Gunawan, M.Si.',
  headNip: '197205151998031004',
};
