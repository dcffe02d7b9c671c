/** Channel names of the outgoing letters (issue "Paper out and the archive" §1–§2). */
export const LETTER_METHODS = [
  'letters.settings.get',
  'letters.settings.save',
  'letters.list',
  'letters.issue',
  'letters.preview',
  'letters.templatePreview',
  'letters.logo',
] as const;
export const LETTER_EVENTS = [] as const;
