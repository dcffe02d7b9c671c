/**
 * Indonesian personal names by region, as they appear on civil-service documents: given names,
 * family/clan names (Batak marga, Minang suku, Bugis "Andi"), and academic titles (gelar).
 */
import type { Prng } from './prng';

export type Sex = 'L' | 'P';

interface NamePool {
  region: string;
  weight: number;
  male: { first: readonly string[]; last: readonly string[] };
  female: { first: readonly string[]; last: readonly string[] };
  /** Builds the bare name from the pools (Balinese and Batak names have their own shape). */
  compose?: (rng: Prng, sex: Sex, first: string, last: string) => string;
}

const POOLS: readonly NamePool[] = [
  {
    region: 'Jawa',
    weight: 34,
    male: {
      first: ['Agus', 'Bambang', 'Budi', 'Joko', 'Slamet', 'Heru', 'Wahyu', 'Eko', 'Teguh', 'Hadi', 'Bayu', 'Arif', 'Yudi', 'Sigit', 'Hendro', 'Imam', 'Didik', 'Bagus', 'Wisnu', 'Galih'],
      last: ['Santoso', 'Prasetyo', 'Nugroho', 'Widodo', 'Purnomo', 'Setiawan', 'Susilo', 'Wibowo', 'Saputro', 'Hartono', 'Suryanto', 'Kurniawan', 'Pamungkas', 'Wicaksono', 'Riyanto', 'Sulistyo', 'Prabowo', 'Handoko'],
    },
    female: {
      first: ['Sri', 'Endang', 'Rina', 'Dewi', 'Wulan', 'Ratna', 'Siti', 'Retno', 'Yuni', 'Puji', 'Eka', 'Nurul', 'Fitri', 'Indah', 'Ayu', 'Dyah', 'Tri', 'Dwi'],
      last: ['Wahyuni', 'Lestari', 'Rahayu', 'Handayani', 'Suryani', 'Utami', 'Astuti', 'Wulandari', 'Susanti', 'Purwaningsih', 'Kusumawati', 'Rahmawati', 'Setyowati', 'Anggraini', 'Pratiwi', 'Sulistyowati'],
    },
  },
  {
    region: 'Sunda',
    weight: 16,
    male: {
      first: ['Asep', 'Dede', 'Ujang', 'Yayan', 'Cecep', 'Dadang', 'Iwan', 'Acep', 'Deden', 'Hendra', 'Rahmat', 'Aep', 'Jajang', 'Wawan'],
      last: ['Saepudin', 'Kurniawan', 'Sopyan', 'Sukmana', 'Hidayat', 'Permana', 'Supriatna', 'Ramdani', 'Nugraha', 'Suherman', 'Mulyana', 'Firmansyah', 'Sutisna', 'Gumilar'],
    },
    female: {
      first: ['Euis', 'Neneng', 'Imas', 'Enok', 'Yanti', 'Rika', 'Lilis', 'Nining', 'Cucu', 'Iis', 'Tati', 'Nenden', 'Rini', 'Lina'],
      last: ['Rohayati', 'Nurhayati', 'Komalasari', 'Sumiati', 'Kartika', 'Rosmawati', 'Herawati', 'Mulyani', 'Jubaedah', 'Nurjanah', 'Susilawati', 'Sukmawati'],
    },
  },
  {
    region: 'Batak',
    weight: 10,
    male: {
      first: ['Tumpal', 'Hotman', 'Parulian', 'Martua', 'Sahat', 'Togar', 'Bonar', 'Daniel', 'Ferdinand', 'Partogi', 'Poltak', 'Maruli', 'Hendrik', 'Binsar'],
      last: ['Siregar', 'Nasution', 'Simanjuntak', 'Hutapea', 'Sitompul', 'Harahap', 'Lubis', 'Simatupang', 'Pardede', 'Sinaga', 'Situmorang', 'Panjaitan', 'Hutagalung', 'Manurung', 'Pasaribu', 'Tambunan', 'Sihombing', 'Napitupulu', 'Silalahi', 'Damanik'],
    },
    female: {
      first: ['Tiurma', 'Lasma', 'Ruth', 'Debora', 'Maria', 'Rotua', 'Rumondang', 'Hotnida', 'Sondang', 'Tetty', 'Elisabet', 'Nova', 'Risma', 'Juliana'],
      last: ['Siregar', 'Nasution', 'Simanjuntak', 'Hutapea', 'Sitompul', 'Harahap', 'Lubis', 'Simatupang', 'Pardede', 'Sinaga', 'Situmorang', 'Panjaitan', 'Manurung', 'Pasaribu', 'Tambunan', 'Sihombing'],
    },
    // Batak women often write their marga after "br." (boru).
    compose: (rng, sex, first, last) => (sex === 'P' && rng.chance(0.5) ? `${first} br. ${last}` : `${first} ${last}`),
  },
  {
    region: 'Minangkabau',
    weight: 9,
    male: {
      first: ['Rahmat', 'Fadli', 'Zulkifli', 'Afrizal', 'Syafrizal', 'Yusrizal', 'Hendri', 'Irwan', 'Zulfikar', 'Dasrul', 'Erizal', 'Nofrianto', 'Yulhendri', 'Rizki'],
      last: ['Putra', 'Syahputra', 'Chaniago', 'Tanjung', 'Piliang', 'Koto', 'Sikumbang', 'Jambak', 'Efendi', 'Hamdani', 'Fauzi', 'Caniago', 'Malik', 'Amri'],
    },
    female: {
      first: ['Fitri', 'Yusnita', 'Elfi', 'Desi', 'Rahmi', 'Yeni', 'Silvia', 'Novita', 'Mardiana', 'Rosnida', 'Yulia', 'Vera', 'Sri', 'Ratna'],
      last: ['Yanti', 'Yulianti', 'Wati', 'Susanti', 'Rahmadani', 'Syafitri', 'Anggraini', 'Ramadhani', 'Fitriani', 'Hayati', 'Yusra', 'Mulyani'],
    },
  },
  {
    region: 'Bugis-Makassar',
    weight: 9,
    male: {
      first: ['Muhammad', 'Ahmad', 'Abdul', 'Syamsul', 'Haerul', 'Ilham', 'Sudirman', 'Amiruddin', 'Rusli', 'Syahrir', 'Baharuddin', 'Hasanuddin', 'Arifin', 'Jufri'],
      last: ['Rahman', 'Ridwan', 'Alam', 'Hamzah', 'Bakri', 'Mappaseng', 'Pawellangi', 'Sultan', 'Makkasau', 'Pabittei', 'Kadir', 'Latief', 'Mappiasse', 'Beddu'],
    },
    female: {
      first: ['Besse', 'Hasnah', 'Rosmiati', 'Hasmawati', 'Marwah', 'Nurmiati', 'Sitti', 'Fatmawati', 'Rahmawati', 'Nurhaeda', 'Salmiah', 'Hasriani'],
      last: ['Tenriawaru', 'Salmah', 'Rahmah', 'Hasanah', 'Syamsiah', 'Kartini', 'Ilyas', 'Kadir', 'Amir', 'Tahir', 'Nurdin', 'Paewa'],
    },
    // "Andi" marks Bugis nobility and is part of the official name.
    compose: (rng, _sex, first, last) => `${rng.chance(0.25) ? 'Andi ' : ''}${first} ${last}`,
  },
  {
    region: 'Bali',
    weight: 6,
    male: {
      first: ['I Made', 'I Wayan', 'I Ketut', 'I Nyoman', 'I Putu', 'I Gede', 'I Komang', 'I Kadek'],
      last: ['Sudarma', 'Suarjana', 'Wiranata', 'Adnyana', 'Sukadana', 'Arsana', 'Mahendra', 'Suardika', 'Wirawan', 'Sedana', 'Astawa', 'Yasa'],
    },
    female: {
      first: ['Ni Luh', 'Ni Made', 'Ni Putu', 'Ni Ketut', 'Ni Wayan', 'Ni Nyoman', 'Ni Kadek', 'Ni Komang'],
      last: ['Ayu Lestari', 'Sri Wahyuni', 'Suartini', 'Ariani', 'Sukerti', 'Widiastuti', 'Purnamasari', 'Sumiartini', 'Wulandari', 'Astiti'],
    },
  },
  {
    region: 'Minahasa',
    weight: 5,
    male: {
      first: ['Johny', 'Frangky', 'Roy', 'Meidy', 'Stevanus', 'Denny', 'Jimmy', 'Ronald', 'Youke', 'Hanny'],
      last: ['Lumowa', 'Tumbelaka', 'Rumengan', 'Sondakh', 'Mandagi', 'Wowor', 'Pangemanan', 'Kalalo', 'Lengkong', 'Rompas'],
    },
    female: {
      first: ['Vivi', 'Jeane', 'Meiske', 'Olly', 'Grace', 'Sherly', 'Novie', 'Deisy', 'Ivonne', 'Christine'],
      last: ['Lumowa', 'Tumbelaka', 'Rumengan', 'Sondakh', 'Mandagi', 'Wowor', 'Pangemanan', 'Kalalo', 'Lengkong', 'Rompas'],
    },
  },
  {
    region: 'Melayu',
    weight: 11,
    male: {
      first: ['Muhammad', 'Ahmad', 'Abdul', 'Fauzan', 'Hasan', 'Ridwan', 'Syaiful', 'Zainal', 'Faisal', 'Yusuf', 'Azhar', 'Rizal'],
      last: ['Fauzi', 'Rahman', 'Hakim', 'Anwar', 'Ismail', 'Hasibuan', 'Munir', 'Ramli', 'Syahputra', 'Azmi', 'Hamid', 'Yunus'],
    },
    female: {
      first: ['Nur', 'Siti', 'Aisyah', 'Fatimah', 'Zahra', 'Rahma', 'Laila', 'Nurul', 'Syarifah', 'Nadia'],
      last: ['Aini', 'Hidayah', 'Fadilah', 'Azizah', 'Khairunnisa', 'Rahmawati', 'Maharani', 'Syafitri', 'Hasanah', 'Amalia'],
    },
  },
];

const BACHELOR = ['S.T.', 'S.Kom.', 'S.E.', 'S.H.', 'S.Sos.', 'S.AP.', 'S.Pd.', 'S.Si.', 'S.I.P.', 'S.Ak.', 'S.Ars.', 'S.P.', 'S.Tr.T.'] as const;
const MASTER = ['M.M.', 'M.T.', 'M.Si.', 'M.Kom.', 'M.AP.', 'M.Ak.', 'M.H.', 'M.E.'] as const;

export interface PersonName {
  /** The full name with titles, as written on letters: "Ir. Bambang Santoso, M.T.". */
  full: string;
  /** Without titles, for User IDs and e-mail addresses. */
  bare: string;
  first: string;
  last: string;
}

/** A name for a person of the given sex, born in `birthYear` (older officials carry the old titles Drs./Dra./Ir.). */
export function personName(rng: Prng, sex: Sex, birthYear: number): PersonName {
  const pool = rng.weighted(POOLS.map((p) => [p, p.weight] as const));
  const names = sex === 'L' ? pool.male : pool.female;
  const first = rng.pick(names.first);
  const last = rng.pick(names.last);
  const bare = pool.compose ? pool.compose(rng, sex, first, last) : `${first} ${last}`;
  let front = '';
  const back: string[] = [];
  const degree = rng.next();
  let graduate = true;
  if (birthYear < 1972 && degree < 0.3) front = rng.pick(sex === 'L' ? ['Drs.', 'Ir.'] : ['Dra.', 'Ir.']);
  else if (degree < 0.08) {
    back.push('A.Md.'); // a diploma: no master's degree on top of it
    graduate = false;
  } else if (degree < 0.92) back.push(rng.pick(BACHELOR));
  else graduate = false;
  if (graduate && rng.chance(0.35)) back.push(rng.pick(MASTER));
  const full = `${front ? `${front} ` : ''}${bare}${back.length > 0 ? `, ${back.join(', ')}` : ''}`;
  return { full, bare, first: first.replace(/^(I|Ni) \S+ ?/, '') || first, last };
}

/** Lowercase ASCII letters only, for e-mail and User ID parts. */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
