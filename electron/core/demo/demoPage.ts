/**
 * A small scanned-looking page for demo cases: an A4 sheet at 72 dpi with the letter's heading and
 * a few lines, drawn as SVG and rendered to a grayscale PNG by sharp (librsvg). Small (a few kB), so
 * dozens of closed demo cases stay quick to make and to export.
 */
import sharp from 'sharp';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function demoPagePng(title: string, lines: readonly string[]): Promise<Buffer> {
  const [w, h] = [595, 842];
  const text = lines
    .map((l, i) => `<text x="60" y="${190 + i * 22}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">${esc(l)}</text>`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="${w / 2}" y="90" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="15" font-weight="bold">${esc(title)}</text>` +
    `<line x1="60" y1="110" x2="${w - 60}" y2="110" stroke="black" stroke-width="1.5"/>` +
    text +
    `</svg>`;
  return sharp(Buffer.from(svg)).grayscale().png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer();
}
