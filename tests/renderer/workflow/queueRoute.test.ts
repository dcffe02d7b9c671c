import { describe, expect, it } from 'vitest';
import { hrefOf, navSection, parseRoute } from '../../../renderer/router/routes';

describe('the work queue route', () => {
  it('reads, writes and lights #/queue; "#/" stays the register', () => {
    expect(parseRoute('#/queue')).toEqual({ name: 'queue' });
    expect(parseRoute(hrefOf({ name: 'queue' }))).toEqual({ name: 'queue' });
    expect(navSection({ name: 'queue' })).toBe('queue');
    expect(parseRoute('#/')).toEqual({ name: 'register' });
    expect(parseRoute('#/queue/x')).toEqual({ name: 'notFound', path: '/queue/x' });
  });
});
