/**
 * Step 5's second source (SOP.md "Step 5 sources"): earlier cases of the same person in the archive
 * folder on the shared drive — the bags every workstation exported, including this PC's cases from
 * before a reinstall. Bags never change once under their final name, so what a bag's `case.json`
 * says is read once and kept for the process; a later search only lists the year folders for new
 * bags. A drive that is not reachable is a note for the admin, never a failure of step 5.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { summarize, type CaseSummary, type Requester } from '../../../shared/domain/case';
import { CASE_JSON, caseJsonSchema } from './caseBag';
import { STAGING_DIR } from './publishBag';

/** case.json larger than this is not a case record of ours (a record is a few hundred KB at most). */
const MAX_CASE_JSON = 4 * 1024 * 1024;
/** Bags read per search at most, so a first search on a large archive stays bounded. */
const MAX_NEW_BAGS_PER_SEARCH = 2000;

export interface ArchivedCase {
  /** Bag folder relative to the archive root, with "/". */
  bag: string;
  summary: CaseSummary;
  requester: Requester;
}

export interface ArchiveMatch extends ArchivedCase {
  matchedOn: ('nip' | 'userId')[];
}

export class ArchiveSearch {
  /** Bag → what it holds (null: not a readable case bag). Keyed by root too: the setting may change. */
  readonly #seen = new Map<string, ArchivedCase | null>();

  async find(root: string, nip: string, userId: string): Promise<{ matches: ArchiveMatch[]; note: string }> {
    if (!root) return { matches: [], note: '' };
    let years: string[];
    try {
      years = (await fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name)).map((d) => d.name);
    } catch {
      return { matches: [], note: `Folder arsip ${root} tidak dapat dibuka (drive bersama terputus?). Berkas lama di arsip belum ikut dibandingkan; periksa sambungan lalu muat ulang.` };
    }
    let budget = MAX_NEW_BAGS_PER_SEARCH;
    let truncated = false;
    const wantUser = userId.toLowerCase();
    const matches: ArchiveMatch[] = [];
    for (const year of years.sort().reverse()) {
      const dir = path.join(root, year);
      const bags = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const b of bags) {
        if (!b.isDirectory() || b.name === STAGING_DIR || b.name.startsWith('.')) continue;
        const key = `${root}\u0000${year}/${b.name}`;
        let known = this.#seen.get(key);
        if (known === undefined) {
          if (budget-- <= 0) {
            truncated = true;
            continue;
          }
          known = await readBag(path.join(dir, b.name), `${year}/${b.name}`);
          this.#seen.set(key, known);
        }
        if (!known) continue;
        const on: ('nip' | 'userId')[] = [];
        if (known.requester.nip === nip) on.push('nip');
        if (known.requester.userId.toLowerCase() === wantUser) on.push('userId');
        if (on.length > 0) matches.push({ ...known, matchedOn: on });
      }
    }
    return { matches, note: truncated ? 'Arsip di drive bersama sangat besar; sebagian paket belum terbaca kali ini. Muat ulang untuk melanjutkan pencarian.' : '' };
  }
}

async function readBag(dir: string, bag: string): Promise<ArchivedCase | null> {
  try {
    const file = path.join(dir, CASE_JSON);
    const st = await fs.stat(file);
    if (!st.isFile() || st.size > MAX_CASE_JSON) return null;
    const parsed = caseJsonSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (!parsed.success) return null;
    const record = parsed.data.record;
    return { bag, summary: summarize(record), requester: record.intake.requester };
  } catch {
    return null;
  }
}
