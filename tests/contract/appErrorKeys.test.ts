/**
 * Issue 10 §9: the core's errors name their message by key (shared/messages), so the renderer can
 * show them in the UI's language. A source scan: every `new AppError(code, 'key', …)` in electron/
 * names a key that exists; the files still holding Indonesian texts are listed below with how many,
 * so the list can only shrink (converting one means lowering its count here).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../shared/messages/format';

const ROOT = path.resolve(__dirname, '../../electron');

/** Files whose AppErrors still carry a text instead of a key (or pass a message through a variable). */
const NOT_YET_KEYED: Record<string, number> = {
  'cli/archiveRootArgs.ts': 1,
  'cli/commands/audit.ts': 2,
  'cli/commands/catalogue.ts': 1,
  'cli/commands/export.ts': 1,
  'cli/commands/fixity.ts': 2,
  'cli/commands/restore.ts': 1,
  'cli/commands/verify.ts': 4,
  'cli/commands/verifyTrail.ts': 1,
  'core/demo/fillDemo.ts': 1,
  'core/documents/hotFolder/inbox.ts': 1,
  'core/documents/hotFolder/preview.ts': 1,
  'core/documents/scanners/scanningService.ts': 1,
  'core/documents/scanners/scanningSettings.ts': 1,
  'core/documents/sniff.ts': 1,
  'core/documents/worker/pool.ts': 1,
  'core/handlers/workflowHandlers.ts': 1,
  'core/legacyDataFolder.ts': 1,
  'core/letters/logo.ts': 1,
  'core/letters/register.ts': 1,
  'core/letters/service.ts': 2,
  'core/letters/settingsFile.ts': 3,
  'core/office/archivedCase.ts': 1,
  'core/office/auditService.ts': 1,
  'core/office/handover.ts': 1,
  'core/office/officeService.ts': 5,
  'core/office/workstationClaims.ts': 1,
  'core/records/labels.ts': 1,
  'core/store/caseRepository.ts': 2,
  'core/store/jsonFile.ts': 2,
  'core/store/settingsRepository.ts': 1,
  'core/workflow/engine.ts': 3,
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The second argument of each `new AppError(` in `text`: its quoted key(s), or null for anything else. */
function messageArgs(text: string): (string[] | null)[] {
  return [...text.matchAll(/new AppError\(\s*'[a-z_]+',\s*([^,)]*)/g)].map((m) => {
    const arg = (m[1] ?? '').trim();
    const quoted = /^'([\w.]+)'$/.exec(arg);
    if (quoted) return [quoted[1] ?? ''];
    // One of two keys: `cond ? 'a.key' : 'b.key'`.
    const either = /^[^']*\?\s*'([\w.]+)'\s*:\s*'([\w.]+)'$/.exec(arg);
    if (either) return [either[1] ?? '', either[2] ?? ''];
    // A parameter or variable typed `MessageKey` in the same file: TypeScript holds it to the catalogue.
    const name = /^[A-Za-z_$][\w$.]*$/.exec(arg)?.[0]?.split('.').at(-1);
    return name && new RegExp(`\\b${name}\\??:\\s*MessageKey\\b`).test(text) ? [] : null;
  });
}

describe('AppError messages by key', () => {
  const found = sources(ROOT).map((file) => ({ file: path.relative(ROOT, file).split(path.sep).join('/'), args: messageArgs(fs.readFileSync(file, 'utf8')) }));

  it('finds the AppErrors of the core and the CLI', () => {
    expect(found.reduce((n, f) => n + f.args.length, 0)).toBeGreaterThan(100);
  });

  it('names keys that exist in the catalogue', () => {
    for (const { file, args } of found) for (const key of args.flatMap((a) => a ?? [])) expect(isMessageKey(key), `${file}: ${key}`).toBe(true);
  });

  it('leaves texts without a key only in the files listed, as many as listed', () => {
    const remaining = Object.fromEntries(found.map((f) => [f.file, f.args.filter((a) => a === null).length]).filter(([, n]) => n !== 0));
    expect(remaining).toEqual(NOT_YET_KEYED);
  });
});
