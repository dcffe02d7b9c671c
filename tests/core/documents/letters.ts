/**
 * Generated request letters and SKs with known field values, for measuring the OCR field
 * suggestions: four layouts (a formal letter; a letter whose number carries a Roman month and whose
 * requester signs beside the head of the office, "Mengetahui" with the head's NIP; a fill-in form;
 * an SK decree), in DejaVu, Times-like (Liberation Serif), Arial-like (Liberation Sans) and Bookman
 * faces, rendered with ImageMagick at 300 dpi and degraded five ways: clean; scanner noise and a
 * small skew; 200 dpi and blurred; a phone photo (perspective, uneven light); a fax (bilevel, 150 dpi).
 */
import path from 'node:path';
import { generateIntakes } from '../../../electron/core/demo/generateIntakes';
import { BULAN } from '../../../shared/dates';
import type { DocumentType, SuggestionField } from '../../../shared/domain/document';
import { intakeSchema } from '../../../shared/domain/case';
import { run } from './files';
import { testNow } from '../../support/clock';

export type Layout = 'surat' | 'surat-mengetahui' | 'formulir' | 'sk';
type Variant = 'bersih' | 'miring+derau' | '200dpi+buram' | 'foto-ponsel' | 'faks';
const VARIANTS: readonly Variant[] = ['bersih', 'miring+derau', '200dpi+buram', 'foto-ponsel', 'faks'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** "027/145/DPUPR/2026" dated in November → "027/145/DPUPR/XI/2026", as many offices number letters. */
const withRomanMonth = (number: string, iso: string) => number.replace(/\/(\d{4})$/, `/${ROMAN[Number(iso.slice(5, 7)) - 1]}/$1`);

export interface TestLetter {
  file: string;
  layout: Layout;
  documentType: DocumentType;
  variant: Variant;
  font: string;
  /** The values a perfect reader would suggest (fields the layout carries). */
  truth: Partial<Record<SuggestionField, string>>;
}

const tanggal = (iso: string) => `${Number(iso.slice(8, 10))} ${BULAN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const numeric = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const nipSpaced = (n: string) => `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
const city = (agency: string) => /(Kabupaten|Kota|Provinsi)\s+(\w+)/.exec(agency)?.[2] ?? 'Jakarta';

interface Line {
  text: string;
  x?: number;
  bold?: boolean;
  gap?: number;
  /** A second text on the same line (two signature blocks side by side). */
  also?: { text: string; x: number };
}

export async function makeLetters(dir: string, perLayout: number, seed = 2026): Promise<TestLetter[]> {
  const layouts: Layout[] = ['surat', 'surat-mengetahui', 'formulir', 'sk'];
  const intakes = generateIntakes(perLayout * layouts.length, seed, { now: testNow() }).map((p) => intakeSchema.parse(p));
  const out: TestLetter[] = [];
  const fonts = ['DejaVu-Serif', 'Liberation-Serif', 'Liberation-Sans', 'Bookman-Light'];
  for (const [i, intake] of intakes.entries()) {
    const layout = layouts[i % layouts.length] as Layout;
    const r = intake.requester;
    const variant = VARIANTS[Math.floor(i / layouts.length) % VARIANTS.length] ?? 'bersih';
    const font = fonts[(i + Math.floor(i / layouts.length)) % fonts.length] ?? 'DejaVu-Serif';
    let lines: Line[];
    let truth: TestLetter['truth'];
    let documentType: DocumentType = 'request_letter';
    if (layout === 'surat') {
      lines = [
        { text: 'PEMERINTAH KABUPATEN/KOTA', x: 700, bold: true },
        { text: r.agency.slice(0, 60), x: 300 },
        { text: '', gap: 1 },
        { text: `${city(r.agency)}, ${tanggal(intake.letter.date)}`, x: 1400 },
        { text: `Nomor      : ${intake.letter.number}` },
        { text: 'Lampiran   : 1 (satu) berkas' },
        { text: 'Perihal    : Permohonan Reset Password SPSE' },
        { text: '', gap: 1 },
        { text: 'Kepada Yth. Admin Agency LPSE' },
        { text: 'Yang bertanda tangan di bawah ini:', gap: 1 },
        { text: `Nama        : ${r.name}`, x: 400 },
        { text: `NIP         : ${nipSpaced(r.nip)}`, x: 400 },
        { text: `Jabatan     : ${r.position.slice(0, 48)}`, x: 400 },
        { text: `User ID SPSE: ${r.userId}`, x: 400 },
        { text: 'selaku anggota Pokja Pemilihan berdasarkan Keputusan', gap: 1 },
        { text: `Nomor ${intake.sk.number} tanggal ${tanggal(intake.sk.date)},` },
        { text: 'mengajukan permohonan reset password akun SPSE.' },
        { text: 'Pemohon,', x: 1400, gap: 2 },
        { text: r.name, x: 1400, gap: 3 },
        { text: `NIP. ${nipSpaced(r.nip)}`, x: 1400 },
      ];
      truth = {
        'requester.nip': r.nip, 'requester.userId': r.userId, 'requester.name': r.name,
        'letter.number': intake.letter.number, 'letter.date': intake.letter.date, 'sk.number': intake.sk.number, 'sk.date': intake.sk.date,
      };
    } else if (layout === 'surat-mengetahui') {
      const number = withRomanMonth(intake.letter.number, intake.letter.date);
      lines = [
        { text: 'PEMERINTAH KABUPATEN/KOTA', x: 700, bold: true },
        { text: r.agency.slice(0, 60), x: 300 },
        { text: `Nomor    : ${number}`, gap: 1 },
        { text: 'Sifat    : Penting' },
        { text: 'Hal      : Permohonan Reset Password Akun SPSE' },
        { text: `${city(r.agency)}, ${tanggal(intake.letter.date)}`, x: 1400, gap: 1 },
        { text: 'Yth. Admin Agency LPSE', gap: 1 },
        { text: 'Dengan hormat, kami sampaikan bahwa:', gap: 1 },
        { text: `Nama     : ${r.name}`, x: 400 },
        { text: `NIP      : ${nipSpaced(r.nip)}`, x: 400 },
        { text: `User ID  : ${r.userId}`, x: 400 },
        { text: 'anggota Pokja Pemilihan sesuai Keputusan', gap: 1 },
        { text: `Nomor ${intake.sk.number} tanggal ${tanggal(intake.sk.date)},` },
        { text: 'memohon reset password akun SPSE yang bersangkutan.' },
        // Two signature blocks side by side: OCR reads them as joined lines.
        { text: 'Pemohon,', x: 250, gap: 2, also: { text: 'Mengetahui,', x: 1400 } },
        { text: '', x: 250, also: { text: 'Kepala Dinas', x: 1400 } },
        { text: r.name.slice(0, 34), x: 250, gap: 3, also: { text: HEAD.name, x: 1400 } },
        { text: `NIP. ${nipSpaced(r.nip)}`, x: 250, also: { text: `NIP. ${nipSpaced(HEAD.nip)}`, x: 1400 } },
      ];
      truth = {
        'requester.nip': r.nip, 'requester.userId': r.userId, 'requester.name': r.name,
        'letter.number': number, 'letter.date': intake.letter.date, 'sk.number': intake.sk.number, 'sk.date': intake.sk.date,
      };
    } else if (layout === 'formulir') {
      lines = [
        { text: 'FORMULIR PERMOHONAN RESET PASSWORD', x: 500, bold: true },
        { text: 'DAN PERUBAHAN INFORMASI USER ID SPSE', x: 500, bold: true },
        { text: `Nomor Surat      : ${intake.letter.number}`, gap: 2 },
        { text: `Tanggal Surat    : ${numeric(intake.letter.date)}` },
        { text: `Nama Lengkap     : ${r.name}`, gap: 1 },
        { text: `NIP              : ${r.nip}` },
        { text: `Instansi         : ${r.agency.slice(0, 50)}` },
        { text: `User ID          : ${r.userId}` },
        { text: `Email            : ${r.email}` },
        { text: `Nomor SK Pokja   : ${intake.sk.number}`, gap: 1 },
        { text: `Tanggal SK       : ${numeric(intake.sk.date)}` },
        { text: 'Jenis permohonan : Reset password', gap: 1 },
      ];
      truth = {
        'requester.nip': r.nip, 'requester.userId': r.userId, 'requester.name': r.name,
        'letter.number': intake.letter.number, 'letter.date': intake.letter.date, 'sk.number': intake.sk.number, 'sk.date': intake.sk.date,
      };
    } else {
      documentType = 'sk';
      lines = [
        { text: `KEPUTUSAN ${intake.sk.issuer.toUpperCase()}`, x: 500, bold: true },
        { text: `NOMOR ${intake.sk.number}`, x: 700, bold: true },
        { text: 'TENTANG', x: 1000 },
        { text: 'PENETAPAN KELOMPOK KERJA PEMILIHAN', x: 550 },
        { text: 'Menimbang : bahwa untuk kelancaran pengadaan barang/jasa', gap: 1 },
        { text: 'Mengingat : Peraturan Presiden Nomor 12 Tahun 2021' },
        { text: 'MEMUTUSKAN', x: 1000, gap: 1 },
        { text: 'Menetapkan anggota Pokja Pemilihan sebagaimana tercantum', gap: 1 },
        { text: `dalam lampiran, antara lain ${r.name}.` },
        { text: `Ditetapkan di ${city(r.agency)}`, x: 1300, gap: 2 },
        { text: `pada tanggal ${tanggal(intake.sk.date)}`, x: 1300 },
        { text: intake.sk.issuer.toUpperCase(), x: 1300, gap: 1 },
      ];
      truth = { 'sk.number': intake.sk.number, 'sk.date': intake.sk.date };
    }
    const file = path.join(dir, `${layout}-${String(i).padStart(2, '0')}.png`);
    await render(file, lines, variant, font);
    out.push({ file, layout, documentType, variant, font, truth });
  }
  return out;
}

/** The head of the office who signs "Mengetahui" (a NIP that passes checkNip, not the requester's). */
const HEAD = { name: 'Ir. Bambang Sutrisno, M.T.', nip: '196801151994031006' };

async function render(file: string, lines: readonly Line[], variant: TestLetter['variant'], font: string): Promise<void> {
  const args = ['-size', '2480x3508', 'xc:white', '-fill', 'black', '-pointsize', '46'];
  const bold = font === 'Bookman-Light' ? 'Bookman-Demi' : `${font}-Bold`;
  let y = 300;
  for (const l of lines) {
    y += 80 + (l.gap ?? 0) * 50;
    for (const part of [l, l.also]) if (part?.text) args.push('-font', l.bold ? bold : font, '-annotate', `+${part.x ?? 250}+${y}`, part.text);
  }
  if (variant === 'miring+derau') args.push('-background', 'white', '-rotate', '1.2', '-attenuate', '0.5', '+noise', 'Gaussian', '-gravity', 'center', '-extent', '2480x3508');
  if (variant === 'foto-ponsel') {
    // A phone held over the desk: the page a trapezoid on a grey desk, light falling off to one corner.
    args.push('-background', 'gray70', '-virtual-pixel', 'background', '-distort', 'Perspective', '0,0 120,90  2480,0 2330,40  0,3508 40,3440  2480,3508 2420,3380');
    args.push('(', '-size', '2480x3508', 'radial-gradient:white-gray55', ')', '-compose', 'Multiply', '-composite', '-resize', '75%', '-density', '225');
  } else if (variant === 'faks') args.push('-resize', '50%', '-threshold', '55%', '-type', 'Bilevel', '-density', '150');
  else if (variant === '200dpi+buram') args.push('-blur', '0x1.2', '-resize', '66.67%', '-density', '200');
  else args.push('-density', '300');
  args.push('-units', 'PixelsPerInch', '-colorspace', 'Gray', '-depth', '8', file);
  await run('convert', args);
}
