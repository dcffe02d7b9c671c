import { describe, expect, it } from 'vitest';
import { hrefOf, navSection, parseRoute } from '../../../../renderer/router/routes';

describe('the scan inbox route', () => {
  it('parses, links and lights its own navbar entry', () => {
    expect(parseRoute('#/inbox')).toEqual({ name: 'inbox' });
    expect(parseRoute('#/inbox/extra')).toEqual({ name: 'notFound', path: '/inbox/extra' });
    expect(hrefOf({ name: 'inbox' })).toBe('#/inbox');
    expect(navSection({ name: 'inbox' })).toBe('inbox');
  });
});
