/** Small display helpers of the archive screens. */
import { type ZonaWaktu } from '../../../shared/dates';
import { numberLocale } from '../../i18n';
import { uiTime } from '../../i18n/dates';

/** "12,4 MB" / "12.4 MB": binary-free decimal units, as Windows Explorer users read them. */
export function formatBytes(n: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  const digits = u === 0 || v >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v)} ${units[u]}`;
}

/** RFC 8493 §2.2.2 Payload-Oxum "<octets>.<streams>" → counts ({0,0} if unreadable). */
export function parseOxum(oxum: string): { bytes: number; files: number } {
  const m = /^(\d+)\.(\d+)$/.exec(oxum.trim());
  return m ? { bytes: Number(m[1]), files: Number(m[2]) } : { bytes: 0, files: 0 };
}

/** An instant in the office zone, or the fallback text for none. */
export function when(iso: string | null, zone: ZonaWaktu, none: string): string {
  return iso ? uiTime(iso, zone) : none;
}
