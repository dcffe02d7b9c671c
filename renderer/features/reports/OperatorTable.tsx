/** Per officer (docs/reports.md `operators[]`): steps completed, the share within the standard, and the overruns (opening their cases). */
import { formatNip } from '../../../shared/nip';
import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/domain/report';
import { formatCount } from '../../i18n';
import type { Drill } from './CasesDrawer';
import { ShareBar } from './ShareBar';
import { formatShare } from './share';

export function OperatorTable({ operators, onDrill }: { operators: Report['operators']; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (operators.length === 0) return <Text size="sm" c="dimmed">{t('reports.operators.empty')}</Text>;
  return (
    <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="report-operators" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.operators.name')}</Table.Th>
          <Table.Th w={190}>{t('reports.operators.nip')}</Table.Th>
          <Table.Th w={130} ta="right">{t('reports.operators.executions')}</Table.Th>
          <Table.Th w={130} ta="right">{t('reports.operators.within')}</Table.Th>
          <Table.Th w={180}>{t('reports.operators.share')}</Table.Th>
          <Table.Th w={90} ta="right">{t('reports.operators.overruns')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {operators.map((o) => {
          const pct = formatShare(o.share, lang, t('common.none'));
          return (
            <Table.Tr key={o.operator.id || o.operator.nip || o.operator.name}>
              <Table.Td>{o.operator.name}</Table.Td>
              <Table.Td ff="monospace" fz="xs">{o.operator.nip ? formatNip(o.operator.nip) : t('common.none')}</Table.Td>
              <Table.Td ta="right">{formatCount(o.executions, lang)}</Table.Td>
              <Table.Td ta="right">{formatCount(o.withinStandard, lang)}</Table.Td>
              <Table.Td>
                <Text size="xs" fw={600}>{pct}</Text>
                <ShareBar share={o.share} what={o.operator.name} />
              </Table.Td>
              <Table.Td ta="right">
                {o.overruns.length > 0 ? (
                  <UnstyledButton
                    fz="sm"
                    td="underline"
                    aria-label={t('reports.operators.overrunsOf', { name: o.operator.name, n: formatCount(o.overruns.length, lang) })}
                    onClick={() => onDrill({ what: t('reports.drill.officerOver', { name: o.operator.name }), cases: [...new Set(o.overruns.map((x) => x.caseNumber))] })}
                  >
                    {formatCount(o.overruns.length, lang)}
                  </UnstyledButton>
                ) : (
                  formatCount(0, lang)
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
