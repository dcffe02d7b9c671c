import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, errorMessage, getBridge, toResult } from '../../../renderer/api/client';
import { newIntakeDraft } from '../../../renderer/features/intake/intakeDraft';
import { openCoreBridge, type CoreBridge } from '../support';
import { testNow } from '../../support/clock';
import { textIn } from '../../../shared/messages/format';

describe('toResult', () => {
  it('passes success and error results through', () => {
    expect(toResult({ ok: true, value: 3 })).toEqual({ ok: true, value: 3 });
    const err = { code: 'not_found', message: 'Berkas tidak ditemukan.' };
    expect(toResult({ ok: false, error: err })).toEqual({ ok: false, error: err });
  });

  it('turns anything else into an Indonesian internal error', () => {
    for (const raw of [undefined, null, 'ok', { ok: true }, { ok: false, error: { code: 'nope', message: 'x' } }, { ok: false }]) {
      const r = toResult(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('internal');
        expect(r.error.message).toMatch(/tidak dapat dibaca/);
      }
    }
  });
});

describe('getBridge', () => {
  it('finds a bridge with invoke and on, and nothing else', () => {
    const bridge = { invoke: async () => null, on: () => () => undefined };
    expect(getBridge({ loket: bridge })).toBe(bridge);
    expect(getBridge({ loket: { invoke: async () => null } })).toBeNull();
    expect(getBridge({})).toBeNull();
    expect(getBridge(undefined)).toBeNull();
  });
});

describe('call against the real core', () => {
  let cb: CoreBridge;
  let call: ReturnType<typeof createClient>;
  beforeAll(async () => {
    cb = await openCoreBridge();
    call = createClient(() => cb.bridge);
  });
  afterAll(async () => {
    await cb.close();
  });

  it('resolves to the typed output', async () => {
    const settings = await call('settings.get', {});
    expect(settings.configured).toBe(false);
    expect(settings.timeZone).toBe('WIB');
    const list = await call('cases.list', { limit: 10 });
    expect(list).toEqual({ total: 0, offset: 0, items: [] });
  });

  it('throws ApiError carrying the core error value', async () => {
    const e = await call('cases.get', { id: '2026-WS01-00042' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    const api = e as ApiError;
    expect(api.code).toBe('not_found');
    expect(api.message.length).toBeGreaterThan(5);
    expect(errorMessage(api)).toBe(api.message);
  });

  it('reports invalid input field by field, in Indonesian', async () => {
    const draft = newIntakeDraft({ now: testNow(), defaultOperator: 'Rina' });
    const e = await call('cases.create', { ...draft, kind: 'reset_password', changes: [], requester: { ...draft.requester, nip: '123' } }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ApiError);
    const api = e as ApiError;
    expect(api.code).toBe('invalid_input');
    expect(api.error.fields?.['requester.nip']).toBe('NIP harus 18 digit.');
    expect(api.error.fields?.['requester.name']).toBe('Nama wajib diisi.');
    // The same messages by key, for the UI's language (issue 10 §9).
    expect(textIn('en', api.fields?.['requester.nip'] ?? '')).toBe('The NIP must have 18 digits.');
    expect(textIn('en', api.fields?.['requester.name'] ?? '')).toBe('Name is required.');
  });

  it('says in Indonesian when there is no bridge or the transport fails', async () => {
    const none = await createClient(() => null)('app.info', {}).catch((x: unknown) => x);
    expect(none).toBeInstanceOf(ApiError);
    expect((none as ApiError).message).toMatch(/aplikasi Loket Akun SPSE/);
    const broken = createClient(() => ({
      invoke: () => Promise.reject(new Error('channel closed')),
      on: () => () => undefined,
    }));
    const cut = await broken('app.info', {}).catch((x: unknown) => x);
    expect(cut).toBeInstanceOf(ApiError);
    expect((cut as ApiError).message).toMatch(/terputus/);
    expect(errorMessage(new Error('boom'))).toMatch(/tidak terduga/);
  });
});
