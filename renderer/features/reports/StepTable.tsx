/** Per SOP step (docs/reports.md `steps[]`): executions, within the standard, the standard, median/p90/max; a row opens its cases. */
import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/domain/report';
import { SOP_STEPS } from '../../../shared/sop/definition';
import { formatCount } from '../../i18n';
import { bi, formatMinutes } from '../workflow/format';
import type { Drill } from './CasesDrawer';
import { ShareBar } from './ShareBar';
import { formatShare, shareOf } from './share';

export function stepTitle(step: number, lang: string, fallback: string): string {
  const s = SOP_STEPS.find((x) => x.no === step);
  return s ? bi(s.title, lang) : fallback;
}

export function StepTable({ steps, onDrill }: { steps: Report['steps']; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  const { t: tw } = useTranslation('workflow');
  const lang = i18n.language;
  const none = t('common.none');
  const minutes = (m: number | null) => (m === null ? none : formatMinutes(m, tw));
  return (
    <Table striped highlightOnHover withTableBorder verticalSpacing={6} fz="sm" data-testid="report-steps" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.steps.step')}</Table.Th>
          <Table.Th w={96} ta="right">{t('reports.steps.executions')}</Table.Th>
          <Table.Th w={110} ta="right">{t('reports.steps.within')}</Table.Th>
          <Table.Th w={150}>{t('reports.steps.share')}</Table.Th>
          <Table.Th w={92} ta="right">{t('reports.steps.standard')}</Table.Th>
          <Table.Th w={110} ta="right">{t('reports.steps.median')}</Table.Th>
          <Table.Th w={110} ta="right">{t('reports.steps.p90')}</Table.Th>
          <Table.Th w={110} ta="right">{t('reports.steps.max')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.map((s) => {
          const title = stepTitle(s.step, lang, s.title);
          const share = shareOf(s.withinStandard, s.executions);
          const pct = formatShare(share, lang, none);
          const drill = () => onDrill({ what: t('reports.drill.step', { step: s.step, title }), cases: s.cases });
          return (
            <Table.Tr key={s.step} data-step={s.step} onClick={drill} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <UnstyledButton onClick={(e) => { e.stopPropagation(); drill(); }} fz="sm" style={{ textAlign: 'left' }}>
                  <Text span fw={700} mr={6}>{s.step}</Text>
                  {title}
                </UnstyledButton>
                {s.standardsApplied.length > 1 ? (
                  <Text size="xs" c="dimmed">{t('reports.steps.standardsChanged', { list: s.standardsApplied.map((m) => formatMinutes(m, tw)).join(', ') })}</Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{formatCount(s.executions, lang)}</Table.Td>
              <Table.Td ta="right">{formatCount(s.withinStandard, lang)}</Table.Td>
              <Table.Td>
                <Text size="xs" fw={600}>{pct}</Text>
                <ShareBar share={share} what={t('reports.drill.step', { step: s.step, title })} />
              </Table.Td>
              <Table.Td ta="right">{minutes(s.standardMinutes)}</Table.Td>
              <Table.Td ta="right">{minutes(s.medianMinutes)}</Table.Td>
              <Table.Td ta="right">{minutes(s.p90Minutes)}</Table.Td>
              <Table.Td ta="right">{minutes(s.maxMinutes)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
