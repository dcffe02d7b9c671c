/**
 * The PowerShell helper for WIA (Windows Image Acquisition), shipped as text and written to a .ps1
 * when first needed. It drives the `WIA.DeviceManager` COM object (WIA Automation Layer, wiaaut.dll,
 * built into Windows) and reports one JSON object per line on stdout, which wiaProtocol.ts parses.
 * Every input arrives as a typed, validated parameter — nothing is pasted into the script text.
 *
 * WIA property ids (Microsoft "WIA Property Constant Definitions"): 3086 Document Handling
 * Capabilities, 3088 Document Handling Select (FEEDER 1, FLATBED 2, DUPLEX 4), 6146 Current Intent
 * (COLOR 1, GRAYSCALE 2, TEXT 4), 6147/6148 X/Y resolution. PNG format id {B96B3CAF-0728-11D3-9D7B-0000F81EF32E}.
 * WIA_ERROR_PAPER_EMPTY (0x80210003) after ≥ 1 page is the normal end of a feeder batch.
 *
 * Not exercised on a real Windows PC (the build machines run Linux, without PowerShell): the script's
 * protocol and the parsing of its output are unit-tested; the COM calls follow Microsoft's documentation.
 */
export const WIA_SCRIPT = String.raw`# Loket Akun SPSE - pemindaian lewat WIA. Dijalankan oleh aplikasi; jangan diubah.
param(
  [Parameter(Mandatory = $true)][ValidateSet('list', 'caps', 'scan')][string]$Action,
  [string]$DeviceId = '',
  [string]$OutDir = '',
  [ValidateSet('flatbed', 'adf')][string]$Source = 'flatbed',
  [switch]$Duplex,
  [ValidateRange(75, 1200)][int]$Dpi = 300,
  [ValidateSet('color', 'gray', 'lineart')][string]$Mode = 'gray'
)
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$FormatPng = '{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}'

function Emit($obj) { [Console]::Out.WriteLine(($obj | ConvertTo-Json -Compress -Depth 5)) }
function HResultOf($err) { '0x{0:X8}' -f $err.Exception.HResult }
function Fail($err) {
  Emit @{ event = 'error'; hresult = (HResultOf $err); message = [string]$err.Exception.Message }
  exit 2
}
function FindProp($props, [int]$id) {
  foreach ($p in $props) { if ($p.PropertyID -eq $id) { return $p } }
  return $null
}
function SetProp($props, [int]$id, $value) {
  $p = FindProp $props $id
  if ($null -ne $p) { $p.Value = $value }
}
function Connect([string]$id) {
  $dm = New-Object -ComObject WIA.DeviceManager
  foreach ($info in $dm.DeviceInfos) {
    if ($info.DeviceID -eq $id) { return $info.Connect() }
  }
  Emit @{ event = 'error'; hresult = '0x80210015'; message = 'device not found' }
  exit 2
}
function Range($p) {
  if ($null -eq $p) { return $null }
  if ($p.SubType -eq 1) { return @{ kind = 'range'; min = $p.SubTypeMin; max = $p.SubTypeMax; step = $p.SubTypeStep } }
  if ($p.SubType -eq 2) { return @{ kind = 'list'; values = @($p.SubTypeValues) } }
  if ($p.SubType -eq 3) { return @{ kind = 'flags'; values = @($p.SubTypeValues) } }
  return @{ kind = 'none'; value = $p.Value }
}

try {
  switch ($Action) {
    'list' {
      $dm = New-Object -ComObject WIA.DeviceManager
      foreach ($info in $dm.DeviceInfos) {
        if ($info.Type -ne 1) { continue } # 1 = ScannerDeviceType
        $name = ''; $vendor = ''
        foreach ($p in $info.Properties) {
          if ($p.Name -eq 'Name') { $name = [string]$p.Value }
          if ($p.Name -eq 'Manufacturer') { $vendor = [string]$p.Value }
        }
        Emit @{ event = 'device'; id = [string]$info.DeviceID; name = $name; vendor = $vendor }
      }
      Emit @{ event = 'done' }
    }
    'caps' {
      $dev = Connect $DeviceId
      $item = $dev.Items.Item(1)
      $handling = FindProp $dev.Properties 3086
      Emit @{
        event = 'caps'
        handling = $(if ($null -ne $handling) { [int]$handling.Value } else { 2 })
        resolution = (Range (FindProp $item.Properties 6147))
        intent = (Range (FindProp $item.Properties 6146))
      }
      Emit @{ event = 'done' }
    }
    'scan' {
      $dev = Connect $DeviceId
      $select = 2
      if ($Source -eq 'adf') { $select = 1; if ($Duplex) { $select = 5 } }
      SetProp $dev.Properties 3088 $select
      $item = $dev.Items.Item(1)
      $intent = @{ color = 1; gray = 2; lineart = 4 }[$Mode]
      SetProp $item.Properties 6146 $intent
      SetProp $item.Properties 6147 $Dpi
      SetProp $item.Properties 6148 $Dpi
      $page = 0
      while ($true) {
        try {
          $img = $item.Transfer($FormatPng)
        } catch {
          $h = HResultOf $_
          if ($Source -eq 'adf' -and $page -gt 0 -and $h -eq '0x80210003') { break }
          Fail $_
        }
        $page++
        $file = Join-Path $OutDir ('page-{0:D4}.png' -f $page)
        $part = $file + '.part'
        $img.SaveFile($part)
        Move-Item -LiteralPath $part -Destination $file
        Emit @{ event = 'page'; index = $page; file = $file }
        if ($Source -ne 'adf') { break }
      }
      Emit @{ event = 'done'; pages = $page }
    }
  }
} catch {
  Fail $_
}
`;

/** powershell.exe arguments for an action; values go in as parameters, never into the script. */
export function wiaArgs(
  scriptFile: string,
  action: 'list' | 'caps' | 'scan',
  p: { deviceId?: string; outDir?: string; source?: 'flatbed' | 'adf'; duplex?: boolean; dpi?: number; mode?: 'color' | 'gray' | 'lineart' } = {},
): string[] {
  const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', scriptFile, '-Action', action];
  if (p.deviceId !== undefined) args.push('-DeviceId', p.deviceId);
  if (p.outDir !== undefined) args.push('-OutDir', p.outDir);
  if (p.source) args.push('-Source', p.source);
  if (p.duplex) args.push('-Duplex');
  if (p.dpi !== undefined) args.push('-Dpi', String(p.dpi));
  if (p.mode) args.push('-Mode', p.mode);
  return args;
}
