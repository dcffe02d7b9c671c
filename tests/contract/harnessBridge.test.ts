/**
 * Conformance: the harness exposes the same `window.loket` as the Electron preload — exactly the
 * contract's channel list — and its calls reach the same dispatch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract/channels';
import { startHarness, type HarnessSession } from '../e2e/harnessFixture';

let s: HarnessSession;
beforeAll(async () => {
  s = await startHarness('loket-bridge-', { operator: false }); // nobody unlocked: the core's lock answers
});
afterAll(async () => s?.dispose());

describe('harness bridge', () => {
  it('exposes only invoke and on, frozen', async () => {
    const shape = await s.harness.page.evaluate(() => {
      const b = (window as unknown as { loket: object }).loket;
      return { keys: Object.keys(b).sort(), frozen: Object.isFrozen(b) };
    });
    expect(shape).toEqual({ keys: ['invoke', 'on'], frozen: true });
  });
  it('routes every contract method to the core and refuses other names', async () => {
    const results = await s.harness.page.evaluate(async (methods) => {
      const b = (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).loket;
      const out: Record<string, string> = {};
      for (const m of methods) {
        const r = await b.invoke(m, {});
        out[m] = r.ok ? 'ok' : (r.error?.code ?? '?');
      }
      out['unknown'] = await b.invoke('fs.readFile', {}).then(() => 'resolved', (e: Error) => `rejected:${e.message}`);
      return out;
    }, [...METHOD_NAMES]);
    // Open no-argument methods answer; the others reach dispatch and fail its input validation, or
    // (valid input, nobody unlocked) meet the core's lock.
    expect(results).toMatchObject({
      'app.info': 'ok', 'app.problems': 'ok', 'settings.get': 'ok', 'cases.list': 'locked', 'workflow.queue': 'locked',
      'settings.save': 'invalid_input', 'settings.setLanguage': 'invalid_input', 'cases.get': 'invalid_input', 'cases.create': 'invalid_input', 'cases.update': 'invalid_input',
    });
    expect(results['unknown']).toMatch(/^rejected:/);
  });
});
