/** Flattens a message tree to "a.b.c" → text, and reads a text's {{placeholders}}: for the ID/EN parity tests. */
export type MessageTree = { [k: string]: string | MessageTree };

export function messageLeaves(t: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of messageLeaves(v, key)) out.set(kk, vv);
  }
  return out;
}

export const placeholders = (s: string): (string | undefined)[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
