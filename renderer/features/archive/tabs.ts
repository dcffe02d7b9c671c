/** The Arsip page's tabs, part of its address (`#/archive/registers`). */
export const ARCHIVE_TABS = ['outbox', 'registers', 'labels', 'retention', 'backup', 'audit'] as const;
export type ArchiveTab = (typeof ARCHIVE_TABS)[number];

export function isArchiveTab(s: string): s is ArchiveTab {
  return (ARCHIVE_TABS as readonly string[]).includes(s);
}
