/**
 * The register's search, office-wide (issue 12 §2): cases of other workstations and bags on the
 * shared drive that match what was typed — by NIP, User ID or name — with where each lives. The
 * register table above already lists this PC's own cases; this strip adds the rest of the office.
 */
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ZonaWaktu } from '../../../shared/dates';
import { formatNip } from '../../../shared/nip';
import type { OfficeQueryInput } from '../../../shared/domain/office';
import { useOfficeFind } from './api';
import { uiTime } from '../../i18n/dates';
import { ArchivedCaseDialog, ArchivedCaseLink, type ArchivedRef } from './ArchivedCaseDialog';

/** What a register search means for the office: digits are a NIP, one word may be a User ID or a case number, words are a name. */
export function officeQueryOf(text: string): OfficeQueryInput | null {
  const q = text.trim();
  if (q.length < 3) return null;
  const digits = q.replace(/[\s.]/g, '');
  if (/^\d{8,18}$/.test(digits)) return { nip: digits };
  return /\s/.test(q) ? { text: q } : { text: q, userId: q };
}

export function OfficeSearch({ text, zone }: { text: string; zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const [debounced] = useDebouncedValue(text, 400);
  const query = officeQueryOf(debounced);
  const found = useOfficeFind(query);
  const [open, setOpen] = useState(false);
  const [viewing, setViewing] = useState<ArchivedRef | null>(null);
  if (!query || !found.data) return null;
  const others = found.data.matches.filter((m) => m.source === 'archive');
  // This PC's own cases (archived or not) are the register's rows: say so rather than "nothing matches".
  const onlyHere = others.length === 0 && found.data.matches.some((m) => m.source === 'local');
  const q = debounced.trim();
  return (
    <Paper withBorder radius="sm" px="sm" py={6} data-testid="office-search">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={others.length > 0 ? 600 : undefined} c={others.length > 0 ? undefined : 'dimmed'}>
            {others.length > 0 ? t('office.searchCount', { n: others.length, q }) : onlyHere ? t('office.searchOnlyHere', { q }) : t('office.searchNone', { q })}
          </Text>
          {others.length > 0 ? (
            <Button variant="subtle" size="compact-xs" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
              {open ? t('office.hide') : t('office.show')}
            </Button>
          ) : null}
        </Group>
        {found.data.note ? (
          <Text size="xs" c="orange.9">
            {found.data.note}
          </Text>
        ) : null}
        {open && others.length > 0 ? (
          <Table verticalSpacing={2} fz="xs" data-testid="office-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('office.colCase')}</Table.Th>
                <Table.Th>{t('office.colName')}</Table.Th>
                <Table.Th>{t('office.colReceived')}</Table.Th>
                <Table.Th>{t('office.colWhere')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {others.map((m) => (
                <Table.Tr key={`${m.summary.id}-${m.bag}`}>
                  <Table.Td>
                    <ArchivedCaseLink bag={m.bag} caseNumber={m.summary.caseNumber} onOpen={setViewing} />
                  </Table.Td>
                  <Table.Td>
                    {m.requester.name} · NIP {formatNip(m.requester.nip)} · {m.requester.userId}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{uiTime(m.summary.receivedAt, zone)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{t('office.whereArchive', { ws: m.workstation, bag: m.bag })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
      <ArchivedCaseDialog opened={viewing} zone={zone} onClose={() => setViewing(null)} />
    </Paper>
  );
}

