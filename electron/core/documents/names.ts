/**
 * Names from outside (a dropped file, a hot-folder file, a CLI argument) are metadata only, never a
 * path: no folders, no control characters, no Windows reserved names (CON, NUL, COM1…, Microsoft
 * "Naming Files, Paths, and Namespaces"), at most 120 characters, Unicode NFC. Blobs are stored by hash.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
export const MAX_NAME_LENGTH = 120;

/** Control characters (C0, DEL, C1) and the characters Windows forbids in names. */
function isForbidden(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || '<>:"|?*'.includes(c);
}

export function sanitizeFileName(raw: string): string {
  // Only the last path segment: "..\\..\\Windows\\x.pdf" and "/etc/passwd" name a file, not a place.
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = [...base]
    .map((c) => (isForbidden(c) ? '_' : c))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .trim();
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = [...name.slice(0, name.length - ext.length)].slice(0, MAX_NAME_LENGTH - ext.length - 1).join('') + '…' + ext;
  }
  return name || 'tanpa-nama';
}
