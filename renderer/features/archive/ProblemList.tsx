/** The problems found in a bag — by `archive.verify` or the fixity audit — each named, with its file and the core's message. */
import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditProblem } from '../../../shared/contract/features/office';

export function ProblemList({ problems }: { problems: readonly AuditProblem[] }) {
  const { t } = useTranslation('archive');
  return (
    <List size="sm" spacing={2}>
      {problems.map((p, n) => (
        <List.Item key={`${p.code}-${p.path}-${n}`}>
          <Text span fw={600} size="sm">
            {t(`problems.${p.code}`)}
          </Text>
          {p.path ? (
            <>
              {' '}
              <Code>{p.path}</Code>
            </>
          ) : null}
          {p.message ? (
            <Text span size="sm" c="dimmed">
              {' '}
              — {p.message}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
