/**
 * The period's documents from the core (reports.export): recap, SOP monitoring form, officer
 * compliance, each as a workbook (XLSX) or as the signed document on the letterhead (PDF/A) —
 * offered like the archive's registers.
 */
import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, REPORT_KINDS, type ReportFormat, type ReportKind } from '../../../shared/contract/features/reports';
import type { PeriodInput } from '../../../shared/domain/report';
import { errorMessage } from '../../api/client';
import { offerDownload } from '../archive/download';
import { useReportExport } from './api';

export function Downloads({ period }: { period: PeriodInput | null }) {
  const { t } = useTranslation();
  const exporter = useReportExport();
  // Percent on screen, a share (0–1) for the core; the SOP monitoring form's default is 90 % (docs/reports.md).
  const [threshold, setThreshold] = useState<number>(90);
  const download = (kind: ReportKind, format: ReportFormat) => {
    if (!period) return;
    exporter.mutate(
      { period, kind, threshold: threshold / 100, format },
      {
        onSuccess: (file) => {
          offerDownload(file);
          notifications.show({ color: 'teal', message: t('reports.downloads.downloaded', { name: file.fileName }) });
        },
      },
    );
  };
  return (
    <Stack gap={4}>
      {REPORT_FORMATS.map((format) => (
        <Group key={format} align="flex-end" gap="xs" wrap="wrap" data-testid={format === 'xlsx' ? 'report-downloads' : `report-downloads-${format}`}>
          <Text size="sm" fw={600} pb={8}>
            {t(format === 'xlsx' ? 'reports.downloads.title' : 'reports.downloads.titlePdf')}
          </Text>
          {REPORT_KINDS.map((kind) => (
            <Button
              key={kind}
              variant={kind === 'rekap' ? 'filled' : 'light'}
              disabled={!period}
              onClick={() => download(kind, format)}
              loading={exporter.isPending && exporter.variables?.kind === kind && exporter.variables.format === format}
            >
              {format === 'xlsx' ? t(`reports.downloads.${kind}`) : t('reports.downloads.pdf', { name: t(`reports.downloads.${kind}`) })}
            </Button>
          ))}
        </Group>
      ))}
      <NumberInput
        label={t('reports.downloads.threshold')}
        w={240}
        min={0}
        max={100}
        suffix=" %"
        allowDecimal={false}
        value={threshold}
        onChange={(v) => setThreshold(typeof v === 'number' ? Math.min(100, Math.max(0, v)) : 90)}
      />
      <Text size="xs" c="dimmed">
        {t('reports.downloads.thresholdHint')}
      </Text>
      {exporter.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(exporter.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
