import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../shared/domain/case';

/** One colour per SOP stage, so the register reads at a glance. */
const COLORS: Record<CaseStatus, string> = {
  registered: 'blue',
  checking: 'cyan',
  waiting_pokja: 'orange',
  ready_reset: 'teal',
  to_notify: 'violet',
  to_archive: 'indigo',
  closed: 'gray',
};

/** `short`: the register's narrow column; the full label stays in the tooltip. */
export function StatusBadge({ status, size = 'md', short = false }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg'; short?: boolean }) {
  const { t } = useTranslation();
  const label = t(`status.${status}`);
  return (
    <Badge color={COLORS[status]} variant="light" size={size} radius="sm" title={label} tt="none" maw="100%">
      {short ? t(`statusShort.${status}`) : label}
    </Badge>
  );
}
