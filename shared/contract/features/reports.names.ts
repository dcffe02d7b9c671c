/** Channel names of the reports (issue 11): the SOP's *mutu baku* as figures over a period. */
export const REPORT_METHODS = ['reports.compute', 'reports.export'] as const;
export const REPORT_EVENTS = [] as const;
