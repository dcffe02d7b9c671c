/** The Arsip page's address: each tab has its own hash, unknown tabs are "not found". */
import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABS } from '../../../../renderer/features/archive/tabs';
import { hrefOf, navSection, parseRoute } from '../../../../renderer/router/routes';

describe('archive route', () => {
  it('round-trips every tab and lights the Arsip nav entry', () => {
    expect(parseRoute('#/archive')).toEqual({ name: 'archive', tab: 'outbox' });
    for (const tab of ARCHIVE_TABS) {
      const href = hrefOf({ name: 'archive', tab });
      expect(parseRoute(href)).toEqual({ name: 'archive', tab });
      expect(navSection(parseRoute(href))).toBe('archive');
    }
  });

  it('does not guess an unknown tab', () => {
    expect(parseRoute('#/archive/lainnya').name).toBe('notFound');
    expect(parseRoute('#/archive/registers/x').name).toBe('notFound');
  });
});
