/**
 * The letterhead (*kop surat*) of a naskah dinas, on the first page of letters and reports: the
 * agency's name, unit, address and contact lines centred (beside the logo when there is one), over a
 * double rule, thick over thin, as in naskah dinas letterheads.
 */
import { BLACK, type Flow } from './flow';

/** What the letterhead prints (LetterContent.agency; the placeholders of signers.ts for empty fields). */
export interface LetterheadText {
  institution: string;
  unit: string;
  address: string;
  /** Kota/kabupaten of the profile: the kop's address line names where the office is. Absent: the address alone. */
  city?: string;
  lines: readonly string[];
}

/**
 * The kop's address line: the address, then the city unless the address already names it (the
 * profile's examples write "Jl. …, Sukamaju"; a bare street would leave a letter without its place).
 */
export function addressLine(address: string, city: string | undefined): string {
  const place = (city ?? '').trim();
  const street = address.trim();
  if (!place || street.toLocaleLowerCase('id').includes(place.toLocaleLowerCase('id'))) return street;
  return street ? `${street.replace(/[\s,.]+$/, '')}, ${place}` : place;
}

export async function letterhead(flow: Flow, agency: LetterheadText, logo: Uint8Array | null): Promise<void> {
  const { page, f, left, right } = flow;
  const top = flow.y;
  // With a logo on the left, the text is centred in the space beside it (it would overlap otherwise).
  let x0 = left;
  if (logo) {
    const isPng = logo[0] === 0x89 && logo[1] === 0x50;
    const image = isPng ? await flow.doc.embedPng(logo) : await flow.doc.embedJpg(logo);
    const scale = Math.min(60 / image.width, 64 / image.height);
    page.drawImage(image, { x: left - 8, y: top - image.height * scale - 2, width: image.width * scale, height: image.height * scale });
    x0 = left - 8 + image.width * scale + 6;
  }
  const x1 = logo ? right + 8 - (x0 - left) / 3 : right;
  flow.centered(agency.institution.toUpperCase(), f.bold, 14, false, x0, x1);
  flow.centered(agency.unit.toUpperCase(), f.bold, 15, false, x0, x1);
  flow.y -= 1;
  flow.centered(addressLine(agency.address, agency.city), f.regular, 10, false, x0, x1);
  for (const line of agency.lines) flow.centered(line, f.regular, 9.5, false, x0, x1);
  flow.y = (logo ? Math.min(flow.y, top - 66) : flow.y) - 4;
  page.drawLine({ start: { x: left - 8, y: flow.y }, end: { x: right + 8, y: flow.y }, thickness: 2.2, color: BLACK });
  page.drawLine({ start: { x: left - 8, y: flow.y - 3.2 }, end: { x: right + 8, y: flow.y - 3.2 }, thickness: 0.7, color: BLACK });
  flow.y -= 18;
}
