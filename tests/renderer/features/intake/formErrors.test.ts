import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/dates';
import { intakeSchema } from '../../../../shared/domain/case';
import { ApiError, createClient } from '../../../../renderer/api/client';
import { countErrors, mapIntakeFieldErrors } from '../../../../renderer/features/intake/formErrors';
import { blankChange, intakeResolverAt, newIntakeDraft, type IntakeDraft } from '../../../../renderer/features/intake/intakeDraft';
import { openCoreBridge, type CoreBridge } from '../../support';
import { testNow } from '../../../support/clock';
import { messageToken, textIn } from '../../../../shared/messages/format';

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
      nip: '198503122010011003',
      position: 'Pranata Komputer Ahli Muda',
      agency: 'Dinas Pekerjaan Umum',
      userId: 'budi.santoso',
      email: 'budi@dinas.go.id',
      phone: '081234567890',
    },
    letter: { number: '027/123/DPU/2026', date: today, subject: 'Permohonan perubahan User ID' },
    sk: { number: '800/45/UKPBJ/2026', date: today, issuer: 'Kepala UKPBJ', validFrom: today, validUntil: '' },
  };
}

describe('core errors onto the intake form', () => {
  let cb: CoreBridge;
  let call: ReturnType<typeof createClient>;
  beforeAll(async () => {
    cb = await openCoreBridge(clock);
    call = createClient(() => cb.bridge);
    await call('cases.create', intakeSchema.parse(filledDraft(NOW)));
  });
  afterAll(async () => {
    await cb.close();
  });

  it('maps the core’s invalid_input fields onto form names, for create and update', async () => {
    const bad = { ...filledDraft(NOW), requester: { ...filledDraft(NOW).requester, nip: '12' } };
    const created = await call('cases.create', { ...bad, kind: 'change_info', changes: [{ field: 'email', current: 'a', requested: 'a' }] }).catch(
      (e: unknown) => e,
    );
    expect(created).toBeInstanceOf(ApiError);
    const mapped = mapIntakeFieldErrors((created as ApiError).fields);
    expect(mapped.other).toEqual([]);
    expect(mapped.fields).toContainEqual({ name: 'requester.nip', message: messageToken('nip.length') });

    const list = await call('cases.list', {});
    const first = list.items[0];
    if (!first) throw new Error('no case saved');
    const updated = await call('cases.update', { id: first.id, revision: 0, intake: { ...bad, kind: 'change_info', changes: [] } }).catch(
      (e: unknown) => e,
    );
    expect(updated).toBeInstanceOf(ApiError);
    const fields = (updated as ApiError).fields ?? {};
    expect(Object.keys(fields).every((k) => k.startsWith('intake.'))).toBe(true);
    const m2 = mapIntakeFieldErrors(fields, 'intake.');
    expect(m2.other).toEqual([]);
    expect(m2.fields.map((f) => f.name)).toContain('requester.nip');
  });

  it('keeps messages that belong to no field apart', () => {
    const m = mapIntakeFieldErrors({ _: 'Data tidak dikenal.', 'requester.nip': 'NIP harus 18 digit.', 'changes.0.current': 'x', 'intake.kind': 'y' });
    expect(m.fields).toEqual([
      { name: 'requester.nip', message: 'NIP harus 18 digit.' },
      { name: 'changes.0.current', message: 'x' },
    ]);
    expect(m.other).toEqual(['Data tidak dikenal.', 'y']);
  });
});

describe('countErrors', () => {
  const resolve = (draft: IntakeDraft) => intakeResolverAt(clock, 'WIB')(draft, undefined, { fields: {}, shouldUseNativeValidation: false, names: ['changes'] });

  it('counts nested field errors', async () => {
    const d = filledDraft(NOW);
    const r = await resolve({ ...d, requester: { ...d.requester, nip: '12' }, changes: [{ ...blankChange(), current: 'a' }] });
    // requester.nip, changes.0.field, changes.0.requested
    expect(countErrors(r.errors)).toBe(3);
    expect(countErrors({})).toBe(0);
  });

  it('counts a list’s own error (kept under "root" by react-hook-form)', async () => {
    const r = await resolve({ ...filledDraft(NOW), changes: [] });
    expect(textIn('id', r.errors.changes?.root?.message ?? r.errors.changes?.message ?? '')).toBe('Sebutkan sedikitnya satu data yang diminta diubah.');
    expect(countErrors(r.errors)).toBe(1);
  });
});
