/** Reading `scanimage -A` of real backends (text as sane-backends prints it) into dialog choices. */
import { describe, expect, it } from 'vitest';
import { parseSaneDeviceList, parseSaneOptions, saneCapabilities } from '../../../../electron/core/documents/scanners/sane/saneOptions';
import { classifySaneFailure } from '../../../../electron/core/documents/scanners/sane/saneFaults';

/** canon_dr (e.g. DR-C225): sources with a duplex feeder, a resolution list, "Gray" and "Lineart". */
const CANON_DR = `
All options specific to device \`canon_dr:libusb:001:004':
  Standard:
    --source Flatbed|ADF Front|ADF Back|ADF Duplex [ADF Front]
        Selects the scan source (such as a document-feeder).
    --mode Lineart|Halftone|Gray|Color [Lineart]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --resolution 100|150|200|240|300|400|600dpi [300]
        Sets the resolution of the scanned image.
  Geometry:
    -l 0..215.872mm (in steps of 0.0211639) [0]
        Top-left x position of scan area.
    -t 0..355.6mm (in steps of 0.0211639) [0]
        Top-left y position of scan area.
    -x 0..215.872mm (in steps of 0.0211639) [215.872]
        Width of scan-area.
    -y 0..355.6mm (in steps of 0.0211639) [279.364]
        Height of scan-area.
`;

/** epson2 with an ADF: duplex through --adf-mode, resolution range, "Binary". */
const EPSON2 = `
  Scan Mode:
    --mode Binary|Gray|Color [Binary]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --resolution 75..1200dpi [75]
        Sets the resolution of the scanned image.
    --source Flatbed|Automatic Document Feeder [Flatbed]
        Selects the scan source (such as a document-feeder).
    --adf-mode Simplex|Duplex [inactive]
        Selects the ADF mode (simplex/duplex)
  Geometry:
    -x 0..215.9mm [215.9]
        Width of scan-area.
    -y 0..297.18mm [297.18]
        Height of scan-area.
`;

describe('SANE options', () => {
  it('reads a duplex document scanner (canon_dr)', () => {
    const opts = parseSaneOptions(CANON_DR);
    expect(opts.get('source')).toMatchObject({ values: ['Flatbed', 'ADF Front', 'ADF Back', 'ADF Duplex'], current: 'ADF Front' });
    expect(opts.get('resolution')).toMatchObject({ values: ['100', '150', '200', '240', '300', '400', '600'], unit: 'dpi' });
    const caps = saneCapabilities(opts);
    expect(caps).toMatchObject({
      sources: ['flatbed', 'adf'],
      duplex: true,
      resolutions: [100, 150, 200, 240, 300, 400, 600],
      modes: ['gray', 'color', 'lineart'],
      defaults: { source: 'adf', resolution: 300, mode: 'gray' },
      native: { source: { flatbed: 'Flatbed', adf: 'ADF Front', duplex: 'ADF Duplex' }, mode: { gray: 'Gray', color: 'Color', lineart: 'Lineart' } },
      maxArea: { x: 215.872, y: 355.6 },
    });
  });

  it('reads a flatbed with feeder whose duplex is an ADF mode (epson2)', () => {
    const caps = saneCapabilities(parseSaneOptions(EPSON2));
    expect(caps).toMatchObject({
      sources: ['flatbed', 'adf'],
      duplex: true,
      resolutions: [75, 100, 150, 200, 240, 300, 400, 600, 1200],
      modes: ['gray', 'color', 'lineart'],
      native: { adfModeDuplex: 'Duplex', mode: { lineart: 'Binary' } },
      defaults: { source: 'flatbed', resolution: 300, mode: 'gray' },
    });
  });

  it('falls back sensibly for a device that reports almost nothing', () => {
    const caps = saneCapabilities(parseSaneOptions('  Options:\n    --depth 8 [8]\n'));
    expect(caps).toMatchObject({ sources: ['flatbed'], duplex: false, resolutions: [300], modes: ['gray'], maxArea: null });
  });

  it('parses the device list, tab-separated', () => {
    expect(parseSaneDeviceList('airscan:e0:Canon MF445dw\tCanon\tMF445dw\teSCL network scanner\ntest:0\tNoname\tfrontend-tester\tvirtual device\n')).toEqual([
      { id: 'airscan:e0:Canon MF445dw', backend: 'sane', label: 'Canon MF445dw — eSCL network scanner (airscan:e0:Canon MF445dw)', vendor: 'Canon', model: 'MF445dw' },
      { id: 'test:0', backend: 'sane', label: 'frontend-tester — virtual device (test:0)', vendor: 'Noname', model: 'frontend-tester' },
    ]);
  });

  it('classifies scanimage failures by message first, exit status second, ignoring notices', () => {
    expect(classifySaneFailure(1, 'scanimage: rounded value of br-x from 215.9 to 216\nProgress: 3%\rscanimage: sane_read: Document feeder jammed\n')).toBe('jammed');
    expect(classifySaneFailure(0, 'scanimage: sane_start: Document feeder out of documents\n')).toBe('no_docs');
    expect(classifySaneFailure(1, 'scanimage: open of device epson2:net:10.0.0.9 failed: Invalid argument\n')).toBe('device_gone');
    expect(classifySaneFailure(8, '')).toBe('cover_open');
    expect(classifySaneFailure(1, 'scanimage: something odd\n')).toBe('failed');
  });
});
