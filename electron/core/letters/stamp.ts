/**
 * The stamp a letter PDF carries in its XMP (`loket:` fields written by the letters): the case
 * number, the letter number and the hash of what the letter says — the same as its QR code. Pure:
 * `loket verify` reads it from bags without opening any data folder.
 */
export interface LetterStamp {
  caseNumber: string;
  number: string;
  contentHash: string;
  /** Present only on a sample letter from a demo folder ("CONTOH"). */
  sample?: true;
}

export async function readLetterStamp(pdf: Uint8Array): Promise<LetterStamp | null> {
  // pdf-lib is loaded on first use (verify, export), not at every start.
  const { readLoketXmp } = await import('../pdfa/finishPdfA');
  const xmp = readLoketXmp(pdf);
  if (!xmp || xmp.contentHash === undefined || xmp.caseNumber === undefined || !/^[0-9a-f]{64}$/.test(xmp.contentHash)) return null;
  const stamp: LetterStamp = { caseNumber: xmp.caseNumber, number: xmp.letterNumber ?? '', contentHash: xmp.contentHash };
  return xmp.sample === 'CONTOH' ? { ...stamp, sample: true } : stamp;
}
