/** An inbox file's type from its first bytes (never its name), through the import's own sniffer. */
import type { InboxItem } from '../../../../shared/contract/features/scanning';
import { AppError } from '../../../../shared/contract/result';
import { MEDIA_TYPES, sniffKind } from '../sniff';

/** Bytes enough for every signature the sniffer knows (a PDF header may sit after 1 KB of junk). */
export const SNIFF_BYTES = 2048;

export function inboxMediaType(head: Uint8Array): { mediaType: InboxItem['mediaType']; problem: string | null } {
  try {
    const kind = sniffKind(head);
    // Office MFPs save PDF, JPEG, PNG or TIFF; raw PNM is a scanner-driver format, not a file an MFP drops.
    if (kind === 'pnm') return { mediaType: null, problem: UNKNOWN };
    return { mediaType: MEDIA_TYPES[kind] as InboxItem['mediaType'], problem: null };
  } catch (e) {
    if (e instanceof AppError) return { mediaType: null, problem: e.message };
    throw e;
  }
}

const UNKNOWN = 'Jenis berkas tidak dikenali dari isinya (bukan PDF, JPEG, PNG atau TIFF). Berkas ini hanya dapat dibuang; atur mesin pindai agar menyimpan sebagai PDF.';
