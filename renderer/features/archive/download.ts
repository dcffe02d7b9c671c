/**
 * Offering a file the core produced (registers.export answers base64) as a browser download: a
 * Blob and a temporary `<a download>`; nothing is written by the renderer itself.
 */

/** Base64 → bytes (atob works on Latin-1 strings, one char per byte). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function offerDownload(file: { fileName: string; mediaType: string; base64: string }): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the Blob to the download manager; keep the URL a moment for slow hosts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
