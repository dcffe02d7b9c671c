import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../../shared/contract/contract';
import { defaultSettings } from '../../shared/domain/settings';

/** Handlers whose every method fails loudly unless a test overrides it. */
function handlersWith(overrides: Partial<Handlers>): Handlers {
  const fail = () => Promise.reject(new Error('unexpected call'));
  return {
    'app.info': fail, 'app.problems': fail, 'settings.get': fail, 'settings.save': fail, 'settings.setLanguage': fail,
    'cases.list': fail, 'cases.get': fail, 'cases.create': fail, 'cases.update': fail,
    ...overrides,
  } as Handlers;
}

describe('dispatch', () => {
  it('validates input before the handler runs and reports fields', async () => {
    const create = vi.fn();
    const r = await dispatch(handlersWith({ 'cases.create': create }), 'cases.create', { kind: 'nonsense' });
    expect(create).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.fields?.['kind']).toBe('Pilih jenis permohonan.');
      expect(r.error.fields?.['requester']).toBeDefined();
    }
  });
  it('returns the validated output', async () => {
    const r = await dispatch(handlersWith({ 'settings.get': async () => defaultSettings() }), 'settings.get', undefined);
    expect(r).toEqual({ ok: true, value: defaultSettings() });
  });
  it('refuses output that breaks the contract instead of passing it on', async () => {
    const onInternalError = vi.fn();
    const bad = { ...defaultSettings(), workstationCode: 'not valid!' };
    const r = await dispatch(handlersWith({ 'settings.get': async () => bad }), 'settings.get', {}, { onInternalError });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onInternalError).toHaveBeenCalledOnce();
  });
  it('turns AppError into an error value and hides other errors', async () => {
    const notFound = await dispatch(
      handlersWith({ 'cases.get': async () => { throw new AppError('not_found', 'Berkas tidak ditemukan.'); } }),
      'cases.get', { id: '2026-WS01-00001' },
    );
    expect(notFound).toEqual({ ok: false, error: { code: 'not_found', message: 'Berkas tidak ditemukan.' } });
    const boom = await dispatch(handlersWith({ 'cases.get': async () => { throw new Error('secret detail'); } }), 'cases.get', { id: '2026-WS01-00001' });
    expect(boom.ok).toBe(false);
    if (!boom.ok) {
      expect(boom.error.code).toBe('internal');
      expect(boom.error.message).not.toContain('secret');
    }
  });
  it('answers in Indonesian even where a schema has no message of its own', async () => {
    const r = await dispatch(handlersWith({}), 'cases.list', { text: 'x'.repeat(201), status: ['nonsense'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fields?.['text']).toMatch(/terlalu/i);
      expect(r.error.fields?.['status.0']).toMatch(/tidak valid|diharapkan|salah/i);
    }
  });
  it('rejects unknown methods and extra input on no-argument methods', async () => {
    expect(await dispatch(handlersWith({}), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch(handlersWith({}), 'app.info', { x: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
