/**
 * `#/inbox`: files the office MFP scanned into the watched hot folder (docs/reference.md §5), waiting to
 * be assigned to their request (SOP step 1, *Pencatatan*) or discarded.
 */
import { Alert, Anchor, Badge, Button, Grid, Group, Image, Loader, Pagination, Paper, Radio, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../shared/contract/features/scanning';
import { DEVELOPMENT_LEVELS, DOCUMENT_TYPES, type DevelopmentLevel, type DocumentType } from '../../../shared/domain/document';
import { CASE_STATUSES } from '../../../shared/domain/case';
import { formatNip } from '../../../shared/nip';
import { call, errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { documentKeys, queryKeys } from '../../api/queryKeys';
import { IconSearch, IconTrash } from '../../components/icons';
import { Loading, LoadError } from '../../components/QueryState';
import { hrefOf } from '../../router/routes';
import { useCoreEvent } from '../documents/coreEvents';
import { formatBytes } from '../documents/format';
import { Dialog } from '../../components/Dialog';
import { uiTime } from '../../i18n/dates';
import { PageHeading } from '../../components/PageHeading';

export function InboxPage() {
  const { t } = useTranslation('documents');
  const qc = useQueryClient();
  const inbox = useQuery({ queryKey: documentKeys.inbox, queryFn: () => call('scanning.inbox.list', {}) });
  const folder = useQuery({ queryKey: documentKeys.scanningSettings, queryFn: () => call('scanning.settings.get', {}) });
  const [selected, setSelected] = useState<string | null>(null);
  useCoreEvent('scanning.inbox.changed', () => void qc.invalidateQueries({ queryKey: documentKeys.inbox }));
  useCoreEvent('scanning.hotFolder.status', () => void qc.invalidateQueries({ queryKey: documentKeys.scanningSettings }));

  const items = inbox.data?.items ?? [];
  const current = items.find((i) => i.id === selected) ?? null;
  const status = folder.data?.hotFolder;

  return (
    <Stack gap="md" maw={1120}>
      <PageHeading title={t('inbox.title')} intro={t('inbox.subtitle')} />
      {status ? (
        <Alert
          color={status.state === 'watching' ? 'blue' : status.state === 'off' ? 'gray' : 'orange'}
          variant="light"
          data-testid="hot-folder-status"
          py="xs"
        >
          <Text size="sm">{status.path ? t('inbox.folder', { path: status.path }) : t('inbox.folderNone')}</Text>
          {/* Without a folder the state line only repeats the sentence above. */}
          {status.message && status.state !== 'watching' && status.path ? (
            <Text size="xs" c="dimmed">
              {status.message}
            </Text>
          ) : null}
          {status.path ? null : (
            <Button component="a" href={hrefOf({ name: 'settings', section: 'pindaian' })} size="xs" variant="light" mt={6}>
              {t('inbox.openSettings')}
            </Button>
          )}
        </Alert>
      ) : null}
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data ? (
        <Grid gap="md">
          <Grid.Col span={5}>
            <InboxList items={items} selected={current?.id ?? null} onSelect={setSelected} />
          </Grid.Col>
          <Grid.Col span={7}>
            {current ? (
              <InboxItemView
                key={current.id}
                item={current}
                // Only if the admin has not meanwhile chosen another file.
                onDone={() => setSelected((sel) => (sel === current.id ? null : sel))}
              />
            ) : (
              <Paper withBorder radius="md" p="xl">
                <Text c="dimmed" ta="center" size="sm">
                  {t('inbox.noPreview')}
                </Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      ) : null}
    </Stack>
  );
}

function InboxList({ items, selected, onSelect }: { items: InboxItem[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation('documents');
  const zone = useSettings().data?.timeZone ?? 'WIB';
  if (items.length === 0)
    return (
      <Paper withBorder radius="md" p="lg" data-testid="inbox-empty">
        <Text c="dimmed" size="sm">
          {t('inbox.empty')}
        </Text>
      </Paper>
    );
  return (
    <Paper withBorder radius="md">
      <ScrollArea.Autosize mah={560}>
        <Table highlightOnHover verticalSpacing="xs" data-testid="inbox-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inbox.table.file')}</Table.Th>
              <Table.Th w={150}>{t('inbox.table.arrived')}</Table.Th>
              <Table.Th w={80} ta="right">
                {t('inbox.table.size')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr
                key={item.id}
                onClick={() => onSelect(item.id)}
                bg={item.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
                style={{ cursor: 'pointer' }}
                aria-selected={item.id === selected}
              >
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {/* A real button, so the list works from the keyboard too. */}
                  <Button variant="transparent" size="compact-sm" px={0} h="auto" onClick={() => onSelect(item.id)} style={{ whiteSpace: 'normal', textAlign: 'left' }}>
                    {item.originalName}
                  </Button>
                  {item.problem ? (
                    <Badge color="orange" variant="light" size="sm" ml={6} tt="none" title={item.problem}>
                      {t('inbox.problem')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{uiTime(item.receivedAt, zone)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="xs">{formatBytes(item.bytes, i18n.language)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}

function InboxPreview({ item }: { item: InboxItem }) {
  const { t } = useTranslation('documents');
  const [page, setPage] = useState(1);
  const preview = useQuery({
    queryKey: documentKeys.inboxPreview(item.id, page),
    queryFn: () => call('scanning.inbox.preview', { id: item.id, page, maxSize: 720 }),
    placeholderData: keepPreviousData,
    enabled: item.mediaType !== null,
  });
  if (item.mediaType === null) return null;
  return (
    <Stack gap="xs" align="center">
      {preview.isError ? <LoadError error={preview.error} /> : null}
      {preview.data ? (
        <Image
          src={preview.data.image}
          alt={`${t('inbox.preview')}: ${item.originalName}`}
          mah={320}
          w="auto"
          fit="contain"
          radius="sm"
          style={{ border: '1px solid var(--mantine-color-gray-3)', background: 'white' }}
          data-testid="inbox-preview"
        />
      ) : (
        <Loader size="sm" />
      )}
      {preview.data?.pageCount && preview.data.pageCount > 1 ? (
        <Pagination size="sm" total={preview.data.pageCount} value={page} onChange={setPage} />
      ) : null}
    </Stack>
  );
}

const OPEN_STATUSES = CASE_STATUSES.filter((s) => s !== 'closed');

function InboxItemView({ item, onDone }: { item: InboxItem; onDone: () => void }) {
  const { t } = useTranslation('documents');
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [caseId, setCaseId] = useState<string | null>(null);
  const [type, setType] = useState<DocumentType>('request_letter');
  const [level, setLevel] = useState<DevelopmentLevel>('asli');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const cases = useQuery({
    queryKey: [...queryKeys.caseLists, 'inbox-search', debounced],
    // A closed case is read-only (the core refuses new documents): only open ones are offered.
    queryFn: () => call('cases.list', { text: debounced, limit: 8, status: OPEN_STATUSES }),
    placeholderData: keepPreviousData,
  });
  const found = cases.data?.items ?? [];
  const chosen = found.find((c) => c.id === caseId);

  const assign = useMutation({
    mutationFn: () => call('scanning.inbox.assign', { id: item.id, caseId: caseId ?? '', documentType: type, developmentLevel: level }),
    onSuccess: () => {
      const href = hrefOf({ name: 'case', id: caseId ?? '' });
      notifications.show({
        color: 'green',
        message: (
          <>
            {t('inbox.assigned', { file: item.originalName, caseNumber: chosen?.caseNumber ?? caseId, type: t(`documentTypes.${type}`) })}{' '}
            {/* Straight on to the case (its next step, the page editor) without searching for it again. */}
            <Anchor href={href} size="sm" fw={600} data-testid="inbox-open-case">
              {t('inbox.openCase')}
            </Anchor>
          </>
        ),
      });
      void qc.invalidateQueries({ queryKey: documentKeys.inbox });
      if (caseId) void qc.invalidateQueries({ queryKey: queryKeys.caseRecord(caseId) });
      onDone();
    },
    onError: setFailure,
  });
  const discard = useMutation({
    mutationFn: () => call('scanning.inbox.discard', { id: item.id }),
    onSuccess: () => {
      notifications.show({ color: 'gray', message: t('inbox.discarded', { file: item.originalName }) });
      void qc.invalidateQueries({ queryKey: documentKeys.inbox });
      onDone();
    },
    onError: setFailure,
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={item.originalName}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.originalName}
          </Text>
          <Button color="red" variant="subtle" size="xs" leftSection={<IconTrash size={14} />} onClick={() => setConfirmDiscard(true)}>
            {t('inbox.discard')}
          </Button>
        </Group>
        {item.problem ? (
          <Alert color="orange" variant="light" py="xs">
            <Text size="sm">{item.problem}</Text>
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" variant="light" title={t('inbox.failedTitle')} role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel={t('panel.closeMessage')}>
            <Text size="sm">{errorMessage(failure)}</Text>
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={5}>
            <InboxPreview item={item} />
          </Grid.Col>
          <Grid.Col span={7}>
            {item.mediaType !== null ? (
              <Stack gap="xs">
                <Title order={3} size="h6">
                  {t('inbox.assignTitle')}
                </Title>
                <TextInput
                  label={t('inbox.searchCase')}
                  description={t('inbox.searchHint')}
                  leftSection={<IconSearch size={14} />}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  size="sm"
                />
                <Radio.Group value={caseId} onChange={setCaseId} label={t('inbox.chooseCase')} size="sm">
                  <Stack gap={4} mt={4}>
                    {found.length === 0 && !cases.isPending ? (
                      <Text size="xs" c="dimmed">
                        {t('inbox.noCaseFound')}
                      </Text>
                    ) : null}
                    {found.map((c) => (
                      <Radio
                        key={c.id}
                        value={c.id}
                        label={
                          <span>
                            <Text span ff="monospace" size="sm" fw={600}>
                              {c.caseNumber}
                            </Text>{' '}
                            <Text span size="sm">
                              {c.name}
                            </Text>
                          </span>
                        }
                        description={formatNip(c.nip)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <Select
                  label={t('docFields.type')}
                  data={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`documentTypes.${v}`) }))}
                  value={type}
                  onChange={(v) => v && setType(v as DocumentType)}
                  allowDeselect={false}
                  size="sm"
                />
                <Radio.Group value={level} onChange={(v) => setLevel(v as DevelopmentLevel)} label={t('docFields.level')} size="sm">
                  <Group gap="md" mt={4}>
                    {DEVELOPMENT_LEVELS.map((l) => (
                      <Radio key={l} value={l} label={t(`levels.${l}`)} />
                    ))}
                  </Group>
                </Radio.Group>
                <Button onClick={() => assign.mutate()} disabled={!caseId} loading={assign.isPending} mt="xs">
                  {t('inbox.assign')}
                </Button>
              </Stack>
            ) : null}
          </Grid.Col>
        </Grid>
      </Stack>
      <Dialog opened={confirmDiscard} onClose={() => setConfirmDiscard(false)} title={t('inbox.discard')} centered>
        <Text size="sm">{t('inbox.discardConfirm', { file: item.originalName })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmDiscard(false)}>
            {t('inbox.cancel')}
          </Button>
          <Button
            color="red"
            loading={discard.isPending}
            onClick={() => {
              setConfirmDiscard(false);
              discard.mutate();
            }}
          >
            {t('inbox.confirmDiscard')}
          </Button>
        </Group>
      </Dialog>
    </Paper>
  );
}
