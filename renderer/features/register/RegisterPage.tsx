/** `#/` — Daftar Berkas Permohonan: search, filters, the virtualised list of every case. */
import { Button, CloseButton, EmptyState, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, REQUEST_KINDS, type CaseStatus, type RequestKind } from '../../../shared/domain/case';
import { useSettings } from '../../api/hooks';
import { CompactMultiSelect } from '../../components/CompactMultiSelect';
import { DateField } from '../../components/DateField';
import { IconInbox, IconPlus, IconSearch } from '../../components/icons';
import { LoadError } from '../../components/QueryState';
import { formatCount } from '../../i18n';
import { hrefOf } from '../../router/routes';
import { OfficeSearch } from '../office/OfficeSearch';
import { emptyFilters, hasFilters, toQuery, type RegisterFilters } from './filters';
import { RegisterTable } from './RegisterTable';
import { usePagedCases } from './usePagedCases';

const isStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);
const isKind = (v: string): v is RequestKind => (REQUEST_KINDS as readonly string[]).includes(v);

export function RegisterPage({ filters, onFilters }: { filters: RegisterFilters; onFilters: (f: RegisterFilters) => void }) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const zone = settings.data?.timeZone ?? 'WIB';
  // Typing should not send a query per keystroke (20,000 cases): wait for a short pause.
  const [text] = useDebouncedValue(filters.text, 150);
  const query = toQuery({ ...filters, text });
  const queryKey = JSON.stringify(query);

  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const onVisibleChange = useCallback((r: { first: number; last: number }) => setVisible(r), []);
  const list = usePagedCases(query, visible);
  const set = (patch: Partial<RegisterFilters>) => onFilters({ ...filters, ...patch });

  const filtered = hasFilters(filters);
  const showEmpty = list.loaded && !list.refreshing && list.total === 0;

  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2} size="h3">
            {t('register.title')}
          </Title>
          <Group gap="xs">
            <Text c="dimmed" size="sm" data-testid="register-total" aria-live="polite">
              {list.loaded
                ? t(list.total === 1 ? 'register.totalOne' : 'register.total', { n: formatCount(list.total, i18n.language) })
                : t('app.loading')}
            </Text>
            {filtered ? (
              <Button variant="subtle" size="compact-xs" onClick={() => onFilters(emptyFilters)}>
                {t('register.resetFilters')}
              </Button>
            ) : null}
          </Group>
        </div>
        <Button component="a" href={hrefOf({ name: 'caseNew' })} leftSection={<IconPlus size={16} />}>
          {t('nav.newCase')}
        </Button>
      </Group>

      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('register.search')}
          placeholder={t('register.searchPlaceholder')}
          value={filters.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          leftSection={<IconSearch size={16} />}
          rightSection={filters.text ? <CloseButton size="sm" aria-label={t('register.resetFilters')} onClick={() => set({ text: '' })} /> : null}
          style={{ flex: '1 1 220px' }}
          miw={0}
          name="q"
          type="search"
          maxLength={200}
        />
        <CompactMultiSelect
          label={t('register.status')}
          placeholder={filters.status.length === 0 ? t('register.statusPlaceholder') : undefined}
          data={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={filters.status}
          onChange={(v) => set({ status: v.filter(isStatus) })}
          clearable
          w={220}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
        />
        <CompactMultiSelect
          label={t('register.kind')}
          placeholder={filters.kind.length === 0 ? t('register.kindPlaceholder') : undefined}
          data={REQUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={filters.kind}
          onChange={(v) => set({ kind: v.filter(isKind) })}
          clearable
          w={200}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label={t('register.receivedFrom')}
          value={filters.receivedFrom}
          onChange={(v) => set({ receivedFrom: v })}
          clearable
          w={144}
          name="receivedFrom"
        />
        <DateField
          label={t('register.receivedTo')}
          value={filters.receivedTo}
          onChange={(v) => set({ receivedTo: v })}
          clearable
          w={144}
          name="receivedTo"
        />
      </Group>

      {/* Issue 12 §2: the same search over the other workstations and the shared-drive archive. */}
      <OfficeSearch text={filters.text} zone={zone} />

      {list.error ? <LoadError error={list.error} onRetry={list.refetch} /> : null}

      {showEmpty ? (
        filtered ? (
          <EmptyState icon={<IconSearch size={28} />} withIndicatorBackground title={t('register.noMatchTitle')} description={t('register.noMatchBody')} py="xl">
            <EmptyState.Actions>
              <Button variant="default" onClick={() => onFilters(emptyFilters)}>
                {t('register.resetFilters')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <EmptyState icon={<IconInbox size={28} />} variant="light" title={t('register.emptyTitle')} description={t('register.emptyBody')} py="xl">
            <EmptyState.Actions>
              <Button component="a" href={hrefOf({ name: 'caseNew' })} leftSection={<IconPlus size={16} />}>
                {t('register.emptyAction')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )
      ) : (
        <RegisterTable
          key={queryKey}
          total={list.total}
          pages={list.pages}
          zone={zone}
          refreshing={list.refreshing}
          onVisibleChange={onVisibleChange}
        />
      )}
    </Stack>
  );
}
