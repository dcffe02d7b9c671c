import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/dates';
import { intakeSchema } from '../../../../shared/domain/case';
import { createClient } from '../../../../renderer/api/client';
import { countErrors } from '../../../../renderer/features/intake/formErrors';
import { blankChange, draftFromRecord, intakeResolverAt, newIntakeDraft, type IntakeDraft } from '../../../../renderer/features/intake/intakeDraft';
import { openCoreBridge, type CoreBridge } from '../../support';
import { testNow } from '../../../support/clock';
import { textIn } from '../../../../shared/messages/format';

const resolve = (draft: IntakeDraft) => intakeResolverAt(clock, 'WIB')(draft, undefined, { fields: {}, shouldUseNativeValidation: false });

/** The fixed test clock: the form's and the core's "today" (tests never read the wall clock). */
const NOW = testNow();
const clock = () => NOW;

function filledDraft(now: Date): IntakeDraft {
  const today = localDate(now, 'WIB');
  return {
    ...newIntakeDraft({ now, defaultOperator: 'Rina Marlina' }),
    kind: 'change_info',
    changes: [{ field: 'email', label: '', current: 'lama@dinas.go.id', requested: 'baru@dinas.go.id' }],
    requester: {
      name: 'Budi Santoso, S.T.',
      nip: '19850312 201001 1 003',
      position: 'Pranata Komputer Ahli Muda',
      agency: 'Dinas Pekerjaan Umum',
      userId: 'budi.santoso',
      email: 'budi@dinas.go.id',
      phone: '0812-3456-7890',
    },
    letter: { number: '027/123/DPU/2026', date: today, subject: 'Permohonan perubahan User ID' },
    sk: { number: '800/45/UKPBJ/2026', date: today, issuer: 'Kepala UKPBJ', validFrom: today, validUntil: '' },
  };
}

describe('the intake draft and intakeSchema', () => {
  it('starts empty except for the receipt: received now, by the default operator', () => {
    const now = new Date('2026-11-25T07:05:42.123Z');
    const d = newIntakeDraft({ now, defaultOperator: 'Rina Marlina' });
    expect(d.receivedAt).toBe('2026-11-25T07:05:00.000Z');
    expect(d.receivedBy).toBe('Rina Marlina');
    expect(d.kind).toBe('');
    expect(d.changes).toEqual([]);
  });

  it('reports each missing field with the schema’s Indonesian message', async () => {
    const r = await resolve(newIntakeDraft({ now: NOW, defaultOperator: '' }));
    expect(textIn('id', r.errors.kind?.message ?? '')).toBe('Pilih jenis permohonan.');
    expect(textIn('id', r.errors.requester?.nip?.message ?? '')).toBe('NIP wajib diisi.');
    expect(textIn('id', r.errors.letter?.date?.message ?? '')).toBe('Tanggal surat wajib diisi.');
    expect(textIn('id', r.errors.receivedBy?.message ?? '')).toBe('Petugas penerima wajib diisi.');
    // kind, 7 requester fields, 3 letter fields, 4 SK fields, receivedBy — and no more:
    // validUntil and notes may stay empty, receivedAt is prefilled.
    expect(countErrors(r.errors)).toBe(16);
    expect(r.errors.sk?.validUntil).toBeUndefined();
  });

  it('asks for the datum of a blank change row', async () => {
    const draft = { ...filledDraft(NOW), changes: [blankChange()] };
    const r = await resolve(draft);
    expect(textIn('id', r.errors.changes?.[0]?.field?.message ?? '')).toBe('Pilih data yang diubah.');
    expect(textIn('id', r.errors.changes?.[0]?.current?.message ?? '')).toBe('Data lama wajib diisi.');
    expect(countErrors(r.errors)).toBe(3);
  });

  it('gives the core’s intake for a complete draft (NIP and phone normalised)', async () => {
    const r = await resolve(filledDraft(NOW));
    expect(r.errors).toEqual({});
    expect(r.values).toMatchObject({ kind: 'change_info', requester: { nip: '198503122010011003', phone: '081234567890' } });
  });
});

describe('the intake form against the real core', () => {
  let cb: CoreBridge;
  let call: ReturnType<typeof createClient>;
  beforeAll(async () => {
    cb = await openCoreBridge(clock);
    call = createClient(() => cb.bridge);
  });
  afterAll(async () => {
    await cb.close();
  });

  it('saves what the form gives and loads it back into an equal draft', async () => {
    // What the resolver hands to onSubmit is intakeSchema's output for the draft.
    const saved = await call('cases.create', intakeSchema.parse(filledDraft(NOW)));
    const again = await resolve(draftFromRecord(saved));
    expect(again.errors).toEqual({});
    expect(again.values).toEqual(saved.intake);
    const updated = await call('cases.update', { id: saved.id, revision: saved.revision, intake: { ...saved.intake, notes: 'Dikoreksi' } });
    expect(updated.revision).toBe(saved.revision + 1);
    expect(draftFromRecord(updated).notes).toBe('Dikoreksi');
  });
});
