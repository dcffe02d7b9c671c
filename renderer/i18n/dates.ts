/** Dates and times on screen in the UI's language (shared/dates.ts formats them; letters and registers stay Indonesian). */
import { formatTanggal, formatWaktu, type ZonaWaktu } from '../../shared/dates';
import { uiLanguage } from './coreMessages';

/** "25 November 2026" in the UI's language. */
export const uiDate = (isoDate: string): string => formatTanggal(isoDate, uiLanguage());

/** "25 November 2026 14.05 WIB" / "… 14:05 WIB" in the UI's language. */
export const uiTime = (instantIso: string, zone: ZonaWaktu = 'WIB'): string => formatWaktu(instantIso, zone, uiLanguage());
