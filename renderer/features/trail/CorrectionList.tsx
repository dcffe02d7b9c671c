/** The values an `intake_corrected` event changed, as "Jabatan: old → new" lines in the timeline. */
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeChange } from '../../../shared/domain/intakeChanges';

/** The intake form's label keys for the stored paths (renderer/i18n/id.ts `intake.fields`). */
const FIELD_KEYS: Record<string, string> = {
  kind: 'kind',
  'requester.name': 'name',
  'requester.nip': 'nip',
  'requester.position': 'position',
  'requester.agency': 'agency',
  'requester.userId': 'userId',
  'requester.email': 'email',
  'requester.phone': 'phone',
  'letter.number': 'letterNumber',
  'letter.date': 'letterDate',
  'letter.subject': 'letterSubject',
  'sk.number': 'skNumber',
  'sk.date': 'skDate',
  'sk.issuer': 'skIssuer',
  'sk.validFrom': 'skValidFrom',
  'sk.validUntil': 'skValidUntil',
  receivedAt: 'receivedDate',
  receivedBy: 'receivedBy',
  notes: 'notes',
};

function isChange(v: unknown): v is IntakeChange {
  return typeof v === 'object' && v !== null && 'path' in v && 'before' in v && 'after' in v;
}

export function CorrectionList({ changes }: { changes: unknown }) {
  const { t } = useTranslation();
  const rows = Array.isArray(changes) ? changes.filter(isChange) : [];
  const label = (path: string): string => {
    const key = FIELD_KEYS[path];
    if (key) return t(`intake.fields.${key}` as 'intake.fields.name');
    const m = /^changes\.(\d+)\./.exec(path);
    return m ? t('intake.changeRow', { n: Number(m[1]) + 1 }) : path;
  };
  return (
    <List size="xs" spacing={2} data-testid="trail-corrections">
      {rows.map((c) => (
        <List.Item key={c.path}>
          <Text span size="xs" fw={500}>{label(c.path)}</Text>
          <Text span size="xs">: {c.before || '—'} → {c.after || '—'}</Text>
        </List.Item>
      ))}
    </List>
  );
}
