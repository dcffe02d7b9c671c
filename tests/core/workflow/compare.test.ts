import { describe, expect, it } from 'vitest';
import { spseAccountSchema } from '../../../shared/domain/workflow';
import { compareWithSpse, mismatchProblems, sameButWrittenDifferently, sameValue } from '../../../shared/domain/workflowCompare';
import { intakeOf } from './support';

describe('step 5 comparison with the SPSE account', () => {
  it('compares as an admin would: case, spaces, NIP dots and the +62 prefix do not count', () => {
    expect(sameValue('name', 'Siti  Nurhaliza, S.T.', 'siti nurhaliza, s.t.')).toBe(true);
    expect(sameValue('nip', '19850312 201001 2 003', '198503122010012003')).toBe(true);
    expect(sameValue('nip', '198503122010012003', '198503122010012004')).toBe(false);
    expect(sameValue('phone', '+62 812-3456-7890', '081234567890')).toBe(true);
    expect(sameValue('userId', 'Siti.Nurhaliza', 'siti.nurhaliza')).toBe(true);
  });

  it('a name differing only in case, spacing, punctuation or titles (gelar) is the same, written differently', () => {
    const same: [string, string][] = [
      ['AGUS SETIAWAN', 'Agus Setiawan, S.T.'],
      ['Agus Setiawan', 'Ir. Agus Setiawan, M.T.'],
      ['agus  setiawan', 'Drs. H. Agus Setiawan, M.Si.'],
      ['Siti Aminah', 'Hj. Siti Aminah, S.E., S.H.'],
      ['Siti Aminah', 'dr. Siti Aminah'],
      ['Bambang Sutrisno', 'Prof. Dr. Bambang Sutrisno, S.Kom., M.T.'],
      ['Rina Wati', 'Rina Wati A.Md.'],
      ['Rina Wati', 'Rina Wati ST'],
      ['Muh. Ali', 'Muh Ali'],
      ["Ma'ruf Amin", 'Maruf Amin'],
      ['Nur-Aini', 'Nur Aini'],
    ];
    for (const [spse, letter] of same) {
      expect(sameValue('name', letter, spse), `${letter} ~ ${spse}`).toBe(true);
      expect(sameButWrittenDifferently('name', letter, spse), `${letter} ~ ${spse}`).toBe(true);
    }
    expect(sameButWrittenDifferently('name', 'Agus Setiawan', ' Agus Setiawan ')).toBe(false);
  });

  it('names that differ in a word are still different, titles or not', () => {
    expect(sameValue('name', 'Agus Setiawan, S.T.', 'Agus Setiawati')).toBe(false);
    expect(sameValue('name', 'H. Agus Setiawan', 'Agus Setiawan Putra')).toBe(false);
    expect(sameValue('name', 'Siti Aminah', 'Siti Nurhaliza')).toBe(false);
    // A name that is only a title-like word stays compared as written.
    expect(sameValue('name', 'Hj.', 'H.')).toBe(false);
    // Balinese particles are part of the name, not titles.
    expect(sameValue('name', 'I Gusti Ngurah Rai', 'Gusti Ngurah Rai')).toBe(false);
  });

  it('marks a row equal-but-written-differently so the form can say "sama (beda penulisan)"', () => {
    const intake = intakeOf('reset_password');
    const rows = compareWithSpse(
      { ...intake, requester: { ...intake.requester, name: 'Agus Setiawan, S.T.' } },
      spseAccountSchema.parse({ name: 'AGUS SETIAWAN', nip: intake.requester.nip, userId: intake.requester.userId }),
    );
    expect(rows.map((r) => [r.field, r.match, r.variant])).toEqual([
      ['name', true, true],
      ['nip', true, false],
      ['userId', true, false],
      ['email', null, false],
      ['phone', null, false],
      ['agency', null, false],
    ]);
    expect(mismatchProblems(rows)).toEqual([]);
  });

  it('a changed field is expected at its current value; empty SPSE values are not compared', () => {
    const intake = intakeOf('both'); // changes the e-mail from the requester's current one
    const rows = compareWithSpse(intake, spseAccountSchema.parse({ name: 'Siti Aminah', nip: intake.requester.nip, email: 'siti.n@sukamajukab.go.id' }));
    expect(rows.map((r) => [r.field, r.match])).toEqual([
      ['name', false],
      ['nip', true],
      ['userId', null],
      ['email', false], // SPSE already shows the requested value: not what the request says is current
      ['phone', null],
      ['agency', null],
    ]);
    expect(rows.find((r) => r.field === 'email')?.expected).toBe('siti.nurhaliza@sukamajukab.go.id');
    expect(mismatchProblems(rows)).toEqual(['Nama tidak sama dengan data di SPSE', 'Email tidak sama dengan data di SPSE']);
  });
});
