/** The period's workbooks from the core (reports.export): recap, SOP monitoring form, officer compliance — offered like the archive's registers. */
import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, type ReportKind } from '../../../shared/contract/features/reports';
import type { PeriodInput } from '../../../shared/domain/report';
import { errorMessage } from '../../api/client';
import { offerDownload } from '../archive/download';
import { useReportExport } from './api';

export function Downloads({ period }: { period: PeriodInput | null }) {
  const { t } = useTranslation();
  const exporter = useReportExport();
  // Percent on screen, a share (0–1) for the core; the SOP monitoring form's default is 90 % (docs/reports.md).
  const [threshold, setThreshold] = useState<number>(90);
  const download = (kind: ReportKind) => {
    if (!period) return;
    exporter.mutate(
      { period, kind, threshold: threshold / 100 },
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
      <Group align="flex-end" gap="xs" wrap="wrap" data-testid="report-downloads">
        <Text size="sm" fw={600} pb={8}>
          {t('reports.downloads.title')}
        </Text>
        {REPORT_KINDS.map((kind) => (
          <Button key={kind} variant={kind === 'rekap' ? 'filled' : 'light'} disabled={!period} onClick={() => download(kind)} loading={exporter.isPending && exporter.variables?.kind === kind}>
            {t(`reports.downloads.${kind}`)}
          </Button>
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
      </Group>
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
