/**
 * The scanner backends of this computer: SANE on Linux (and macOS with sane-backends); on Windows
 * WIA (built in) and the NAPS2 console when installed (docs/reference.md §5).
 */
import type { ScannerAdapter } from './adapter';
import { Naps2Adapter } from './naps2/naps2';
import { SaneAdapter } from './sane/saneAdapter';
import { WiaAdapter } from './wia/wiaAdapter';

export function platformAdapters(platform: NodeJS.Platform = process.platform): ScannerAdapter[] {
  if (platform === 'win32') return [new WiaAdapter(), new Naps2Adapter()];
  return [new SaneAdapter()];
}
