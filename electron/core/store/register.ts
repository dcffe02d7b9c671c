/**
 * The register in memory: one summary row per case, kept sorted newest-received first, with a
 * lowercase search string kept per row once first built, so `cases.list` filters 20,000 rows
 * without touching disk.
 */
import type { MethodInput } from '../../../shared/contract/contract';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseSummary } from '../../../shared/domain/case';
import type { WrittenFile } from './durableWrite';

export interface RegisterRow {
  summary: CaseSummary;
  /** Size and mtime of the case file this summary was read from (staleness check at open). */
  size: number;
  mtimeMs: number;
  /** Lowercase search text, computed when a text filter first needs it (not at open: 20,000 strings). */
  search?: string;
  receivedMs: number;
  /** Received date "YYYY-MM-DD" in `dayZone`, computed when a date filter first needs it. */
  day?: string;
  dayZone?: ZonaWaktu;
}

export type ListQuery = MethodInput<'cases.list'>;

export interface ListPage {
  total: number;
  offset: number;
  items: CaseSummary[];
}

/** The fields the register's free-text search covers (issue: number, name, NIP, User ID, agency, letter). */
function searchText(s: CaseSummary): string {
  // NUL between fields so a search never matches across two of them.
  return [s.caseNumber, s.id, s.name, s.nip, s.userId, s.agency, s.letterNumber].join('\u0000').toLowerCase();
}

/** Newest received first; equal instants by id, newest first, so the order is total and stable. */
function newerFirst(a: RegisterRow, b: RegisterRow): number {
  return b.receivedMs - a.receivedMs || (a.summary.id < b.summary.id ? 1 : a.summary.id > b.summary.id ? -1 : 0);
}

export function toRow(summary: CaseSummary, file: WrittenFile): RegisterRow {
  const receivedMs = Date.parse(summary.receivedAt);
  return { summary, size: file.size, mtimeMs: file.mtimeMs, receivedMs: Number.isNaN(receivedMs) ? 0 : receivedMs };
}

export class Register {
  readonly #byId = new Map<string, RegisterRow>();
  #sorted: RegisterRow[] = [];
  #sortedValid = true;

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): RegisterRow | undefined {
    return this.#byId.get(id);
  }

  ids(): IterableIterator<string> {
    return this.#byId.keys();
  }

  rows(): IterableIterator<RegisterRow> {
    return this.#byId.values();
  }

  /** Bulk load at open: rows are sorted once, on the first list. */
  load(rows: Iterable<RegisterRow>): void {
    for (const r of rows) this.#byId.set(r.summary.id, r);
    this.#sortedValid = false;
  }

  /** One saved case: kept in order by binary insertion, so a save never re-sorts 20,000 rows. */
  upsert(row: RegisterRow): void {
    const id = row.summary.id;
    const old = this.#byId.get(id);
    this.#byId.set(id, row);
    if (!this.#sortedValid) return;
    if (old) this.#sorted.splice(this.#indexOf(old), 1);
    this.#sorted.splice(this.#insertionPoint(row), 0, row);
  }

  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;
    this.#byId.delete(id);
    if (this.#sortedValid) this.#sorted.splice(this.#indexOf(old), 1);
  }

  list(q: ListQuery, zone: ZonaWaktu): ListPage {
    const sorted = this.#ensureSorted();
    const tokens = q.text.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
    const statuses = q.status.length > 0 ? new Set<string>(q.status) : null;
    const kinds = q.kind.length > 0 ? new Set<string>(q.kind) : null;
    const from = q.receivedFrom;
    const to = q.receivedTo;
    const filtering = tokens.length > 0 || statuses || kinds || from || to;
    if (!filtering) return { total: sorted.length, offset: q.offset, items: sorted.slice(q.offset, q.offset + q.limit).map((r) => r.summary) };
    const items: CaseSummary[] = [];
    let total = 0;
    const end = q.offset + q.limit;
    for (const r of sorted) {
      if (statuses && !statuses.has(r.summary.status)) continue;
      if (kinds && !kinds.has(r.summary.kind)) continue;
      if (from || to) {
        const day = this.#day(r, zone);
        if ((from && day < from) || (to && day > to)) continue;
      }
      if (tokens.length > 0) {
        const search = (r.search ??= searchText(r.summary));
        if (!tokens.every((t) => search.includes(t))) continue;
      }
      if (total >= q.offset && total < end) items.push(r.summary);
      total += 1;
    }
    return { total, offset: q.offset, items };
  }

  #day(r: RegisterRow, zone: ZonaWaktu): string {
    if (r.dayZone !== zone || r.day === undefined) {
      r.day = localDate(new Date(r.receivedMs), zone);
      r.dayZone = zone;
    }
    return r.day;
  }

  #ensureSorted(): RegisterRow[] {
    if (!this.#sortedValid) {
      this.#sorted = [...this.#byId.values()].sort(newerFirst);
      this.#sortedValid = true;
    }
    return this.#sorted;
  }

  #insertionPoint(row: RegisterRow): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newerFirst(this.#sorted[mid] as RegisterRow, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #indexOf(row: RegisterRow): number {
    // Binary search lands on the row's position; equal keys are impossible (ids are unique).
    const i = this.#insertionPoint(row);
    if (this.#sorted[i] === row) return i;
    return this.#sorted.indexOf(row);
  }
}
