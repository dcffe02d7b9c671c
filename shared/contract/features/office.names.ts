/** Channel names of the office on the shared drive (issue 12): catalogue, office-wide search, workstation codes, hand-over, fixity audits. */
export const OFFICE_METHODS = [
  'office.status', 'office.sync', 'office.find', 'office.claim', 'office.handOver', 'office.handoverStatus', 'office.incoming', 'office.receive', 'office.audit.status', 'office.audit.run', 'office.openBag', 'office.bagPdf',
] as const;
export const OFFICE_EVENTS = [] as const;
