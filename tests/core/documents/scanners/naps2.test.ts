/** NAPS2 console: detection, the command line and the reading of its output (no NAPS2 on the build machines). */
import { describe, expect, it } from 'vitest';
import {
  Naps2Adapter, findNaps2, naps2Candidates, naps2Fault, naps2ScanArgs, parseNaps2DeviceId, parseNaps2Devices,
} from '../../../../electron/core/documents/scanners/naps2/naps2';

const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\admin\\AppData\\Local' };

describe('NAPS2 console', () => {
  it('looks where the installer puts it, per machine then per user, or where IT says', () => {
    expect(naps2Candidates(env)).toEqual([
      'C:\\Program Files\\NAPS2\\NAPS2.Console.exe',
      'C:\\Program Files (x86)\\NAPS2\\NAPS2.Console.exe',
      'C:\\Users\\admin\\AppData\\Local\\Programs\\NAPS2\\NAPS2.Console.exe',
    ]);
    expect(findNaps2(env, (p) => p.includes('(x86)'))).toBe('C:\\Program Files (x86)\\NAPS2\\NAPS2.Console.exe');
    expect(findNaps2(env, () => false)).toBeNull();
    expect(findNaps2({ ...env, LOKET_NAPS2: 'D:\\Tools\\NAPS2.Console.exe' }, (p) => p.startsWith('D:'))).toBe('D:\\Tools\\NAPS2.Console.exe');
  });

  it('lists devices per driver and keeps the driver in the id', () => {
    const devices = parseNaps2Devices('Canon DR-C225\r\nEPSON L3150 Series\r\n\r\n', 'wia');
    expect(devices.map((d) => d.id)).toEqual(['wia|Canon DR-C225', 'wia|EPSON L3150 Series']);
    expect(devices[0]?.label).toBe('Canon DR-C225 (NAPS2, WIA)');
    expect(parseNaps2DeviceId('twain|HP ScanJet Pro 2500 f1 TWAIN')).toEqual({ driver: 'twain', name: 'HP ScanJet Pro 2500 f1 TWAIN' });
    expect(parseNaps2DeviceId('sane:test:0')).toBeNull();
  });

  it('builds the command line: one PNG per page into the job folder', () => {
    const args = naps2ScanArgs({ driver: 'wia', name: 'Canon DR-C225' }, { source: 'adf', duplex: true, resolution: 300, mode: 'gray' }, 'C:\\data\\scan-staging\\j1');
    expect(args).toEqual([
      '--noprofile', '--driver', 'wia', '--device', 'Canon DR-C225', '--source', 'duplex', '--dpi', '300', '--bitdepth', 'gray',
      '-o', 'C:\\data\\scan-staging\\j1\\page-$(nnnn).png', '--force', '--verbose',
    ]);
    expect(naps2ScanArgs({ driver: 'twain', name: 'X' }, { source: 'flatbed', duplex: false, resolution: 150, mode: 'lineart' }, 'C:\\j')).toEqual(
      expect.arrayContaining(['--source', 'glass', '--bitdepth', 'bw', '--driver', 'twain']),
    );
    expect(naps2ScanArgs({ driver: 'wia', name: 'X' }, { source: 'adf', duplex: false, resolution: 300, mode: 'color' }, 'C:\\j')).toEqual(
      expect.arrayContaining(['--source', 'feeder', '--bitdepth', 'color']),
    );
  });

  it.each([
    ['Scanning...\nError: The scanner has a paper jam.', 1, 'jammed'],
    ['Starting scan\nNo pages are in the feeder.', 1, 'no_paper'],
    ['The scanner cover is open.', 1, 'cover_open'],
    ['The scanner is busy.', 1, 'busy'],
    ['The selected scanner is offline.', 1, 'device_gone'],
    ['Unexpected error: 0x80004005', 1, 'failed'],
  ] as const)('reads %j as %s', (out, code, expected) => expect(naps2Fault(out, code)?.code).toBe(expected));

  it('reads a clean run as no fault', () => {
    expect(naps2Fault('Beginning scan...\nScanned page 1.\nScanned page 2.\nExporting...\nFinished saving images to C:\\j\\page-0001.png', 0)).toBeNull();
  });

  it('says NAPS2 is optional when it is not installed', async () => {
    const adapter = new Naps2Adapter({});
    expect(await adapter.availability()).toMatchObject({ backend: 'naps2', available: false, message: expect.stringContaining('tidak wajib') });
    await expect(adapter.listDevices()).rejects.toMatchObject({ fault: { code: 'tool_missing' } });
  });
});
