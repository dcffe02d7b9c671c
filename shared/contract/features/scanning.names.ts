/** Channel names of scanners and the hot folder inbox: issue "Hardcopy in", part 3. Schemas in scanning.ts. */
export const SCANNING_METHODS = [
  'scanning.devices',
  'scanning.capabilities',
  'scanning.start',
  'scanning.cancel',
  'scanning.jobs',
  'scanning.inbox.list',
  'scanning.inbox.preview',
  'scanning.inbox.assign',
  'scanning.inbox.discard',
  'scanning.settings.get',
  'scanning.settings.save',
  'scanning.hotFolder.retry',
] as const;
export const SCANNING_EVENTS = ['scanning.job', 'scanning.inbox.changed', 'scanning.hotFolder.status'] as const;
