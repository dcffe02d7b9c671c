/**
 * Files the app ships for archival PDFs: the DejaVu Sans font (Bitstream Vera licence, free to embed
 * and redistribute; build/fonts/DejaVu-LICENSE.txt) for the invisible OCR text layer, and the sRGB
 * IEC 61966-2.1 ICC profile (from pdfkit, MIT) for the PDF/A OutputIntent (ISO 19005-2 §6.2.3).
 * Shipped in build/ so Windows office PCs need no system fonts or profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The app folder: the nearest parent holding the app's package.json (source tree, dist/ bundle or packaged app). */
export function appRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'loket-akun') return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('appRoot: package.json of loket-akun not found');
    dir = up;
  }
}

export interface PdfAssets {
  fontFile: string;
  iccFile: string;
}

/** From dist/assets (copied there by scripts/build-node.mjs, so the packaged app has them), else from build/. */
export function pdfAssets(): PdfAssets {
  const r = appRoot();
  const find = (rel: string) => {
    const packaged = path.join(r, 'dist/assets', rel);
    return existsSync(packaged) ? packaged : path.join(r, 'build', rel);
  };
  return { fontFile: find('fonts/DejaVuSans.ttf'), iccFile: find('icc/sRGB_IEC61966_2_1.icc') };
}
