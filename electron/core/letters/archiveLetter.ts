/**
 * What the letters give the archive exporter: every letter of a closed case as issued (numbered,
 * archived PDF/A with the password redacted), so the bag's `data/` holds them (issue 5 §3) and
 * `loket verify` can check each letter's QR hash against what it says.
 */
import type { CaseRecord } from '../../../shared/domain/case';
import type { IssuedLetter } from '../../../shared/domain/letters';

export interface ArchivedLetter {
  issued: IssuedLetter;
  /** Indonesian title, e.g. "Tanda Terima Berkas". */
  title: string;
  /** The archived PDF/A-2b (the blob `issued.blob`). */
  pdf: Uint8Array;
  /** What the letter says (canonical JSON's source): sha256 of its canonical JSON is `issued.contentHash`. */
  content: Record<string, unknown>;
}

export interface LetterArchiveSource {
  /**
   * Issues what is still missing for a closed case (letters never printed, stale ones, the control
   * sheet) and returns the latest version of each of its letters, in SOP order.
   */
  lettersForArchive(record: CaseRecord): Promise<ArchivedLetter[]>;
  /** The stamp a letter PDF carries (XMP), or null when it is not one of ours: verify compares it with the content. */
  readStamp(pdf: Uint8Array): Promise<{ caseNumber: string; number: string; contentHash: string } | null>;
  /**
   * The latest version of each letter issued for a case, in SOP order, without issuing anything (the
   * registers' *Daftar Isi Berkas*).
   */
  issuedLetters(caseId: string): Promise<IssuedLetter[]>;
}
