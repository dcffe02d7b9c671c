/**
 * What the crash-test child and parent agree on: every saved revision carries its own revision
 * number in `notes` (so any revision found on disk can be checked), and an acknowledgement line
 * carries a hash of the whole record as saved (so the acknowledged revision can be checked exactly).
 */
import { createHash } from 'node:crypto';
import type { CaseRecord } from '../../../shared/domain/case';

export const READY = 'ready';

export function notesFor(revision: number, nonce: string): string {
  return `uji-crash r${revision} ${nonce}`;
}

export function notesMatchRevision(record: CaseRecord): boolean {
  return record.intake.notes.startsWith(`uji-crash r${record.revision} `);
}

/** JSON with sorted keys: the same record gives the same text however it was built or parsed. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function recordHash(record: CaseRecord): string {
  return createHash('sha256').update(canonical(record)).digest('hex').slice(0, 32);
}

export interface Ack {
  id: string;
  revision: number;
  hash: string;
}

export function formatAck(record: CaseRecord): string {
  return `ack ${record.id} ${record.revision} ${recordHash(record)}\n`;
}

export function parseAck(line: string): Ack | null {
  const m = /^ack (\S+) (\d+) ([0-9a-f]{32})$/.exec(line);
  return m ? { id: m[1] as string, revision: Number(m[2]), hash: m[3] as string } : null;
}
