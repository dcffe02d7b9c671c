/**
 * Arsip → Audit keutuhan (issue 12 §4): the last full fixity pass over the office archive and the
 * bundles it found damaged, missing or uncatalogued — each with what is wrong and where a good
 * copy is — the scheduled pass in progress, and "Periksa semua sekarang" (`office.audit.run`).
 * The core decides and words everything; this only shows `office.audit.status`.
 */
import { Alert, Badge, Button, Code, DataList, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditPass, BagAudit } from '../../../shared/contract/features/office';
import type { ZonaWaktu } from '../../../shared/dates';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatCount } from '../../i18n';
import { useAuditRun, useAuditStatus } from './api';
import { formatBytes, when } from './format';
import { RunState } from './RunState';
import { SettingsNeeded } from './SettingsNeeded';
import { ProblemList } from './ProblemList';

export function AuditTab({ zone }: { zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('archive');
  const status = useAuditStatus();
  const run = useAuditRun();
  if (status.isPending) return <Loading />;
  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const lang = i18n.language;
  const current = s.current;
  return (
    <Section title={t('audit.title')} description={t('audit.intro', { days: s.periodDays })}>
      {!s.root ? <SettingsNeeded text={t('audit.notConfigured')} testId="audit-not-configured" /> : null}
      <Group align="flex-start" justify="space-between">
        <DataList labelWidth={210} gap={4}>
          <DataList.Item>
            <DataList.ItemLabel>{t('audit.last')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="audit-last">
              {s.last ? t('audit.lastValue', { at: when(s.last.finishedAt, zone, '—'), kind: t(`audit.kind.${s.last.kind}`) }) : t('audit.never')}
            </DataList.ItemValue>
          </DataList.Item>
          {s.last ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('audit.checked')}</DataList.ItemLabel>
              <DataList.ItemValue>{t('audit.checkedValue', { bags: formatCount(s.last.bags, lang), size: formatBytes(s.last.bytes, lang) })}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
          {current && current.kind === 'scheduled' && !s.running ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('audit.current')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {t('audit.currentValue', { checked: formatCount(current.checked, lang), total: formatCount(current.total, lang), since: when(current.startedAt, zone, '—') })}
              </DataList.ItemValue>
            </DataList.Item>
          ) : null}
          {s.nextPassAt ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('audit.next')}</DataList.ItemLabel>
              <DataList.ItemValue>{when(s.nextPassAt, zone, '—')}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
        </DataList>
        <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!s.root || s.running}>
          {t('audit.runNow')}
        </Button>
      </Group>
      <RunState job="audit" running={s.running ? t('audit.running', { checked: formatCount(current?.checked ?? 0, lang), total: formatCount(current?.total ?? 0, lang) }) : null} lastError={s.lastError} runError={run.error} />
      {s.last ? <PassResult pass={s.last} /> : null}
    </Section>
  );
}

function PassResult({ pass }: { pass: AuditPass }) {
  const { t, i18n } = useTranslation('archive');
  const lang = i18n.language;
  if (pass.problems.length === 0)
    return (
      <Alert color="teal" variant="light" p="xs" data-testid="audit-result" data-ok="true">
        <Text size="sm">{t('audit.allOk')}</Text>
      </Alert>
    );
  const total = pass.failed + pass.missing;
  return (
    <Stack gap="xs" data-testid="audit-result" data-ok="false">
      <Alert color="red" variant="light" p="xs" title={t('audit.problems', { n: formatCount(total, lang) })}>
        <Text size="sm">
          {t('audit.counts', { failed: formatCount(pass.failed, lang), missing: formatCount(pass.missing, lang), uncatalogued: formatCount(pass.uncatalogued, lang) })}
        </Text>
        {pass.logNote ? (
          <Text size="sm" c="dimmed">
            {pass.logNote}
          </Text>
        ) : null}
      </Alert>
      {pass.problems.map((b) => (
        <BagFinding key={b.bag} bag={b} />
      ))}
      {total > pass.problems.length ? (
        <Text size="sm" c="dimmed">
          {t('audit.more', { shown: formatCount(pass.problems.length, lang) })}
        </Text>
      ) : null}
    </Stack>
  );
}

function BagFinding({ bag }: { bag: BagAudit }) {
  const { t } = useTranslation('archive');
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="audit-bag" data-bag={bag.bag}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {bag.caseNumber ? (
            <Text fw={600} size="sm">
              {bag.caseNumber}
            </Text>
          ) : null}
          <Code style={{ overflowWrap: 'anywhere' }}>{bag.bag}</Code>
          {bag.workstation ? (
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {t('audit.published', { ws: bag.workstation })}
            </Badge>
          ) : null}
        </Group>
        <ProblemList problems={bag.problems} />
        <Text size="sm">{bag.goodCopy}</Text>
      </Stack>
    </Paper>
  );
}
