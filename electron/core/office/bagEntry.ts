/**
 * A catalogue line (shared/domain/office.ts) from what it describes: from the record just published
 * (the exporter's own figures), or from a bag on the share when a catalogue has to be rebuilt
 * (`loket catalogue rebuild`, a bag with no entry). Reading a bag trusts nothing but its files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CaseRecord } from '../../../shared/domain/case';
import { CATALOGUE_VERSION, catalogueEntrySchema, type CatalogueEntry } from '../../../shared/domain/office';
import { trailHeadOf } from '../../../shared/domain/trailHead';
import { foldTrail, type Folded } from '../../../shared/domain/workflowFold';
import { fieldValues, parseBagInfo, tagManifestName } from '../archive/bagit';
import { CASE_JSON, caseJsonSchema, closedAt } from '../archive/caseBag';
import { MAX_CASE_JSON } from '../archive/bagCaseTrail';


export interface PublishedFacts {
  bag: string;
  version: number;
  payloadOxum: string;
  tagManifestSha256: string;
  publishedAt: string;
}

/** The case's facts a catalogue line copies (and the read-only view of an archived case shows). */
export function caseFactsOf(record: CaseRecord, folded: Folded = foldTrail(record.events)): Pick<CatalogueEntry, 'caseId' | 'caseNumber' | 'kind' | 'requester' | 'letterNumber' | 'receivedAt' | 'closedAt' | 'result'> {
  const r = record.intake.requester;
  return {
    caseId: record.id,
    caseNumber: record.caseNumber,
    kind: record.intake.kind,
    requester: { name: r.name, nip: r.nip, userId: r.userId, position: r.position, agency: r.agency, email: r.email, phone: r.phone },
    letterNumber: record.intake.letter.number,
    receivedAt: record.intake.receivedAt,
    closedAt: closedAt(record, folded),
    result: folded.result,
  };
}

export function entryOfRecord(record: CaseRecord, workstation: string, facts: PublishedFacts): CatalogueEntry {
  return {
    v: CATALOGUE_VERSION,
    bag: facts.bag,
    version: facts.version,
    workstation,
    ...caseFactsOf(record),
    publishedAt: facts.publishedAt,
    payloadOxum: facts.payloadOxum,
    tagManifestSha256: facts.tagManifestSha256,
    trailHead: trailHeadOf(record.events),
  };
}

/** "…_v3" → 3; a name without the suffix is version 1 (bagName.ts). */
export function versionOfBag(bag: string): number {
  const m = /_v(\d{1,2})$/.exec(bag);
  return m ? Number(m[1]) : 1;
}

/** The workstation that numbered a case: the middle part of its id ("2026-WS01-00007"). */
export const workstationOfCase = (caseId: string) => caseId.split('-')[1] ?? '';

/**
 * The entry of a bag read from the share, or null when it is not a readable case bag of ours.
 * `workstation` is the code in the case id unless the caller knows the publisher.
 */
export async function entryOfBag(root: string, bag: string, publishedAt = ''): Promise<CatalogueEntry | null> {
  const dir = path.join(root, ...bag.split('/'));
  try {
    const file = path.join(dir, CASE_JSON);
    const st = await fs.stat(file);
    if (!st.isFile() || st.size > MAX_CASE_JSON) return null;
    const [caseText, infoText, tagManifest] = await Promise.all([
      fs.readFile(file, 'utf8'),
      fs.readFile(path.join(dir, 'bag-info.txt'), 'utf8'),
      fs.readFile(path.join(dir, tagManifestName('sha256'))),
    ]);
    const parsed = caseJsonSchema.safeParse(JSON.parse(caseText));
    if (!parsed.success) return null;
    const info = parseBagInfo(infoText);
    const entry = entryOfRecord(parsed.data.record, workstationOfCase(parsed.data.record.id), {
      bag,
      version: versionOfBag(bag),
      payloadOxum: fieldValues(info, 'Payload-Oxum')[0] ?? '',
      tagManifestSha256: createHash('sha256').update(tagManifest).digest('hex'),
      publishedAt: publishedAt || (fieldValues(info, 'Bagging-Date')[0] ?? ''),
    });
    return catalogueEntrySchema.safeParse(entry).success ? entry : null;
  } catch {
    return null;
  }
}
