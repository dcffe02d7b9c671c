/**
 * axe-core in the page under test (WCAG 2.1 AA rules, issue 13): injects the library, runs it on the
 * whole document and keeps the serious and critical violations and any landmark clash, one line per
 * element, so a failing test names the rule, the element and axe's own explanation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Issue 13 asks for unique landmarks too: axe files these under best practice (impact moderate),
 * so they are switched on beside the WCAG tags and block at any impact.
 */
export const LANDMARK_RULES = ['landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main', 'landmark-unique'] as const;

export interface Finding {
  rule: string;
  impact: ImpactValue;
  target: string;
  summary: string;
}

export async function scan(page: Page): Promise<Finding[]> {
  // Animations (a dialog fading in) would let axe read half-transparent colours.
  await page.waitForTimeout(400);
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ([tags, extra]) =>
      (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(extra.map((r) => [r, { enabled: true }])),
        resultTypes: ['violations'],
      }),
    [[...WCAG_21_AA], [...LANDMARK_RULES]] as const,
  );
  // The extra rules really ran (an option axe ignored would pass silently).
  const ran = new Set([...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id));
  const skipped = LANDMARK_RULES.filter((r) => !ran.has(r));
  if (skipped.length > 0) throw new Error(`axe did not run ${skipped.join(', ')}`);
  return results.violations
    .filter((v) => (v.impact && BLOCKING.includes(v.impact)) || (LANDMARK_RULES as readonly string[]).includes(v.id))
    .flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact as ImpactValue,
        target: n.target.join(' '),
        summary: (n.failureSummary ?? v.help).replace(/\s+/g, ' ').slice(0, 300),
      })),
    );
}

export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.impact} ${f.rule} ${f.target}: ${f.summary}`).join('\n');
}
