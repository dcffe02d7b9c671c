/**
 * WIA through PowerShell: the helper script's contract and the parsing of its output. PowerShell and
 * WIA do not exist on the build machines, so the script itself is checked as text (parameters, the
 * WIA property ids and error codes it relies on) and the adapter's side is driven with recorded output.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCAN_MODES, SCAN_SOURCES } from '../../../../shared/contract/features/scanning';
import { WiaAdapter } from '../../../../electron/core/documents/scanners/wia/wiaAdapter';
import { WIA_SCRIPT, wiaArgs } from '../../../../electron/core/documents/scanners/wia/wiaScript';
import { parseWiaLine, wiaCapabilities, wiaDevice, wiaFault } from '../../../../electron/core/documents/scanners/wia/wiaProtocol';
import { tempDir } from '../../support/tempDir';

describe('WIA helper script', () => {
  it('takes exactly the sources and modes of the contract as validated parameters', () => {
    const sources = /\[ValidateSet\(([^)]*)\)\]\[string\]\$Source/.exec(WIA_SCRIPT)?.[1];
    const modes = /\[ValidateSet\(([^)]*)\)\]\[string\]\$Mode/.exec(WIA_SCRIPT)?.[1];
    expect(sources?.split(',').map((s) => s.trim().replace(/'/g, ''))).toEqual([...SCAN_SOURCES]);
    expect(modes?.split(',').map((s) => s.trim().replace(/'/g, ''))).toEqual([...SCAN_MODES]);
    expect(WIA_SCRIPT).toContain('[ValidateRange(75, 1200)][int]$Dpi');
  });

  it('uses the documented WIA ids: handling select 3088 (feeder 1, flatbed 2, duplex 4), intent 6146, resolution 6147/6148, PNG', () => {
    expect(WIA_SCRIPT).toContain('SetProp $dev.Properties 3088 $select');
    expect(WIA_SCRIPT).toMatch(/\$select = 1; if \(\$Duplex\) \{ \$select = 5 \}/);
    expect(WIA_SCRIPT).toContain('@{ color = 1; gray = 2; lineart = 4 }[$Mode]');
    expect(WIA_SCRIPT).toContain('SetProp $item.Properties 6147 $Dpi');
    expect(WIA_SCRIPT).toContain('SetProp $item.Properties 6148 $Dpi');
    expect(WIA_SCRIPT).toContain("'{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}'");
    // The feeder running empty after ≥ 1 page ends the batch normally; before the first page it is an error.
    expect(WIA_SCRIPT).toContain("if ($Source -eq 'adf' -and $page -gt 0 -and $h -eq '0x80210003') { break }");
    // A page appears under its final name only once saved whole.
    expect(WIA_SCRIPT).toMatch(/SaveFile\(\$part\)\s+Move-Item -LiteralPath \$part -Destination \$file/);
  });

  it('passes every value as a parameter, never inside the script text', () => {
    const hostile = `x'; Remove-Item -Recurse C:\\ ; '`;
    const args = wiaArgs('C:\\t\\loket-wia.ps1', 'scan', { deviceId: hostile, outDir: 'C:\\data\\scan-staging\\j1', source: 'adf', duplex: true, dpi: 300, mode: 'gray' });
    expect(args).toEqual([
      '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', 'C:\\t\\loket-wia.ps1',
      '-Action', 'scan', '-DeviceId', hostile, '-OutDir', 'C:\\data\\scan-staging\\j1', '-Source', 'adf', '-Duplex', '-Dpi', '300', '-Mode', 'gray',
    ]);
    expect(WIA_SCRIPT).not.toContain('Invoke-Expression');
    expect(WIA_SCRIPT).not.toMatch(/iex\b/i);
  });

  it('is written once per script version, with a BOM for Windows PowerShell 5.1', async () => {
    const dir = await tempDir('loket-wia-');
    const adapter = new WiaAdapter({ scriptDir: dir });
    const file = await adapter.scriptFile();
    expect(path.basename(file)).toMatch(/^loket-wia-[0-9a-f]{16}\.ps1$/);
    const text = await fs.readFile(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe(WIA_SCRIPT);
  });
});

describe('WIA helper output', () => {
  it('parses device, caps, page, error and done lines and skips anything else', () => {
    expect(parseWiaLine('{"event":"device","id":"{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\\\0001","name":"Canon DR-C225","vendor":"Canon"}')).toEqual({
      event: 'device', id: '{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0001', name: 'Canon DR-C225', vendor: 'Canon',
    });
    expect(parseWiaLine('{"event":"page","index":2,"file":"C:\\\\d\\\\page-0002.png"}')).toEqual({ event: 'page', index: 2, file: 'C:\\d\\page-0002.png' });
    expect(parseWiaLine('{"event":"error","hresult":"0x80210002","message":"Paper is jammed in the scanner\'s document feeder."}')).toMatchObject({ event: 'error', hresult: '0x80210002' });
    expect(parseWiaLine('{"event":"done","pages":3}')).toEqual({ event: 'done', pages: 3 });
    expect(parseWiaLine('Windows PowerShell')).toBeNull();
    expect(parseWiaLine('{"event":"page","index":0,"file":"x"}')).toBeNull();
    expect(parseWiaLine('{not json')).toBeNull();
  });

  it.each([
    ['0x80210002', 'jammed'],
    ['0x80210003', 'no_paper'],
    ['0x80210005', 'device_gone'],
    ['0x80210006', 'busy'],
    ['0x80210016', 'cover_open'],
    ['0x8021000a', 'io'],
    ['0x80070005', 'access_denied'],
    ['0x80004005', 'failed'],
  ] as const)('maps HRESULT %s to %s', (h, code) => expect(wiaFault(h)).toBe(code));

  it('turns WIA capabilities into the dialog choices', () => {
    const caps = wiaCapabilities({
      event: 'caps',
      handling: 0x1 | 0x2 | 0x4,
      resolution: { kind: 'list', values: [100, 150, 200, 300, 600] },
      intent: { kind: 'flags', values: [1, 2, 4] },
    });
    expect(caps).toEqual({
      sources: ['flatbed', 'adf'], duplex: true, resolutions: [100, 150, 200, 300, 600], modes: ['gray', 'color', 'lineart'],
      defaults: { source: 'adf', resolution: 300, mode: 'gray' },
    });
    const flatbedOnly = wiaCapabilities({ event: 'caps', handling: 0x2, resolution: { kind: 'range', min: 50, max: 600, step: 1 }, intent: null });
    expect(flatbedOnly).toMatchObject({ sources: ['flatbed'], duplex: false, resolutions: [75, 100, 150, 200, 240, 300, 400, 600] });
    expect(wiaDevice({ event: 'device', id: 'X\\0001', name: 'LiDE 300', vendor: 'Canon' })).toEqual({ id: 'X\\0001', backend: 'wia', label: 'Canon LiDE 300 (WIA)', vendor: 'Canon', model: 'LiDE 300' });
  });

  it('reports PowerShell missing in words the admin can act on', async () => {
    const adapter = new WiaAdapter({ command: '/nonexistent/powershell.exe', scriptDir: await tempDir('loket-wia-') });
    expect(await adapter.availability()).toMatchObject({ backend: 'wia', available: false, message: expect.stringContaining('PowerShell') });
    await expect(adapter.listDevices()).rejects.toMatchObject({ fault: { code: 'tool_missing' } });
  });
});
