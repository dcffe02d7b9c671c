/**
 * Realistic sample intake payloads (SOP step 1) for demos, manual testing and benchmarks:
 * Pokja members of a kabupaten with valid NIPs (real birth date, plausible TMT, sex digit matching
 * the name), their agencies, SPSE User IDs, contacts, request letters and Pokja SKs. The same
 * `seed` and `now` give the same payloads.
 */
import { TIME_ZONES } from '../../../shared/dates';
import type { ChangeField, IntakeFormValues, RequestKind } from '../../../shared/domain/case';
import { AGENCIES, NOTES, OPERATORS, POSITIONS, type Agency } from './agencies';
import { asciiSlug, personName, type PersonName, type Sex } from './names';
import { Prng } from './prng';

export interface GenerateOptions {
  /** "Now" for the generated history (every date lies before it). Default: the current time. */
  now?: Date;
  /** Every receipt lies at least an hour before this instant (at most `now`). Default: `now`. */
  receivedBefore?: Date;
  /** The kabupaten named in agencies, SK issuers and e-mail domains. */
  kabupaten?: string;
  /** How far back receipts go. Default three years. */
  spanDays?: number;
  /** Each request from another member (a few weeks' open requests: one person rarely has two at once). */
  distinctPeople?: boolean;
}

interface Person {
  name: PersonName;
  sex: Sex;
  nip: string;
  position: string;
  agency: Agency;
  userId: string;
  email: string;
  phone: string;
}

const DAY_MS = 86_400_000;
const WIB_MS = TIME_ZONES.WIB.offsetHours * 3_600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** "YYYY-MM-DD" of a timestamp already shifted to WIB. */
const isoDay = (shiftedMs: number) => new Date(shiftedMs).toISOString().slice(0, 10);

export function generateIntakes(count: number, seed: number, options: GenerateOptions = {}): IntakeFormValues[] {
  const rng = new Prng(seed);
  const now = options.now ?? new Date();
  const kabupaten = options.kabupaten ?? 'Sukamaju';
  const spanDays = options.spanDays ?? 3 * 365;
  const before = options.receivedBefore ?? now;
  // A member comes back now and then (forgotten password, new e-mail), as at a real counter.
  const pool = options.distinctPeople === true ? count : Math.max(1, Math.min(count, Math.max(20, Math.round(count / 4))));
  const people: Person[] = Array.from({ length: pool }, () => makePerson(rng, now, kabupaten));
  const out: IntakeFormValues[] = [];
  for (let i = 0; i < count; i++) out.push(makeIntake(rng, options.distinctPeople === true ? (people[i] as Person) : rng.pick(people), now, before, kabupaten, spanDays));
  return out;
}

function makePerson(rng: Prng, now: Date, kabupaten: string): Person {
  const sex: Sex = rng.chance(0.58) ? 'L' : 'P';
  const thisYear = now.getUTCFullYear();
  const birthYear = rng.int(1966, Math.min(1998, thisYear - 25));
  const birth = new Date(Date.UTC(birthYear, 0, 1) + rng.int(0, 364) * DAY_MS);
  // TMT CPNS: from age 22 to 35, at least three years back (a Pokja member has served a while). Not
  // later: the intake schema checks NIPs against the PC's clock, which may lie before a test's `now`.
  const nowMonths = thisYear * 12 + now.getUTCMonth();
  let apptMonths = (birthYear + rng.int(22, 35)) * 12 + rng.int(0, 11);
  if (apptMonths > nowMonths - 36) apptMonths = nowMonths - 36 - rng.int(0, 24);
  const apptYear = Math.floor(apptMonths / 12);
  const apptMonth = (apptMonths % 12) + 1;
  const nip = `${birth.toISOString().slice(0, 10).replace(/-/g, '')}${apptYear}${pad(apptMonth)}${sex === 'L' ? '1' : '2'}${pad(rng.weighted([[rng.int(1, 9), 6], [rng.int(10, 99), 3], [rng.int(100, 400), 1]] as const), 3)}`;
  const name = personName(rng, sex, birthYear);
  const agency = rng.weighted(AGENCIES.map((a) => [a, a.weight] as const));
  const first = asciiSlug(name.first) || 'pokja';
  const last = asciiSlug(name.last) || 'pbj';
  const userId = rng.weighted([
    [nip, 30],
    [`${first}.${last}`, 40],
    [`pokja.${agency.code.toLowerCase()}${pad(rng.int(1, 30))}`, 10],
    [`${first}${String(birthYear).slice(2)}`, 20],
  ] as const);
  const email = rng.weighted([
    [`${first}.${last}${rng.chance(0.5) ? rng.int(1, 99) : ''}@gmail.com`, 55],
    [`${first}${last}@yahoo.co.id`, 10],
    [`${first}.${last}@${asciiSlug(kabupaten)}kab.go.id`, 35],
  ] as const);
  return { name, sex, nip, position: rng.weighted(POSITIONS), agency, userId, email, phone: makePhone(rng) };
}

/** Indonesian mobile numbers (Telkomsel, Indosat, XL, Tri, Smartfren prefixes), typed the ways people type them. */
function makePhone(rng: Prng): string {
  const prefix = rng.pick(['0811', '0812', '0813', '0821', '0822', '0852', '0853', '0814', '0815', '0856', '0857', '0817', '0818', '0819', '0877', '0878', '0895', '0896', '0881', '0882']);
  const rest = `${rng.int(1000, 9999)}${rng.int(1000, 9999)}`.slice(0, rng.chance(0.7) ? 8 : 7);
  switch (rng.int(0, 3)) {
    case 0:
      return `${prefix}${rest}`;
    case 1:
      return `${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}`;
    case 2:
      return `+62${prefix.slice(1)}${rest}`;
    default:
      return `${prefix} ${rest.slice(0, 4)} ${rest.slice(4)}`;
  }
}

const SUBJECTS: Record<RequestKind, string> = {
  reset_password: 'Permohonan Reset Password User ID SPSE',
  change_info: 'Permohonan Perubahan Informasi User ID SPSE',
  both: 'Permohonan Reset Password dan Perubahan Informasi User ID SPSE Pokja Pemilihan',
};

function makeIntake(rng: Prng, p: Person, now: Date, before: Date, kabupaten: string, spanDays: number): IntakeFormValues {
  const kind = rng.weighted<RequestKind>([['reset_password', 60], ['change_info', 25], ['both', 15]]);
  // Received on a working day (Mon–Fri) between 07:30 and 15:30 WIB, at least an hour before `before`.
  const nowWib = now.getTime() + WIB_MS;
  const latestWib = before.getTime() + WIB_MS - 3_600_000;
  let receivedWib = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = Math.floor((nowWib - rng.int(0, spanDays) * DAY_MS) / DAY_MS) * DAY_MS;
    const t = day + rng.int(7 * 60 + 30, 15 * 60 + 30) * 60_000 + rng.int(0, 59) * 1000;
    const weekday = new Date(day).getUTCDay();
    receivedWib = t;
    if (weekday !== 0 && weekday !== 6 && t < latestWib) break;
  }
  if (receivedWib >= latestWib) receivedWib = latestWib - rng.int(1, 3600) * 1000;
  const receivedDay = isoDay(receivedWib);
  const letterDay = isoDay(receivedWib - rng.weighted([[0, 3], [1, 3], [2, 2], [rng.int(3, 10), 2]] as const) * DAY_MS);
  const year = receivedDay.slice(0, 4);
  const skWib = receivedWib - rng.int(20, 330) * DAY_MS;
  const skDay = isoDay(skWib);
  const skYear = skDay.slice(0, 4);
  const perBupati = rng.chance(0.4);
  return {
    kind,
    changes: kind === 'reset_password' ? [] : makeChanges(rng, p, kabupaten),
    requester: {
      name: p.name.full,
      nip: rng.chance(0.2) ? `${p.nip.slice(0, 8)} ${p.nip.slice(8, 14)} ${p.nip.slice(14, 15)} ${p.nip.slice(15)}` : p.nip,
      position: p.position,
      agency: `${p.agency.name} Kabupaten ${kabupaten}`,
      userId: p.userId,
      email: p.email,
      phone: p.phone,
    },
    letter: {
      // 027 is the classification code for procurement (pengadaan) in regional correspondence.
      number: `027/${rng.int(1, 999)}/${p.agency.code}/${year}`,
      date: letterDay,
      subject: SUBJECTS[kind],
    },
    sk: {
      number: perBupati ? `188.45/${rng.int(10, 900)}/KPTS/${skYear}` : `800/${rng.int(1, 300)}/UKPBJ/${skYear}`,
      date: skDay,
      issuer: perBupati ? `Bupati ${kabupaten}` : `Kepala Bagian Pengadaan Barang dan Jasa Setda Kabupaten ${kabupaten}`,
      validFrom: skDay,
      validUntil: rng.chance(0.7) ? `${year}-12-31` : '',
    },
    receivedAt: new Date(receivedWib - WIB_MS).toISOString(),
    receivedBy: rng.pick(OPERATORS).name,
    notes: rng.weighted(NOTES),
  };
}

/** The next rung of a functional position (kenaikan jenjang), or a move into the PPBJ track. */
function promotion(position: string): string {
  if (position.endsWith('Ahli Pertama')) return position.replace('Ahli Pertama', 'Ahli Muda');
  if (position.endsWith('Ahli Muda')) return position.replace('Ahli Muda', 'Ahli Madya');
  if (position.endsWith('Ahli Madya')) return position.replace('Ahli Madya', 'Ahli Utama');
  return 'Pengelola Pengadaan Barang/Jasa Ahli Pertama';
}

function makeChanges(rng: Prng, p: Person, kabupaten: string): IntakeFormValues['changes'] {
  const fields: ChangeField[] = [];
  const n = rng.weighted([[1, 70], [2, 25], [3, 5]] as const);
  while (fields.length < n) {
    const f = rng.weighted<ChangeField>([['email', 30], ['phone', 25], ['name', 10], ['position', 15], ['workUnit', 10], ['userId', 5], ['nip', 3], ['other', 2]]);
    if (!fields.includes(f)) fields.push(f);
  }
  return fields.map((field) => {
    switch (field) {
      case 'email':
        return { field, label: '', current: p.email, requested: `${asciiSlug(p.name.first) || 'pokja'}.${asciiSlug(p.name.last) || 'pbj'}.pbj@${asciiSlug(kabupaten)}kab.go.id` };
      case 'phone': {
        let requested = makePhone(rng);
        if (requested === p.phone) requested = `${requested.replace(/\D/g, '').slice(0, -1)}7`;
        return { field, label: '', current: p.phone, requested };
      }
      case 'name':
        // Usually a new degree to be added after graduation.
        return { field, label: '', current: p.name.bare, requested: `${p.name.bare}, ${rng.pick(['S.T.', 'S.E.', 'S.Kom.', 'M.M.', 'M.T.', 'M.Si.'])}` };
      case 'position':
        return { field, label: '', current: p.position, requested: promotion(p.position) };
      case 'workUnit': {
        let other = rng.pick(AGENCIES);
        if (other.code === p.agency.code) other = AGENCIES[(AGENCIES.indexOf(other) + 1) % AGENCIES.length] ?? other;
        return { field, label: '', current: `${p.agency.name} Kabupaten ${kabupaten}`, requested: `${other.name} Kabupaten ${kabupaten}` };
      }
      case 'userId':
        return { field, label: '', current: p.userId, requested: p.userId === p.nip ? `${asciiSlug(p.name.first) || 'pokja'}.${p.nip.slice(-4)}` : p.nip };
      case 'nip': {
        // A wrongly registered NIP: two digits of the sequence swapped or mistyped.
        const wrong = `${p.nip.slice(0, 15)}${p.nip.slice(16, 18)}${p.nip.slice(15, 16)}`;
        return { field, label: '', current: wrong === p.nip ? `${p.nip.slice(0, 17)}${(Number(p.nip.slice(17)) + 1) % 10}` : wrong, requested: p.nip };
      }
      case 'other':
        return { field, label: 'Nomor sertifikat kompetensi PBJ', current: `SK-PBJ/${rng.int(1000, 9999)}/2019`, requested: `SK-PBJ/${rng.int(1000, 9999)}/2024` };
    }
  });
}
