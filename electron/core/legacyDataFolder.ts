/**
 * Before issue 9 §4 the default data folder was Electron's userData itself, beside Chromium's
 * profile. On the first start of a version that keeps them apart, our entries (and only ours:
 * dataFolderLayout.ts) are moved from userData into `<userData>/data`, one rename each — atomic on
 * one volume, and the two folders are parent and child. A start interrupted halfway leaves some
 * entries in each place; the next start (app, CLI or harness, whichever comes first) moves the
 * rest. An entry present in both places is never overwritten: nothing is moved and IT is asked to
 * look, since one of the two copies would be lost.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/contract/result';
import { entryOf } from './dataFolderLayout';
import { syncDirectory } from './store/durableWrite';
import { errnoCode, toStorageError } from './store/storageError';

export interface LegacyMove {
  from: string;
  to: string;
  /** Top-level names moved on this start (empty: nothing was at the old place). */
  moved: string[];
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR') return [];
    throw toStorageError(e, dir);
  }
}

/** Moves our entries from `from` (userData) into `to` (the data subfolder); a no-op once done. */
export async function moveLegacyDataFolder(from: string, to: string): Promise<LegacyMove> {
  const ours = (await namesIn(from)).filter((name) => entryOf(name) !== undefined).sort();
  if (ours.length === 0) return { from, to, moved: [] };
  const already = new Set(await namesIn(to));
  const both = ours.filter((name) => already.has(name));
  if (both.length > 0)
    throw new AppError(
      'conflict',
      `Data aplikasi ada di dua tempat: di ${from} (tempat lama) dan di ${to} (tempat baru), sama-sama berisi ${both.join(', ')}. ` +
        'Tidak ada yang dipindahkan agar tidak ada data yang tertimpa. Hubungi petugas TI untuk memilih salinan yang benar (lihat docs/operations.md, bagian Folder data).',
    );
  try {
    await fs.mkdir(to, { recursive: true });
    for (const name of ours) await fs.rename(path.join(from, name), path.join(to, name));
    await syncDirectory(to);
    await syncDirectory(from);
  } catch (e) {
    throw toStorageError(e, to);
  }
  return { from, to, moved: ours };
}

/** What the admin is told (and the log keeps) after a move. */
export function legacyMoveMessage(m: LegacyMove): string {
  return (
    `Data aplikasi dipindahkan ke folder tersendiri: ${m.to} (sebelumnya langsung di ${m.from}, bercampur dengan profil peramban). ` +
    `Dipindahkan: ${m.moved.join(', ')}. Cadangan kini hanya berisi data aplikasi. Bila ada skrip atau pintasan yang menyebut folder lama, ` +
    'perbarui dengan folder baru.'
  );
}
