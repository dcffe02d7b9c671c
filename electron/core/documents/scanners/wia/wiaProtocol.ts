/**
 * The WIA helper's output (one JSON object per line, wiaScript.ts) → devices, capabilities, pages
 * and faults. WIA error codes from Microsoft "WIA Error Codes" (wia_lh.h): WIA_ERROR_*.
 */
import { z } from 'zod';
import type { ScanDevice, ScanMode, ScanSource, ScanFault } from '../../../../../shared/contract/features/scanning';
import { STANDARD_RESOLUTIONS, defaultResolution } from '../adapter';

const rangeSchema = z.union([
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number(), step: z.number() }),
  z.object({ kind: z.literal('list'), values: z.array(z.number()) }),
  z.object({ kind: z.literal('flags'), values: z.array(z.number()) }),
  z.object({ kind: z.literal('none'), value: z.unknown() }),
]);

export const wiaEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('device'), id: z.string(), name: z.string(), vendor: z.string() }),
  z.object({ event: z.literal('caps'), handling: z.number().int(), resolution: rangeSchema.nullable(), intent: rangeSchema.nullable() }),
  z.object({ event: z.literal('page'), index: z.number().int().positive(), file: z.string() }),
  z.object({ event: z.literal('error'), hresult: z.string(), message: z.string() }),
  z.object({ event: z.literal('done'), pages: z.number().int().nonnegative().optional() }),
]);
export type WiaEvent = z.infer<typeof wiaEventSchema>;

/** One stdout line → an event, or null for anything else (PowerShell banners, blank lines). */
export function parseWiaLine(line: string): WiaEvent | null {
  const t = line.trim();
  if (!t.startsWith('{')) return null;
  try {
    const parsed = wiaEventSchema.safeParse(JSON.parse(t));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const WIA_FAULTS: Record<string, ScanFault> = {
  '0x80210002': 'jammed', // WIA_ERROR_PAPER_JAM
  '0x80210003': 'no_paper', // WIA_ERROR_PAPER_EMPTY
  '0x80210004': 'jammed', // WIA_ERROR_PAPER_PROBLEM (misfeed)
  '0x80210005': 'device_gone', // WIA_ERROR_OFFLINE
  '0x80210006': 'busy', // WIA_ERROR_BUSY
  '0x80210007': 'busy', // WIA_ERROR_WARMING_UP
  '0x8021000A': 'io', // WIA_ERROR_DEVICE_COMMUNICATION
  '0x8021000B': 'unsupported', // WIA_ERROR_INVALID_COMMAND
  '0x8021000C': 'unsupported', // WIA_ERROR_INCORRECT_HARDWARE_SETTING
  '0x8021000D': 'busy', // WIA_ERROR_DEVICE_LOCKED
  '0x80210015': 'device_gone', // WIA_S_NO_DEVICE_AVAILABLE
  '0x80210016': 'cover_open', // WIA_ERROR_COVER_OPEN
  '0x80070005': 'access_denied', // E_ACCESSDENIED
  '0x80070057': 'unsupported', // E_INVALIDARG (a property value the driver refused)
};

export function wiaFault(hresult: string): ScanFault {
  return WIA_FAULTS[hresult.toUpperCase().replace(/^0X/, '0x')] ?? 'failed';
}

export function wiaDevice(e: Extract<WiaEvent, { event: 'device' }>): ScanDevice {
  return { id: e.id, backend: 'wia', label: `${[e.vendor, e.name].filter(Boolean).join(' ') || e.id} (WIA)`, vendor: e.vendor, model: e.name };
}

/** Document Handling Capabilities bits (WIA_DPS_DOCUMENT_HANDLING_CAPABILITIES). */
const FEED = 0x001;
const FLAT = 0x002;
const DUP = 0x004;

export interface WiaCaps {
  sources: ScanSource[];
  duplex: boolean;
  resolutions: number[];
  modes: ScanMode[];
  defaults: { source: ScanSource; resolution: number; mode: ScanMode };
}

export function wiaCapabilities(e: Extract<WiaEvent, { event: 'caps' }>): WiaCaps {
  const sources: ScanSource[] = [];
  if (e.handling & FLAT) sources.push('flatbed');
  if (e.handling & FEED) sources.push('adf');
  if (sources.length === 0) sources.push('flatbed');
  let resolutions: number[] = [];
  const r = e.resolution;
  if (r?.kind === 'range') resolutions = STANDARD_RESOLUTIONS.filter((d) => d >= r.min && d <= r.max && (r.step <= 1 || (d - r.min) % r.step === 0));
  else if (r?.kind === 'list' || r?.kind === 'flags') resolutions = r.values.filter((v) => Number.isInteger(v) && v > 0);
  resolutions = [...new Set(resolutions)].sort((a, b) => a - b);
  if (resolutions.length === 0) resolutions = [300];
  // Current Intent flags: COLOR 1, GRAYSCALE 2, TEXT 4 (black and white).
  const i = e.intent;
  const flags = i && (i.kind === 'flags' || i.kind === 'list') ? i.values.reduce((a, v) => a | v, 0) : 0x7;
  const modes: ScanMode[] = [];
  if (flags & 0x2) modes.push('gray');
  if (flags & 0x1) modes.push('color');
  if (flags & 0x4) modes.push('lineart');
  if (modes.length === 0) modes.push('gray');
  return {
    sources,
    duplex: (e.handling & DUP) !== 0 && sources.includes('adf'),
    resolutions,
    modes,
    defaults: { source: sources.includes('adf') ? 'adf' : (sources[0] ?? 'flatbed'), resolution: defaultResolution(resolutions), mode: modes.includes('gray') ? 'gray' : (modes[0] ?? 'gray') },
  };
}
