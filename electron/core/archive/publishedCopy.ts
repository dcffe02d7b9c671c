/**
 * A crash between publishing a bag (the rename in publishBag) and recording it in exports.json leaves
 * a bag on the share that the outbox does not know. The retry must not publish the same content again
 * as `_vN+1`: it looks at the versions after the last recorded one, and a bag of the same case made
 * from the same source — its `case.json` holds the same record, its `surat-keluar.json` the same
 * letters (number, version, content hash, PDF sha256) — that is complete and valid (every manifest
 * re-checked, RFC 8493 §3) is recorded as it is. A document PDF assembled at export time differs
 * byte for byte between attempts (its file ID), so the source decides, not the payload bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CaseRecord } from '../../../shared/domain/case';
import type { ArchivedLetter } from '../letters/archiveLetter';
import { canonicalJson } from '../workflow/canonical';
import { tagManifestName } from './bagit';
import { bagFolderName } from './bagName';
import { validateBag } from './bagValidator';
import { CASE_JSON, LETTERS_INDEX } from './caseBag';
import type { Published } from './publishBag';

const MAX_VERSIONS = 99;

export interface PublishedCopyQuery {
  root: string;
  year: string;
  baseName: string;
  /** The first version the outbox does not know. */
  fromVersion: number;
  record: CaseRecord;
  letters: readonly ArchivedLetter[];
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The same record (canonical JSON of what case.json holds) and the same letters as the bag's source. */
async function sameSource(dir: string, record: CaseRecord, letters: readonly ArchivedLetter[]): Promise<boolean> {
  const caseJson = await readJson(path.join(dir, CASE_JSON));
  if (typeof caseJson !== 'object' || caseJson === null || !('record' in caseJson)) return false;
  // Through JSON as the bag's copy went, so an `undefined` field compares as the absent key it became.
  if (canonicalJson(caseJson.record) !== canonicalJson(JSON.parse(JSON.stringify(record)))) return false;
  const index = await readJson(path.join(dir, LETTERS_INDEX));
  if (typeof index !== 'object' || index === null || !('letters' in index) || !Array.isArray(index.letters)) return false;
  const inBag = index.letters.map((l: unknown) => canonicalJson(pick(l)));
  const now = letters.map((l) => canonicalJson({ kind: l.issued.kind, visit: l.issued.visit, version: l.issued.version, number: l.issued.number, contentHash: l.issued.contentHash, pdfSha256: sha256(l.pdf) }));
  return inBag.length === now.length && inBag.every((x: string, i: number) => x === now[i]);
}

function pick(l: unknown): Record<string, unknown> {
  if (typeof l !== 'object' || l === null) return {};
  const o = l as Record<string, unknown>;
  return { kind: o['kind'], visit: o['visit'], version: o['version'], number: o['number'], contentHash: o['contentHash'], pdfSha256: o['pdfSha256'] };
}

/** The already-published bag of this source after the recorded versions, or null. */
export async function findPublishedCopy(q: PublishedCopyQuery): Promise<Published | null> {
  for (let v = Math.max(1, q.fromVersion); v <= MAX_VERSIONS; v += 1) {
    const name = bagFolderName(q.baseName, v);
    const dir = path.join(q.root, q.year, name);
    const exists = await fs.stat(path.join(dir, 'bagit.txt')).then(() => true, () => false);
    if (!exists) return null;
    if (!(await sameSource(dir, q.record, q.letters))) continue;
    const { report, bagInfo } = await validateBag(dir);
    if (!report.ok) continue;
    const oxum = bagInfo?.fields.find(([label]) => label === 'Payload-Oxum')?.[1] ?? `${report.payloadBytes}.${report.payloadFiles}`;
    const tagManifest = await fs.readFile(path.join(dir, tagManifestName('sha256')));
    return { version: v, path: `${q.year}/${name}`, payloadOxum: oxum, tagManifestSha256: sha256(tagManifest), payloadBytes: report.payloadBytes, payloadFiles: report.payloadFiles };
  }
  return null;
}
