import { describe, expect, it } from 'vitest';
import { spseAccountSchema } from '../../../shared/domain/workflow';
import { compareWithSpse, mismatchProblems, sameValue } from '../../../shared/domain/workflowCompare';
import { intakeOf } from './support';

describe('step 5 comparison with the SPSE account', () => {
  it('compares as an admin would: case, spaces, NIP dots and the +62 prefix do not count', () => {
    expect(sameValue('name', 'Siti  Nurhaliza, S.T.', 'siti nurhaliza, s.t.')).toBe(true);
    expect(sameValue('nip', '19850312 201001 2 003', '198503122010012003')).toBe(true);
    expect(sameValue('nip', '198503122010012003', '198503122010012004')).toBe(false);
    expect(sameValue('phone', '+62 812-3456-7890', '081234567890')).toBe(true);
    expect(sameValue('userId', 'Siti.Nurhaliza', 'siti.nurhaliza')).toBe(true);
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
