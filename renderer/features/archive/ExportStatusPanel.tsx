/**
 * The case page's "Arsip elektronik" panel (SOP step 9, issue "Paper out and the archive" §4): is
 * the closed case's BagIt bundle on the shared drive yet? Waiting (with the core's reason in plain
 * Indonesian and the next retry, "Coba sekarang"), exporting, or stored (folder, version, date,
 * "Periksa keutuhan" → the verifier's report).
 */
import { Alert, Badge, Button, Code, DataList, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BagReport } from '../../../shared/contract/features/archive';
import type { ZonaWaktu } from '../../../shared/dates';
import { EXPORT_STATE_LABELS, type ExportStatus } from '../../../shared/domain/archive';
import { errorMessage } from '../../api/client';
import { DataItem } from '../../components/DataItem';
import { LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { bi } from '../workflow/format';
import { useArchiveEvents, useExportNow, useExportStatus, useVerifyBag } from './api';
import { formatBytes, parseOxum, when } from './format';
import { ProblemList } from './ProblemList';

const STATE_COLORS: Record<ExportStatus['state'], string> = {
  not_closed: 'gray',
  waiting: 'orange',
  exporting: 'blue',
  exported: 'teal',
};

export function ExportStateBadge({ state }: { state: ExportStatus['state'] }) {
  const { i18n } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant="light" radius="sm" tt="none" maw="none" style={{ flexShrink: 0 }} data-testid="archive-state" data-state={state}>
      {bi(EXPORT_STATE_LABELS[state], i18n.language)}
    </Badge>
  );
}

export function ExportStatusPanel({ caseId, zone }: { caseId: string; zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  useArchiveEvents();
  const status = useExportStatus(caseId);
  return (
    <Section title={t('status.title')} description={t('status.description')}>
      <div data-testid="archive-panel">
        {status.isPending ? (
          <Loader size="sm" />
        ) : status.isError ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : (
          <StatusBody s={status.data} zone={zone} />
        )}
      </div>
    </Section>
  );
}

function StatusBody({ s, zone }: { s: ExportStatus; zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const exportNow = useExportNow(s.caseId);
  const tryNow = (
    <Button size="xs" variant="light" onClick={() => exportNow.mutate()} loading={exportNow.isPending}>
      {t('status.tryNow')}
    </Button>
  );
  const failed = exportNow.isError ? (
    <Alert color="red" variant="light" p="xs" title={t('status.exportFailed')} role="alert">
      {errorMessage(exportNow.error)}
    </Alert>
  ) : null;

  switch (s.state) {
    case 'not_closed':
      return (
        <Group gap="sm">
          <ExportStateBadge state={s.state} />
          <Text size="sm" c="dimmed">
            {t('status.notClosed')}
          </Text>
        </Group>
      );
    case 'exporting':
      return (
        <Group gap="sm">
          <ExportStateBadge state={s.state} />
          <Loader size="xs" />
          <Text size="sm">{t('status.exporting')}</Text>
        </Group>
      );
    case 'waiting':
      return (
        <Stack gap="xs">
          <Group gap="sm">
            <ExportStateBadge state={s.state} />
            <Text size="sm">{t('status.waiting')}</Text>
          </Group>
          <Alert color="orange" variant="light" p="xs" data-testid="archive-reason">
            <Text size="sm">
              <Text span fw={600}>
                {t('status.reason')}:
              </Text>{' '}
              {s.lastError || t('status.noErrorYet')}
            </Text>
          </Alert>
          <DataList labelWidth={170} gap={4}>
            <DataItem label={t('status.attempts')}>{s.attempts}</DataItem>
            <DataItem label={t('status.lastAttempt')}>{when(s.lastAttemptAt, zone, '—')}</DataItem>
            <DataItem label={t('status.nextRetry')}>
              <span data-testid="archive-next-retry">{when(s.nextRetryAt, zone, '—')}</span>
            </DataItem>
          </DataList>
          <Group>{tryNow}</Group>
          {failed}
        </Stack>
      );
    case 'exported':
      return <Stored s={s} zone={zone} />;
  }
}

function Stored({ s, zone }: { s: ExportStatus; zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('archive');
  const verify = useVerifyBag(s.caseId);
  // The core lists versions oldest first; show the newest and name the others.
  const sorted = [...s.bags].sort((a, b) => b.version - a.version);
  const latest = sorted[0];
  if (!latest) return <ExportStateBadge state={s.state} />;
  const oxum = parseOxum(latest.payloadOxum);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <ExportStateBadge state={s.state} />
        <Text size="sm">{t('status.stored')}</Text>
      </Group>
      <DataList labelWidth={210} gap={4}>
        <DataItem label={t('status.folder')}>
          <Code data-testid="archive-bag-path" style={{ overflowWrap: 'anywhere' }}>
            {latest.path}
          </Code>
        </DataItem>
        <DataItem label={t('status.version')}>{t('status.versionOf', { n: latest.version })}</DataItem>
        <DataItem label={t('status.exportedAt')}>{when(latest.exportedAt, zone, '—')}</DataItem>
        <DataItem label={t('status.payload')}>{t('status.payloadValue', { files: oxum.files, size: formatBytes(oxum.bytes, i18n.language) })}</DataItem>
      </DataList>
      {sorted.length > 1 ? (
        <Text size="xs" c="dimmed">
          {t('status.older', { list: sorted.slice(1).map((b) => `${b.version} (${b.path})`).join(', ') })}
        </Text>
      ) : null}
      <Group>
        <Button size="xs" variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('status.verify')}
        </Button>
      </Group>
      {verify.isError ? (
        <Alert color="red" variant="light" p="xs" title={t('status.verifyFailed')} role="alert">
          {errorMessage(verify.error)}
        </Alert>
      ) : null}
      {verify.data ? <VerifyReport report={verify.data} /> : null}
    </Stack>
  );
}

export function VerifyReport({ report }: { report: BagReport }) {
  const { t, i18n } = useTranslation('archive');
  if (report.ok)
    return (
      <Alert color="teal" variant="light" p="xs" data-testid="verify-report" data-ok="true">
        <Text size="sm">{t('status.verifyOk', { files: report.payloadFiles, size: formatBytes(report.payloadBytes, i18n.language) })}</Text>
      </Alert>
    );
  return (
    <Alert color="red" variant="light" p="xs" data-testid="verify-report" data-ok="false" title={t('status.verifyBad', { n: report.problems.length })}>
      <ProblemList problems={report.problems} />
    </Alert>
  );
}
