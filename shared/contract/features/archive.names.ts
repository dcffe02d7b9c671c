/** Channel names of the archive: export to the shared drive, backups, registers and labels (issue "Paper out and the archive" §3–§7). */
export const ARCHIVE_METHODS = [
  'archive.settings.get',
  'archive.settings.save',
  'archive.status',
  'archive.outbox',
  'archive.export',
  'archive.retryAll',
  'archive.verify',
  'backup.status',
  'backup.run',
  'registers.build',
  'registers.export',
  'registers.retentionDue',
  'labels.preview',
] as const;
export const ARCHIVE_EVENTS = ['archive.changed', 'backup.changed'] as const;
