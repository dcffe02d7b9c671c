/**
 * Issue 10 §9: every core and schema message has an English text. The catalogues (shared/messages)
 * have the same keys (en.ts is typed to, this checks it at run time too), no empty text, the same
 * {parameters} in both languages; tokens carry a message through zod and back.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/messages/en';
import { formatMessage, messageFromText, messageRefOf, messageToken, textIn } from '../../shared/messages/format';
import { id } from '../../shared/messages/id';

const params = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('core message catalogues', () => {
  it('have the same keys in Indonesian and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [k, v] of [...Object.entries(id), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [k, v] of Object.entries(id)) expect(params(en[k as keyof typeof id]), k).toEqual(params(v));
  });

  it('fills parameters, nested messages in the same language', () => {
    const ref = { key: 'field.tooLong', params: { label: { key: 'label.notes' }, max: 2000 } } as const;
    expect(formatMessage('id', ref.key, ref.params)).toBe('Catatan paling banyak 2000 karakter.');
    expect(formatMessage('en', ref.key, ref.params)).toBe('Notes can be at most 2000 characters.');
  });

  it('carries a message through a token and back; plain texts stay as they are', () => {
    const token = messageToken('field.required', { label: { key: 'label.letterDate' } });
    expect(messageFromText(token)).toEqual({ key: 'field.required', params: { label: { key: 'label.letterDate' } } });
    expect(textIn('en', token)).toBe('Letter date is required.');
    expect(textIn('id', messageToken('nip.length'))).toBe('NIP harus 18 digit.');
    expect(textIn('en', 'Teks biasa.')).toBe('Teks biasa.');
    expect(messageFromText('@@no.such.key')).toBeNull();
  });

  it('refuses a key or parameter it does not know (a newer core) so the caller falls back to the text', () => {
    expect(messageRefOf({ key: 'from.a.newer.core' })).toBeNull();
    expect(messageRefOf({ key: 'nip.length', params: { x: { nested: true } } })).toBeNull();
    expect(messageRefOf({ key: 'call.unknownMethod', params: { method: 'x' } })).toEqual({ key: 'call.unknownMethod', params: { method: 'x' } });
  });
});
