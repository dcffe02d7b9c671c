import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonFile, type JsonFileKind } from '../../../electron/core/store/jsonFile';
import type { Migration } from '../../../electron/core/store/migrations';
import { AppError } from '../../../shared/contract/result';
import { tempDir } from '../support/tempDir';
import { testContext } from './storeContext';

// A synthetic document at version 3: v1 had `fullName`, v2 split it, v3 added `tags`.
const docSchema = z.object({ schemaVersion: z.literal(3), first: z.string(), last: z.string(), tags: z.array(z.string()) });
type Doc = z.infer<typeof docSchema>;
const order: string[] = [];
const migrations: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate: (d) => {
      order.push('1→2');
      const [first = '', ...rest] = String(d.fullName).split(' ');
      return { first, last: rest.join(' ') };
    },
  },
  {
    from: 2,
    to: 3,
    migrate: (d) => {
      order.push('2→3');
      return { ...d, tags: [] };
    },
  },
];
const kind: JsonFileKind<Doc> = { schema: docSchema, version: 3, migrations };
const good: Doc = { schemaVersion: 3, first: 'Sri', last: 'Wahyuni', tags: ['pokja'] };

async function setup() {
  const dir = await tempDir();
  const ctx = testContext(dir);
  const file = new DurableJsonFile(ctx, 'doc.json', kind);
  return { dir, ctx, file, full: path.join(dir, 'doc.json') };
}

describe('DurableJsonFile as a lowdb adapter', () => {
  it('works under lowdb Low: missing file → default data, write → read back from disk', async () => {
    const { ctx, file } = await setup();
    const db = new Low<Doc>(file, { schemaVersion: 3, first: '', last: '', tags: [] });
    await db.read();
    expect(db.data.first).toBe('');
    db.data = good;
    await db.write();
    const again = new Low<Doc>(new DurableJsonFile(ctx, 'doc.json', kind), { schemaVersion: 3, first: '', last: '', tags: [] });
    await again.read();
    expect(again.data).toEqual(good);
  });

  it('refuses to write a document that fails its schema', async () => {
    const { file, full } = await setup();
    await expect(file.write({ ...good, tags: 'x' } as unknown as Doc)).rejects.toThrow(/refusing to write/);
    await expect(fs.access(full)).rejects.toThrow();
  });

  it('serialises writes to one file in call order: the last write wins', async () => {
    const { file } = await setup();
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.write({ ...good, tags: [String(i)] })));
    expect((await file.read())?.tags).toEqual(['19']);
  });
});

describe('DurableJsonFile: corrupt files', () => {
  const corruptions: Array<[string, string]> = [
    ['a truncated file', JSON.stringify(good).slice(0, 25)],
    ['garbled JSON', '{"schemaVersion": 3, "first": "Sri" "last": }}'],
    ['an empty file', ''],
    ['valid JSON failing the schema', JSON.stringify({ schemaVersion: 3, first: 'Sri', last: 42, tags: [] })],
    ['JSON without a schemaVersion', JSON.stringify({ first: 'Sri' })],
  ];

  for (const [label, bytes] of corruptions) {
    it(`quarantines ${label}, reports it by name and throws a 'corrupt' error`, async () => {
      const { dir, ctx, file, full } = await setup();
      await fs.writeFile(full, bytes);
      const error = await file.read().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('corrupt');
      expect((error as AppError).message).toContain('doc.json');
      const [problem] = ctx.problems.list();
      expect(problem).toMatchObject({ file: 'doc.json', kind: 'corrupt' });
      expect(problem?.quarantinedTo).toMatch(/^quarantine\/20261125-010203-456_doc\.json$/);
      expect(problem?.message).toContain(problem?.quarantinedTo ?? '?');
      // The original bytes are kept, untouched, in quarantine; the name is free again.
      expect(await fs.readFile(path.join(dir, problem?.quarantinedTo ?? ''), 'utf8')).toBe(bytes);
      await expect(fs.access(full)).rejects.toThrow();
    });
  }

  it('restores a valid .bak and reports restored_from_backup', async () => {
    const { dir, ctx, file, full } = await setup();
    await file.write(good);
    await file.write({ ...good, tags: ['newer'] });
    await fs.writeFile(full, '{"schemaVersion":3,"fir'); // torn by some other program
    expect(await file.read()).toEqual(good); // the previous good copy
    const [problem] = ctx.problems.list();
    expect(problem).toMatchObject({ file: 'doc.json', kind: 'restored_from_backup' });
    expect(await fs.readFile(path.join(dir, problem?.quarantinedTo ?? ''), 'utf8')).toBe('{"schemaVersion":3,"fir');
    expect(JSON.parse(await fs.readFile(full, 'utf8'))).toEqual(good);
  });

  it('reports corrupt when the .bak is bad too', async () => {
    const { ctx, file, full } = await setup();
    await fs.writeFile(full, 'garbage');
    await fs.writeFile(`${full}.bak`, 'garbage too');
    await expect(file.read()).rejects.toMatchObject({ code: 'corrupt' });
    expect(ctx.problems.list().map((p) => p.kind)).toEqual(['corrupt']);
  });

  it('restores from .bak when the file itself has gone missing', async () => {
    const { ctx, file, full } = await setup();
    await file.write(good);
    await file.write({ ...good, first: 'Dwi' });
    await fs.rm(full);
    expect((await file.read())?.first).toBe('Sri');
    expect(ctx.problems.list()[0]?.kind).toBe('restored_from_backup');
  });

  it('accepts a UTF-8 BOM (a file saved from Notepad)', async () => {
    const { file, full } = await setup();
    await fs.writeFile(full, `\uFEFF${JSON.stringify(good)}`);
    expect(await file.read()).toEqual(good);
  });

  it('never overwrites an earlier quarantined file with the same timestamp', async () => {
    const { ctx, file, full } = await setup();
    await fs.writeFile(full, 'bad 1');
    await expect(file.read()).rejects.toMatchObject({ code: 'corrupt' });
    await fs.writeFile(full, 'bad 2');
    await expect(file.read()).rejects.toMatchObject({ code: 'corrupt' });
    const targets = ctx.problems.list().map((p) => p.quarantinedTo);
    expect(new Set(targets).size).toBe(2);
  });
});

describe('DurableJsonFile: versions and migrations', () => {
  it('leaves a file from a newer version untouched and reports unsupported_version', async () => {
    const { dir, ctx, file, full } = await setup();
    const newer = JSON.stringify({ schemaVersion: 4, first: 'Sri', last: 'W', tags: [], extra: true });
    await fs.writeFile(full, newer);
    const before = await fs.stat(full);
    await expect(file.read()).rejects.toMatchObject({ code: 'unsupported_version' });
    expect(await fs.readFile(full, 'utf8')).toBe(newer);
    expect((await fs.stat(full)).mtimeMs).toBe(before.mtimeMs);
    expect(await fs.readdir(dir)).toEqual(['doc.json']); // not quarantined, no backup written
    expect(ctx.problems.list()).toMatchObject([{ file: 'doc.json', kind: 'unsupported_version' }]);
    expect(ctx.problems.list()[0]?.message).toMatch(/versi aplikasi yang lebih baru/);
  });

  it('migrates an old file in order, keeping <file>.v<N>.bak with the original bytes', async () => {
    const { ctx, file, full } = await setup();
    const v1 = JSON.stringify({ schemaVersion: 1, fullName: 'Bambang Santoso Wibowo' });
    await fs.writeFile(full, v1);
    order.length = 0;
    expect(await file.read()).toEqual({ schemaVersion: 3, first: 'Bambang', last: 'Santoso Wibowo', tags: [] });
    expect(order).toEqual(['1→2', '2→3']);
    expect(await fs.readFile(`${full}.v1.bak`, 'utf8')).toBe(v1);
    expect(JSON.parse(await fs.readFile(full, 'utf8'))).toMatchObject({ schemaVersion: 3, first: 'Bambang' });
    expect(ctx.problems.list()).toMatchObject([{ file: 'doc.json', kind: 'migrated' }]);
    // Migrated once: the next read is a plain read.
    order.length = 0;
    await file.read();
    expect(order).toEqual([]);
  });

  it('starts a migration from the file version (v2 runs only 2→3)', async () => {
    const { file, full } = await setup();
    await fs.writeFile(full, JSON.stringify({ schemaVersion: 2, first: 'Ni Luh', last: 'Ariani' }));
    order.length = 0;
    expect((await file.read())?.tags).toEqual([]);
    expect(order).toEqual(['2→3']);
  });

  it('quarantines a file whose migration result fails the schema (the original stays in quarantine)', async () => {
    const { dir, ctx, file, full } = await setup();
    await fs.writeFile(full, JSON.stringify({ schemaVersion: 2, first: 7 }));
    await expect(file.read()).rejects.toMatchObject({ code: 'corrupt' });
    const q = ctx.problems.list()[0]?.quarantinedTo ?? '';
    expect(JSON.parse(await fs.readFile(path.join(dir, q), 'utf8'))).toEqual({ schemaVersion: 2, first: 7 });
  });

  it('reports a version older than any migration as unsupported, untouched', async () => {
    const { file, full } = await setup();
    await fs.writeFile(full, JSON.stringify({ schemaVersion: 0 }));
    await expect(file.read()).rejects.toMatchObject({ code: 'unsupported_version' });
    expect(await fs.readFile(full, 'utf8')).toBe('{"schemaVersion":0}');
  });

  it('rejects a migration list with a gap or one that does not end at the current version', async () => {
    const { ctx } = await setup();
    const gap: Migration[] = [migrations[0] as Migration, { from: 3, to: 4, migrate: (d) => d }];
    expect(() => new DurableJsonFile(ctx, 'x.json', { ...kind, version: 4, migrations: gap })).toThrow(/expected from=2/);
    expect(() => new DurableJsonFile(ctx, 'y.json', { ...kind, version: 5, migrations: [...migrations] })).toThrow(/current version is 5/);
  });
});
