/**
 * Who signs a letter and who acknowledges it (issue 10 §2): the roles come from letters.json
 * (`signers`, per kind), the people from one source each — the head of unit from the agency profile
 * (settings.json), the officer from the trail: the operator recorded on the event that did the work
 * (for the receipt the one recorded at registration). Nothing is copied, so a change of the head in
 * Settings shows on the next letter; a profile not filled in yet prints a visible placeholder,
 * never a name that could pass for a real one.
 */
import type { CaseRecord } from '../../../shared/domain/case';
import { LETTER_STEP, type AcknowledgerRole, type LetterKind, type LetterSigners, type SignerRole } from '../../../shared/domain/letters';
import type { AgencyProfile } from '../../../shared/domain/settings';
import type { OperatorRef } from '../../../shared/domain/trail';
import { foldTrail, type Folded } from '../../../shared/domain/workflowFold';
import { formatNip } from '../../../shared/nip';

/** A signature as printed: caption ("Yang menerima,", "Mengetahui,"), position, name, NIP. */
export interface LetterSignature {
  caption: string;
  position: string;
  name: string;
  nip: string;
}

/** What a letter prints for a profile field not filled in yet (issue 10 §2: visible, never made up). */
export const PROFILE_PLACEHOLDERS = {
  institution: '[Nama instansi belum diisi]',
  unit: '[Nama unit belum diisi]',
  address: '[Alamat belum diisi]',
  city: '[Kota/kabupaten belum diisi]',
  headName: '[Nama Kepala UKPBJ belum diisi]',
  headNip: '[NIP Kepala UKPBJ belum diisi]',
} as const satisfies Record<keyof AgencyProfile, string>;

/** The profile with every empty field replaced by its placeholder. */
export function profileForLetters(agency: AgencyProfile): AgencyProfile {
  const out = { ...agency };
  for (const key of Object.keys(PROFILE_PLACEHOLDERS) as (keyof AgencyProfile)[]) if (out[key].trim() === '') out[key] = PROFILE_PLACEHOLDERS[key];
  return out;
}

/** The SOP role of the officers who do the steps (SOP "Pelaksana"). */
export const OFFICER_POSITION = 'Admin Agency';
const OFFICER_UNRECORDED = { name: '[Nama petugas tidak tercatat]', nip: '[NIP petugas tidak tercatat]' };

/** The head of unit as the profile names them (letters, and the reports' signature: docs/reports.md). */
export const headOf = (agency: AgencyProfile): Omit<LetterSignature, 'caption'> => {
  const p = profileForLetters(agency);
  return { position: `Kepala ${p.unit}`, name: p.headName, nip: agency.headNip ? formatNip(agency.headNip) : p.headNip };
};

/**
 * The officer who did the work the letter documents: the receipt — registration; a step's letter —
 * the operator who completed that visit of the step (the last visit when that one is not done);
 * the step-8 notice — the operator of the reset (step 6), so printing it before step 8 is recorded
 * and after gives the same letter; the control sheet — the last completed step (else registration).
 */
export function officerOf(record: CaseRecord, kind: LetterKind, visit: number, folded: Folded = foldTrail(record.events)): OperatorRef | null {
  const first = record.events[0];
  const genesis = first?.type === 'registered' ? (first.operator ?? null) : null;
  const completed = folded.completions;
  const ofStep = (step: number) => {
    const all = completed.filter((c) => c.payload.step === step);
    return (all[visit - 1] ?? all.at(-1))?.operator ?? null;
  };
  switch (kind) {
    case 'receipt':
      return genesis;
    case 'notification':
      return ofStep(6);
    case 'control_sheet':
      return completed.at(-1)?.operator ?? genesis;
    default:
      return ofStep(LETTER_STEP[kind]);
  }
}

function person(role: SignerRole, record: CaseRecord, kind: LetterKind, visit: number, agency: AgencyProfile, folded: Folded): Omit<LetterSignature, 'caption'> {
  if (role === 'head') return headOf(agency);
  const officer = officerOf(record, kind, visit, folded);
  if (officer) return { position: OFFICER_POSITION, name: officer.name, nip: formatNip(officer.nip) };
  // A case registered before operators were recorded: the receipt still knows the typed name.
  const typed = kind === 'receipt' ? record.intake.receivedBy.trim() : '';
  return { position: OFFICER_POSITION, name: typed || OFFICER_UNRECORDED.name, nip: OFFICER_UNRECORDED.nip };
}

/** The signature on the right and the one under "Mengetahui," (null when the kind has none). */
export function letterSignatures(
  record: CaseRecord,
  kind: LetterKind,
  visit: number,
  agency: AgencyProfile,
  roles: LetterSigners,
  folded: Folded = foldTrail(record.events),
): { signatory: LetterSignature; acknowledger: LetterSignature | null } {
  const ack: AcknowledgerRole = roles.acknowledger;
  return {
    signatory: { caption: kind === 'receipt' ? 'Yang menerima,' : '', ...person(roles.signer, record, kind, visit, agency, folded) },
    acknowledger: ack === 'none' ? null : { caption: 'Mengetahui,', ...person(ack, record, kind, visit, agency, folded) },
  };
}
