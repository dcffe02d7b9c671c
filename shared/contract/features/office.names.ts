/** Channel names of the office on the shared drive (issue 12): catalogue, office-wide search, workstation codes. */
export const OFFICE_METHODS = ['office.status', 'office.sync', 'office.find', 'office.claim', 'office.handOver', 'office.incoming', 'office.receive'] as const;
export const OFFICE_EVENTS = [] as const;
