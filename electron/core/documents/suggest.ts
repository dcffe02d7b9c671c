/**
 * OCR text → field suggestions for the intake form (issue "Hardcopy in" §6): NIP (checked with
 * checkNip), SPSE User ID, name, letter number and date, SK number and date — each with the line it
 * was read from, for the admin to accept. Nothing here writes to a case.
 *
 * Labels follow Indonesian official letters (Permendagri 1/2023 tata naskah dinas): "Nomor :",
 * "Nama :", "NIP", "Ditetapkan di … pada tanggal …", a place-and-date line ("Surabaya, 3 Maret 2026").
 */
import { BULAN, bulanRomawi, isIsoDate } from '../../../shared/dates';
import type { DocumentType, FieldSuggestion, SuggestionField } from '../../../shared/domain/document';
import { checkNip } from '../../../shared/nip';
import type { OcrPage } from './ocr';

export interface OcrSource {
  documentId: string;
  documentType: DocumentType;
  pageId: string;
  page: OcrPage;
}

interface Candidate {
  field: SuggestionField;
  value: string;
  snippet: string;
  score: number;
  order: number;
  documentId: string;
  pageId: string;
}

/** OCR confusions inside what must be digits (NIP, dates). */
const DIGITLIKE: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', '!': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', G: '6', b: '6', g: '9' };
const toDigits = (s: string) => [...s].map((c) => DIGITLIKE[c] ?? c).join('');

const MONTHS = BULAN.map((m) => m.toLowerCase());
/** A month name as OCR may read it: case-insensitive, one wrong letter tolerated. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length < 3) return 0;
  let best = 0;
  let bestDist = 2;
  MONTHS.forEach((m, i) => {
    const d = editDistance(w, m);
    if (d < bestDist || (d === bestDist && best === 0 && d <= 1)) {
      bestDist = d;
      best = i + 1;
    }
  });
  // Short abbreviations ("Jan", "Agt", "Des") as in numbered lists.
  if (best === 0) {
    const abbr = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'].indexOf(w.slice(0, 3));
    if (abbr >= 0 && w.length <= 4) return abbr + 1;
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min((dp[j] ?? 0) + 1, (dp[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates in a line, as "YYYY-MM-DD": "3 Maret 2026", "03-03-2026", "03/03/2026". */
export function datesIn(line: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  const named = /([0-9OoIlSB]{1,2})\s*([A-Za-z]{3,10})\.?\s*([0-9OoIlSB]{4})/g;
  for (const m of line.matchAll(named)) {
    const month = monthOf(m[2] ?? '');
    if (!month) continue;
    const value = `${toDigits(m[3] ?? '')}-${pad(month)}-${pad(Number(toDigits(m[1] ?? '')))}`;
    if (isIsoDate(value)) out.push({ value, index: m.index ?? 0 });
  }
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g;
  for (const m of line.matchAll(numeric)) {
    const value = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    if (isIsoDate(value)) out.push({ value, index: m.index ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The value after "Label :" (or "Label." / "Label"), trimmed. */
function afterLabel(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  // OCR turns the gap before the colon into a dash now and then ("Nomor Surat — : 027/…").
  return line.slice((m.index ?? 0) + m[0].length).replace(/^[\s—–_-]*[:;.=]?\s*/, '').trim();
}

const NUMBER_TOKEN = /^[A-Za-z0-9][A-Za-z0-9./\-_]*[A-Za-z0-9]$/;

const ROMAN_MONTHS = Array.from({ length: 12 }, (_, i) => bulanRomawi(i + 1));

/**
 * A number's month in Roman numerals as OCR reads it ("X1", "XlI", "V|"): letter numbers of tata
 * naskah dinas often carry the month so (027/145/DPUPR/XI/2026). A part holding a Roman letter and
 * only I-like digits is read as Roman, and kept only when it is a month I–XII; all digits stay digits.
 */
export function repairRomanMonth(token: string): string {
  const parts = token.split('/');
  return parts
    .map((part, i) => {
      if (!/^[IVXivx1l|]{1,4}$/.test(part)) return part;
      // Only 1s ("111"): Roman only where the month stands, after the unit's code and before the year.
      const monthPlace = i === parts.length - 2 && /^\d{4}$/.test(parts[i + 1] ?? '') && /[A-Za-z]/.test(parts[i - 1] ?? '');
      if (/^[1l|]+$/.test(part) ? !monthPlace : !/[VXvx]|I/.test(part)) return part;
      const roman = part.toUpperCase().replace(/[1L|]/g, 'I');
      return ROMAN_MONTHS.includes(roman) ? roman : part;
    })
    .join('/');
}

/** A letter/SK number: the first token that looks like one ("800/123/BKPSDM/2026", "188.45/12/KPTS/2026"). */
function numberToken(rest: string): string | null {
  const token = rest.split(/\s+/)[0]?.replace(/[,;]$/, '') ?? '';
  if (!NUMBER_TOKEN.test(token) || !/\d/.test(token) || token.length < 3) return null;
  return repairRomanMonth(token);
}

/**
 * A name as OCR gives it, with a one-letter particle read as a digit or a bar ("1 Gusti Ayu",
 * "| Made Sudarsana" → "I …"; Balinese names begin with I or Ni).
 */
export function repairNameParticle(name: string): string {
  const [person = '', ...titles] = name.replace(/^[1l|!]\s+(?=[A-Z])/, 'I ').split(',');
  // Academic titles after the comma are letters and dots: "S.1.P." is S.I.P., "5.AP." is S.AP.
  const DIGIT_LETTERS: Record<string, string> = { '1': 'I', '5': 'S', '0': 'O', '8': 'B' };
  return [person, ...titles.map((t) => (/^[\sA-Za-z0-9.]+$/.test(t) ? t.replace(/[1580]/g, (d) => DIGIT_LETTERS[d] ?? d) : t))].join(',');
}

/** Lines that open a signature block of someone other than the requester (tata naskah dinas). */
const SIGNER = /(Mengetahui|Menyetujui|^a\.?\s?n\.|Kepala\s|Sekretaris|Bupati|Wali\s?kota|\bPj\.|\bPlt\.|\bPlh\.)/i;
/** A signer's line, not the addressee's ("Yth. Kepala UKPBJ", "Kepada …" name the reader, not a signer). */
function isSignerLine(line: string): boolean {
  return SIGNER.test(line) && !/(\bYth\b|\bKepada\b)/i.test(line);
}
/** Lines that open the requester's own signature block. */
const REQUESTER_SIGNS = /(Pemohon|Hormat\s+saya|Yang\s+mengajukan|Yang\s+bermohon)/i;

export function nipsIn(line: string): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  // 18 digits, grouped 8-6-1-3 by convention, OCR may misread a digit as a letter.
  const re = /([0-9OoIlSB]{8})\s?([0-9OoIlSB]{6})\s?([0-9OoIlSB])\s?([0-9OoIlSB]{3})(?![0-9])/g;
  for (const m of line.matchAll(re)) {
    const value = toDigits(m.slice(1, 5).join(''));
    if (/^\d{18}$/.test(value) && checkNip(value).ok) out.push({ value, index: m.index ?? 0 });
  }
  return out;
}

const USER_ID = /^[A-Za-z0-9._-]{3,60}$/;
const USER_ID_LABEL = /(User\s?[I1l]D|ID\s+Pengguna|Nama\s+Pengguna|Username)(\s+SPSE)?/i;
/** The label followed by its colon (OCR may read the gap before it as a dash). */
const USER_ID_LABEL_COLON = new RegExp(`${USER_ID_LABEL.source}\\s*[—–_-]*\\s*[:;=]`, 'i');

/**
 * Which NIP on a line of two side-by-side signature blocks is the requester's: OCR joins the
 * blocks' opening lines too ("Mengetahui, Hormat saya,"), so their order there is the columns'
 * order. Without such a line the requester's is taken as the left one (the usual layout).
 */
function requesterColumnOf(above: readonly string[]): number {
  for (const l of [...above].reverse()) {
    const signer = isSignerLine(l) ? SIGNER.exec(l) : null;
    const requester = REQUESTER_SIGNS.exec(l);
    if (signer && requester) return signer.index < requester.index ? 1 : 0;
  }
  return 0;
}

export function suggestFields(sources: readonly OcrSource[]): FieldSuggestion[] {
  const candidates: Candidate[] = [];
  let order = 0;
  for (const src of sources) {
    const conf = src.page.confidence / 100;
    const lines = src.page.lines.map((l) => l.text.replace(/\s+/g, ' ').trim());
    const isSk = src.documentType === 'sk' || lines.slice(0, 12).some((l) => /^KEPUTUSAN\b/i.test(l));
    const add = (field: SuggestionField, value: string, snippet: string, score: number) =>
      candidates.push({ field, value, snippet, score: score * (0.6 + 0.4 * conf), order: order++, documentId: src.documentId, pageId: src.pageId });
    let skBlockUntil = -1;
    lines.forEach((line, i) => {
      const context = [lines[i - 1], line, lines[i + 1]].filter((l): l is string => !!l);
      // NIP: the one after a "NIP" label. Never a signer's (under "Mengetahui", "Kepala …"): where the
      // requester's block stands beside the signer's, OCR joins them and the requester's is on the left.
      // The six lines above that hold words: OCR leaves stray marks ("|", "J") from signatures and stamps.
      const above = lines.slice(0, i).filter((l) => /[A-Za-z]{3}/.test(l)).slice(-6);
      const signerAbove = above.some(isSignerLine);
      const requesterAbove = above.some((l) => REQUESTER_SIGNS.test(l));
      const requesterColumn = requesterColumnOf(above);
      nipsIn(line).forEach((nip, k) => {
        if (signerAbove && (!requesterAbove || k !== requesterColumn)) return;
        const labelled = /N\s?[I1l|]\s?P/.test(line.slice(Math.max(0, nip.index - 12), nip.index + 1));
        add('requester.nip', nip.value, line, labelled ? 0.95 : 0.7);
      });
      const uid = afterLabel(line, USER_ID_LABEL);
      if (uid !== null) {
        const token = uid.split(/\s+/)[0] ?? '';
        // "User ID : agus.santoso" is a value; in prose ("perubahan User ID pada SPSE", "User ID SPSE
        // TEMANGGUNG" beside another column) the next word is one only when it looks like an ID.
        const colon = USER_ID_LABEL_COLON.test(line);
        if (USER_ID.test(token) && (colon || /[\d._]/.test(token))) add('requester.userId', token, line, colon ? 0.9 : 0.6);
      }
      const labelledName = afterLabel(line, /^Nama(\s+Lengkap)?\b(?!\s+Pengguna)/i);
      const name = labelledName === null ? null : repairNameParticle(labelledName);
      if (name !== null && /^[A-Za-z'.,\s-]{2,}$/.test(name) && /[A-Za-z]{2}/.test(name) && !/\d/.test(name) && !signerAbove) {
        add('requester.name', name.replace(/,+$/, '').trim(), line, 0.85);
      }
      // Letter/SK number: "Nomor : X"; in an SK the title line "NOMOR X" after "KEPUTUSAN".
      // Forms label them "Nomor SK (Pokja)" / "Tanggal SK" and "Nomor Surat" / "Tanggal Surat".
      const skRest = afterLabel(line, /^(Nomor|No\.?)\s+(SK|Keputusan)(\s+Pokja(\s+Pemilihan)?)?\b/i);
      // "Nomor X tanggal …" in the body cites the SK (or another letter): never the letter's own number.
      const citation = !isSk && (i <= skBlockUntil || /\btanggal\b/i.test(line));
      const numberRest = skRest === null && !citation ? afterLabel(line, /^(Nomor\s+Surat|Nomor|No\.?)(?=[\s:.—–-])/i) : null;
      if (skRest !== null) {
        const n = numberToken(skRest);
        if (n) add('sk.number', n, line, 0.9);
      } else if (numberRest !== null) {
        const n = numberToken(numberRest);
        if (n) add(isSk ? 'sk.number' : 'letter.number', n, line, 0.9);
      }
      const skDate = afterLabel(line, /^Tanggal\s+(SK|Keputusan)(\s+Pokja)?\b/i);
      const skDateValue = skDate === null ? undefined : datesIn(skDate)[0];
      if (skDateValue) add('sk.date', skDateValue.value, line, 0.9);
      // A request letter citing the SK: "…Keputusan … Nomor X tanggal 2 Januari 2026".
      if (/(Keputusan|\bSK\b)/i.test(line)) skBlockUntil = i + 2;
      if (!isSk && i <= skBlockUntil) {
        const joined = context.slice(context.indexOf(line)).join(' ');
        const ref = /Nomor\s*:?\s*(\S+)/i.exec(joined);
        if (ref) {
          const n = numberToken(ref[1] ?? '');
          if (n && /Nomor/i.test(line)) add('sk.number', n, joined, 0.75);
        }
        const tgl = /tanggal\s*:?\s*(.+)/i.exec(line);
        const d = tgl ? datesIn(tgl[1] ?? '')[0] : undefined;
        if (d) add('sk.date', d.value, line, 0.75);
      }
      // The place and date beside the number, its year wrapped onto the next line ("Temanggung, 30 November" / "… 2026").
      const dates = datesIn(line);
      const wrapped = !isSk && dates.length === 0 ? /\b[A-Z][A-Za-z'-]+,\s*([0-9OoIl]{1,2}\s+[A-Za-z]+)\s*$/.exec(line) : null;
      const year = wrapped ? /\b(\d{4})\s*$/.exec(lines[i + 1] ?? '') : null;
      const joinedDate = wrapped && year ? datesIn(`${wrapped[1] ?? ''} ${year[1] ?? ''}`)[0] : undefined;
      if (joinedDate) add('letter.date', joinedDate.value, `${line} ${year?.[1] ?? ''}`, 0.8);
      // Dates: the SK's "pada tanggal …"; the letter's place-and-date line or "Tanggal :".
      const first = dates[0];
      if (first) {
        if (isSk && /(pada\s+tanggal|ditetapkan|tanggal)/i.test(line)) add('sk.date', first.value, line, 0.9);
        else if (!isSk && /^[A-Z][A-Za-z .'-]{2,30},\s*[0-9OoIl]/.test(line)) add('letter.date', first.value, line, 0.9);
        // The place and date at the end of the number's line (OCR joins the two columns of the head).
        else if (!isSk && /\b[A-Z][A-Za-z'-]+(\s[A-Z][A-Za-z'-]+)?,\s*[0-9OoIl]{1,2}\s+\S+\s+\d{4}\s*$/.test(line)) add('letter.date', (dates.at(-1) ?? first).value, line, 0.85);
        else if (!isSk && /^Tanggal(\s+Surat)?\s*:/i.test(line) && !skDate) add('letter.date', first.value, line, 0.85);
      }
    });
  }
  // The best candidate per field (ties: the earliest in reading order), alternatives with other values after it.
  const best = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = best.get(c.field) ?? [];
    const same = list.find((x) => x.value === c.value);
    if (same) {
      same.score = Math.min(1, Math.max(same.score, c.score) + 0.05);
      continue;
    }
    list.push(c);
    best.set(c.field, list);
  }
  const out: FieldSuggestion[] = [];
  for (const list of best.values()) {
    list.sort((a, b) => b.score - a.score || a.order - b.order);
    for (const c of list.slice(0, 3))
      out.push({ field: c.field, value: c.value, snippet: c.snippet.slice(0, 300), documentId: c.documentId, pageId: c.pageId, confidence: Math.round(c.score * 100) / 100 });
  }
  return out;
}
