import { describe, expect, it } from 'vitest';
import { SETTINGS_SECTIONS } from '../../../renderer/features/settings/sections';
import { hrefOf, navSection, navSectionFrom, parseRoute } from '../../../renderer/router/routes';

describe('parseRoute', () => {
  it('reads every route of the app', () => {
    expect(parseRoute('')).toEqual({ name: 'register' });
    expect(parseRoute('#/')).toEqual({ name: 'register' });
    expect(parseRoute('#/cases/new')).toEqual({ name: 'caseNew' });
    expect(parseRoute('#/cases/2026-WS01-00007')).toEqual({ name: 'case', id: '2026-WS01-00007' });
    expect(parseRoute('#/cases/2026-WS01-00007/edit')).toEqual({ name: 'caseEdit', id: '2026-WS01-00007' });
    // Pengaturan opens on its first section; each section has its own address (issue 10 §1).
    expect(parseRoute('#/settings')).toEqual({ name: 'settings', section: 'profil' });
    expect(parseRoute('#/settings/')).toEqual({ name: 'settings', section: 'profil' });
    expect(parseRoute('#/settings/arsip')).toEqual({ name: 'settings', section: 'arsip' });
    expect(parseRoute('#/settings/pindaian')).toEqual({ name: 'settings', section: 'pindaian' });
  });

  it('does not guess at unknown addresses', () => {
    expect(parseRoute('#/cases')).toEqual({ name: 'notFound', path: '/cases' });
    expect(parseRoute('#/cases/x/delete')).toEqual({ name: 'notFound', path: '/cases/x/delete' });
    expect(parseRoute('#/laporan')).toEqual({ name: 'notFound', path: '/laporan' });
    expect(parseRoute('#/settings/rahasia')).toEqual({ name: 'notFound', path: '/settings/rahasia' });
    expect(parseRoute('#/settings/arsip/x')).toEqual({ name: 'notFound', path: '/settings/arsip/x' });
  });

  it('round-trips hrefs, including ids that need encoding', () => {
    for (const r of [
      { name: 'register' },
      { name: 'caseNew' },
      ...SETTINGS_SECTIONS.map((section) => ({ name: 'settings', section }) as const),
      { name: 'case', id: '2026-WS01-00007' },
      { name: 'caseEdit', id: 'a/b c' },
    ] as const)
      expect(parseRoute(hrefOf(r))).toEqual(r);
    expect(parseRoute('#/cases/%E0%A4%A')).toEqual({ name: 'case', id: '%E0%A4%A' });
  });

  it('lights the navbar entry a page belongs to', () => {
    expect(navSection(parseRoute('#/cases/2026-WS01-00007/edit'))).toBe('register');
    expect(navSection(parseRoute('#/cases/new'))).toBe('caseNew');
    expect(navSection(parseRoute('#/settings'))).toBe('settings');
    expect(navSection(parseRoute('#/settings/surat'))).toBe('settings');
    expect(navSection(parseRoute('#/nope'))).toBeNull();
  });

  it('keeps the list a case was opened from lit, and no other', () => {
    const kase = parseRoute('#/cases/2026-WS01-00007');
    expect(navSectionFrom(kase, 'queue')).toBe('queue');
    expect(navSectionFrom(parseRoute('#/cases/2026-WS01-00007/edit'), 'queue')).toBe('queue');
    expect(navSectionFrom(kase, 'reports')).toBe('reports');
    // Straight from an address, or after saving a new request: the register.
    expect(navSectionFrom(kase, null)).toBe('register');
    expect(navSectionFrom(kase, 'caseNew')).toBe('register');
    expect(navSectionFrom(kase, 'settings')).toBe('register');
    // Other pages light their own entry whatever came before.
    expect(navSectionFrom(parseRoute('#/settings'), 'queue')).toBe('settings');
  });
});
