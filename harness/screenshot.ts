/**
 * Screenshots of the app at 1366×768 through the harness, for looking at screens we build.
 *   npx tsx harness/screenshot.ts --data-dir DIR --route '#/settings' --out screenshots/settings.png
 *     [--wait-for 'text that must be visible'] [--click 'button name'] ... [--full-page]
 * `--click` presses buttons by their accessible name, in order, before the picture (e.g. submit an
 * empty form to show its errors).
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { launchHarness } from './harness';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    route: { type: 'string', default: '#/' },
    out: { type: 'string' },
    'wait-for': { type: 'string' },
    click: { type: 'string', multiple: true, default: [] },
    'full-page': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'id-ID' },
  },
});
if (!values['data-dir'] || !values.out) {
  console.error('usage: tsx harness/screenshot.ts --data-dir DIR --out FILE.png [--route #/...] [--wait-for TEXT] [--click NAME]...');
  process.exit(2);
}
const harness = await launchHarness({ dataDir: values['data-dir'], locale: values.lang });
try {
  const { page } = harness;
  await page.goto(new URL(values.route, harness.url).toString());
  await page.waitForLoadState('networkidle');
  if (values['wait-for']) await page.getByText(values['wait-for']).first().waitFor({ timeout: 15_000 });
  for (const name of values.click) {
    await page.getByRole('button', { name }).first().click();
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(400);
  await mkdir(dirname(values.out), { recursive: true });
  await page.screenshot({ path: values.out, fullPage: values['full-page'] });
  console.log(values.out);
} finally {
  await harness.close();
}
