/** Channel names of the guided SOP (steps 2–9, operators, timers, audit trail): issue "The guided SOP". */
export const WORKFLOW_METHODS = [] as const;
export const WORKFLOW_EVENTS = [] as const;
