/** Query keys of the hardcopy screens (the case record itself stays under queryKeys.caseRecord). */
export const documentKeys = {
  inbox: ['scanning', 'inbox'] as const,
  inboxPreview: (id: string, page: number) => ['scanning', 'inbox', 'preview', id, page] as const,
  scanningSettings: ['scanning', 'settings'] as const,
  devices: ['scanning', 'devices'] as const,
  capabilities: (deviceId: string) => ['scanning', 'capabilities', deviceId] as const,
  jobs: (caseId: string) => ['scanning', 'jobs', caseId] as const,
};

/** Under the case record's key, so `cases.changed` (which invalidates every case query) refreshes it too. */
export const documentListKey = (caseId: string) => ['cases', 'record', caseId, 'documents'] as const;
