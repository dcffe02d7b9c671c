/**
 * `npm run bench`: runs every bench module, prints each figure with its target and PASS/FAIL, and
 * writes `bench-results.json` at the repository root as [{ name, value, unit }]. Other features add
 * their module to BENCHES. Speed targets live here, never in timed unit tests.
 * `npm run bench -- workflow reports` runs only the named modules (bench-results.json then holds only theirs).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveBench } from './archive.bench';
import { documentsBench } from './documents.bench';
import { officeAuditBench } from './officeAudit.bench';
import type { BenchModule, Figure } from './figure';
import { officeBench } from './office.bench';
import { reportsBench } from './reports.bench';
import { scanningBench } from './scanning.bench';
import { storeBench } from './store.bench';
import { workflowBench } from './workflow.bench';

const BENCHES: ReadonlyArray<readonly [string, BenchModule]> = [
  ['store', storeBench], ['workflow', workflowBench], ['documents', documentsBench], ['scanning', scanningBench], ['archive', archiveBench], ['reports', reportsBench], ['office', officeBench],
  ['audit', officeAuditBench],
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const figures: Figure[] = [];
let failed = 0;
const only = process.argv.slice(2);
const unknown = only.filter((n) => !BENCHES.some(([name]) => name === n));
if (unknown.length > 0) throw new Error(`unknown bench module(s): ${unknown.join(', ')}; known: ${BENCHES.map(([n]) => n).join(', ')}`);
for (const [name, bench] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  for (const f of await bench()) {
    figures.push(f);
    const verdict = f.max === undefined ? 'info' : f.value <= f.max ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed += 1;
    const target = f.max === undefined ? '' : ` (target ≤ ${f.max} ${f.unit})`;
    console.log(`${verdict.padEnd(4)}  ${f.name} = ${f.value} ${f.unit}${target}`);
  }
}
const out = path.join(root, 'bench-results.json');
await fs.writeFile(out, `${JSON.stringify(figures.map(({ name, value, unit }) => ({ name, value, unit })), null, 2)}\n`);
console.log(`\n${figures.length} figures written to ${path.relative(process.cwd(), out) || out}${failed ? `; ${failed} FAIL` : ''}`);
if (failed > 0) process.exitCode = 1;
