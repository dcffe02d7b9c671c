/**
 * Arsip → Label: folder and box labels with the archive number and its QR (issue §5, SOP
 * *Pencatatan* 2) for closed cases, rendered by the core (`labels.preview`) and printed through
 * the shared print view (PrintPages: window.print, nothing written to disk).
 */
import { Alert, Button, Group, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client';
import { PrintPages, printPages } from '../../components/PrintPages';
import { Section } from '../../components/Section';
import { archiveKeys } from '../../api/queryKeys';
import { useLabelsPreview } from './api';

type Kind = 'folder' | 'box';
/** The contract's limit per call (labels.preview ids ≤ 200). */
const MAX_LABELS = 200;

export function LabelsTab() {
  const { t } = useTranslation('archive');
  // The contract caps a list page at 1000: the most recently changed closed cases first.
  const closed = useQuery({
    queryKey: archiveKeys.closedCases,
    queryFn: () => call('cases.list', { status: ['closed'], limit: 1000 }),
  });
  const [ids, setIds] = useState<string[]>([]);
  const [kind, setKind] = useState<Kind>('folder');
  const preview = useLabelsPreview();
  const options = (closed.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.caseNumber} — ${c.name}` }));

  return (
    <Section title={t('labels.title')} description={t('labels.intro')}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <MultiSelect
          label={t('labels.cases')}
          placeholder={ids.length === 0 ? t('labels.casesPlaceholder') : undefined}
          data={options}
          value={ids}
          onChange={(v) => setIds(v.slice(0, MAX_LABELS))}
          searchable
          clearable
          maxValues={MAX_LABELS}
          nothingFoundMessage={t('labels.noClosed')}
          style={{ flex: 1 }}
          maxDropdownHeight={260}
          data-testid="labels-cases"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('labels.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={[
              { value: 'folder', label: t('labels.folder') },
              { value: 'box', label: t('labels.box') },
            ]}
          />
        </Stack>
      </Group>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setIds(options.slice(0, MAX_LABELS).map((o) => o.value))} disabled={options.length === 0}>
          {t('labels.selectAllShown', { n: Math.min(options.length, MAX_LABELS) })}
        </Button>
        <Button variant="default" size="xs" onClick={() => setIds([])} disabled={ids.length === 0}>
          {t('labels.clear')}
        </Button>
        <Button ml="auto" onClick={() => preview.mutate({ ids, kind })} disabled={ids.length === 0} loading={preview.isPending}>
          {t('labels.prepare')}
        </Button>
        <Button variant="filled" color="dark" onClick={() => void printPages()} disabled={!preview.data || preview.isPending}>
          {t('labels.print')}
        </Button>
      </Group>
      {preview.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(preview.error)}
        </Alert>
      ) : null}
      {preview.data ? (
        <Stack gap="xs">
          <Text size="sm" data-testid="labels-ready">
            {t('labels.pages', { n: preview.data.pages.length })}{' '}
            <Text span size="sm" c="dimmed">
              {t('labels.printHint')}
            </Text>
          </Text>
          <PrintPages preview={preview.data} label={kind === 'folder' ? t('labels.folder') : t('labels.box')} screenWidth={560} />
        </Stack>
      ) : null}
    </Section>
  );
}
