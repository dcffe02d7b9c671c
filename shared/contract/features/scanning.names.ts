/** Channel names of scanners and the hot folder inbox: issue "Hardcopy in", part 3. */
export const SCANNING_METHODS = [] as const;
export const SCANNING_EVENTS = [] as const;
