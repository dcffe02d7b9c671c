/**
 * Reading `scanimage -A -d DEVICE` (the device's options as text) into what the scan dialog offers,
 * and the device list from `scanimage -f`. Option names and values vary by backend (sane-backends
 * "Standard option names": `source`, `mode`, `resolution`, geometry `-l -t -x -y`), so values are
 * mapped by meaning and the device's own spelling is kept for the command line.
 */
import type { ScanDevice, ScanMode, ScanSource } from '../../../../../shared/contract/features/scanning';
import { STANDARD_RESOLUTIONS, defaultResolution } from '../adapter';

export interface SaneOption {
  name: string;
  /** Listed values (`a|b|c`), empty for ranges. */
  values: string[];
  range: { min: number; max: number; step: number } | null;
  unit: string;
  current: string;
  inactive: boolean;
}

/** Parses the option lines of `scanimage -A` ("    --mode Gray|Color [Gray]", "    -x 0..300mm (in steps of 1) [80]"). */
export function parseSaneOptions(text: string): Map<string, SaneOption> {
  const options = new Map<string, SaneOption>();
  const line = /^\s{2,}(--?[A-Za-z][\w-]*)(?:\[=\(([^)]*)\)\])?(?:\s+(.*?))?\s*\[(.*)\]\s*$/;
  for (const raw of text.split(/\r?\n/)) {
    const m = line.exec(raw);
    if (!m) continue;
    const name = (m[1] ?? '').replace(/^-+/, '');
    const spec = (m[3] ?? m[2] ?? '').trim();
    const current = (m[4] ?? '').trim();
    const opt: SaneOption = { name, values: [], range: null, unit: '', current, inactive: current === 'inactive' };
    const range = /^(-?[\d.]+)\.\.(-?[\d.]+)([a-z%]*)(?:\s*\(in steps of ([\d.]+)\))?/.exec(spec);
    if (range) {
      opt.range = { min: Number(range[1]), max: Number(range[2]), step: Number(range[4] ?? 0) };
      opt.unit = range[3] ?? '';
    } else if (spec.length > 0) {
      // "75|150|300dpi" or "Gray|Color" or "yes|no"; a unit is glued to the last value.
      const unit = /^[\d|.]+([a-z%]+)$/.exec(spec);
      opt.unit = unit?.[1] ?? '';
      opt.values = (unit ? spec.slice(0, -opt.unit.length) : spec).split('|').map((v) => v.trim()).filter(Boolean);
    }
    options.set(name, opt);
  }
  return options;
}

export function sourceKind(value: string): ScanSource | 'duplex' | null {
  const v = value.toLowerCase();
  if (/duplex/.test(v)) return 'duplex';
  if (/flatbed|platen|glass|document table/.test(v)) return 'flatbed';
  if (/back/.test(v) && !/front/.test(v)) return null; // back side only: not a way to feed a document
  if (/adf|feeder|automatic|front/.test(v)) return 'adf';
  return null;
}

export function modeKind(value: string): ScanMode | null {
  const v = value.toLowerCase();
  if (/colou?r|rgb/.test(v)) return 'color';
  if (/gr[ae]y/.test(v)) return 'gray';
  if (/lineart|line art|binary|black|halftone|monochrome|bw/.test(v)) return 'lineart';
  return null;
}

export interface SaneCaps {
  sources: ScanSource[];
  duplex: boolean;
  resolutions: number[];
  modes: ScanMode[];
  defaults: { source: ScanSource; resolution: number; mode: ScanMode };
  /** The device's own spelling for each choice. */
  native: {
    source: Partial<Record<ScanSource | 'duplex', string>>;
    /** Some backends (epson2) switch duplex with `--adf-mode Duplex` instead of a duplex source. */
    adfModeDuplex: string | null;
    mode: Partial<Record<ScanMode, string>>;
  };
  /** Largest scan area (mm), when the device reports its geometry. */
  maxArea: { x: number; y: number } | null;
}

/** What the dialog offers for a device, from its parsed options. */
export function saneCapabilities(options: Map<string, SaneOption>): SaneCaps {
  const native: SaneCaps['native'] = { source: {}, adfModeDuplex: null, mode: {} };
  const source = options.get('source');
  for (const v of source?.values ?? []) {
    const kind = sourceKind(v);
    if (kind && !native.source[kind]) native.source[kind] = v;
  }
  const adfMode = options.get('adf-mode');
  native.adfModeDuplex = adfMode?.values.find((v) => /duplex/i.test(v)) ?? null;
  const mode = options.get('mode');
  for (const v of mode?.values ?? []) {
    const kind = modeKind(v);
    if (kind && !native.mode[kind]) native.mode[kind] = v;
  }
  let sources = (['flatbed', 'adf'] as const).filter((s) => native.source[s] !== undefined);
  // A duplex-only feeder (no simplex source) still feeds documents.
  if (!native.source.adf && native.source.duplex) sources = [...sources, 'adf'];
  if (sources.length === 0) sources = ['flatbed']; // no source option: the device has one way in
  const modes = (['gray', 'color', 'lineart'] as const).filter((m) => native.mode[m] !== undefined);
  const res = options.get('resolution') ?? options.get('x-resolution');
  let resolutions: number[];
  if (res?.range) {
    const { min, max, step } = res.range;
    resolutions = STANDARD_RESOLUTIONS.filter((r) => r >= min && r <= max && (step <= 1 || (r - min) % step === 0));
  } else {
    resolutions = (res?.values ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  }
  resolutions = [...new Set(resolutions)].sort((a, b) => a - b);
  if (resolutions.length === 0) resolutions = [300];
  const currentMode = mode ? modeKind(mode.current) : null;
  const gx = options.get('x');
  const gy = options.get('y');
  return {
    sources,
    duplex: native.source.duplex !== undefined || native.adfModeDuplex !== null,
    resolutions,
    modes: modes.length > 0 ? modes : ['gray'],
    defaults: {
      source: sources.includes('adf') && source && sourceKind(source.current) === 'adf' ? 'adf' : (sources[0] ?? 'flatbed'),
      resolution: defaultResolution(resolutions),
      // Letters are archived in grayscale (smaller, OCR-friendly) unless the device cannot.
      mode: modes.includes('gray') ? 'gray' : (currentMode ?? modes[0] ?? 'gray'),
    },
    native,
    maxArea: gx?.range && gy?.range && gx.unit === 'mm' && gy.unit === 'mm' ? { x: gx.range.max, y: gy.range.max } : null,
  };
}

/** `scanimage -f` line format: fields separated by TAB (never in SANE names). */
export const SANE_LIST_FORMAT = '%d\t%v\t%m\t%t%n';

export function parseSaneDeviceList(stdout: string): ScanDevice[] {
  const devices: ScanDevice[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const [name, vendor = '', model = '', type = ''] = line.split('\t');
    if (!name) continue;
    const label = [vendor, model].filter((s) => s && s !== 'Noname').join(' ') || name;
    devices.push({ id: name, backend: 'sane', label: type ? `${label} — ${type} (${name})` : `${label} (${name})`, vendor, model });
  }
  return devices;
}

/** Paper sizes Indonesian offices use: A4 and F4/Folio (215 × 330 mm); the scan area is clamped to F4. */
export const MAX_PAPER_MM = { x: 215.9, y: 330 } as const;
