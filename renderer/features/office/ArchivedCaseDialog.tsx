/**
 * "Berkas arsip (hanya baca)" (issue 12 §2): an earlier case found in the office archive, read from
 * its bag on the shared drive — where it lives, the record, the letters and documents filed (each
 * viewable), and the audit trail drawn by the case page's own timeline. Read-only: no action here
 * changes anything; the core's `office.openBag` writes nothing either.
 */
import { Alert, Anchor, Badge, Button, Group, List, Loader, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ZonaWaktu } from '../../../shared/dates';
import { uiDate, uiTime } from '../../i18n/dates';
import type { ArchivedCase, ArchivedFile } from '../../../shared/domain/office';
import { formatNip } from '../../../shared/nip';
import { sopStep } from '../../../shared/sop/definition';
import { Dialog } from '../../components/Dialog';
import { LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatBytes } from '../archive/format';
import { PdfPreviewDialog } from '../letters/PdfPreviewDialog';
import { TrailEvents, Turnaround } from '../trail/TrailTimeline';
import { bi } from '../workflow/format';
import { useArchivedCase, useBagPdf } from './api';

/** Readable on screen and still fine on paper (as the documents viewer). */
const VIEW_DPI = 110;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="38%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Integrity({ c }: { c: ArchivedCase }) {
  const { t } = useTranslation('archive');
  const n = c.events.length;
  if (c.integrity.problems.length === 0)
    return (
      <Alert color="teal" variant="light" py="xs" data-testid="archived-integrity">
        <Text size="sm">{c.integrity.catalogue === 'match' ? t('archived.intact', { n, ws: c.workstation }) : t('archived.intactUncatalogued', { n })}</Text>
      </Alert>
    );
  return (
    <Alert color="red" variant="light" title={t('archived.problemTitle')} data-testid="archived-integrity">
      <Stack gap={4}>
        <List size="sm" spacing={2}>
          {c.integrity.problems.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
        <Text size="xs">{t('archived.problemHint')}</Text>
      </Stack>
    </Alert>
  );
}

function Record({ c, zone }: { c: ArchivedCase; zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('archive');
  const { t: tt } = useTranslation();
  const { t: tw } = useTranslation('workflow');
  const r = c.requester;
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Section title={t('archived.where')}>
        <Table verticalSpacing={3} fz="sm" data-testid="archived-where">
          <Table.Tbody>
            <Field label={t('archived.workstation')}>{c.computer ? t('archived.workstationComputer', { ws: c.workstation, computer: c.computer }) : c.workstation}</Field>
            <Field label={t('archived.bag')}>
              <Text span ff="monospace" size="xs">
                {c.bag}
              </Text>
            </Field>
            <Field label={t('archived.physical')}>{c.physical ? t('archived.physicalValue', c.physical) : t('archived.physicalNone')}</Field>
            <Field label={t('archived.closed')}>{uiTime(c.closedAt, zone)}</Field>
            <Field label={t('archived.result')}>{c.result ? tw(`queue.result.${c.result}`) : '—'}</Field>
            <Field label={t('archived.steps')}>
              {/* The numbers read at a glance; each step's title is in the trail below. */}
              <span title={c.path.map((p) => `${p.step}. ${bi(sopStep(p.step).title, i18n.language)}`).join('\n')}>{c.path.map((p) => p.step).join(' → ')}</span>
            </Field>
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('archived.record')}>
        <Table verticalSpacing={3} fz="sm" data-testid="archived-record">
          <Table.Tbody>
            <Field label={t('archived.caseNumber')}>
              <Text span ff="monospace" size="sm">
                {c.caseNumber}
              </Text>
            </Field>
            <Field label={t('archived.kind')}>{tt(`kind.${c.kind}`)}</Field>
            <Field label={t('archived.requester')}>{r.name}</Field>
            <Field label={t('archived.nip')}>
              <span style={{ whiteSpace: 'nowrap' }}>{formatNip(r.nip)}</span>
            </Field>
            <Field label={t('archived.userId')}>{r.userId}</Field>
            <Field label={t('archived.position')}>{[r.position, r.agency].filter((x) => x !== '').join(', ')}</Field>
            <Field label={t('archived.contact')}>{[r.email, r.phone].filter((x) => x !== '').join(' · ')}</Field>
            <Field label={t('archived.letterNumber')}>{c.letterNumber}</Field>
            <Field label={t('archived.received')}>{uiTime(c.receivedAt, zone)}</Field>
          </Table.Tbody>
        </Table>
      </Section>
    </SimpleGrid>
  );
}

function Files({ c, onView }: { c: ArchivedCase; onView: (f: ArchivedFile) => void }) {
  const { t, i18n } = useTranslation('archive');
  return (
    <Section title={t('archived.files')}>
      {c.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('archived.noFiles')}
        </Text>
      ) : (
        <Table verticalSpacing={3} fz="sm" data-testid="archived-files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('archived.fileCol')}</Table.Th>
              <Table.Th>{t('archived.dateCol')}</Table.Th>
              <Table.Th>{t('archived.sizeCol')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('archived.view')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.files.map((f) => (
              <Table.Tr key={f.path}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="light" color={f.kind === 'letter' ? 'blue' : 'gray'} tt="none">
                      {t(`archived.fileKind.${f.kind}`)}
                    </Badge>
                    <Text size="sm">
                      {f.title}
                      {f.number ? ` · ${t('archived.number', { number: f.number })}` : ''}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{/^\d{4}-\d{2}-\d{2}$/.test(f.date) ? uiDate(f.date) : f.date}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(f.bytes, i18n.language)}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="light" onClick={() => onView(f)} aria-label={t('archived.viewName', { title: f.title })}>
                    {t('archived.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

function BagPdf({ c, file, onClose }: { c: ArchivedCase; file: ArchivedFile | null; onClose: () => void }) {
  const { t } = useTranslation('archive');
  const pages = useBagPdf(c.bag, file?.path ?? null, VIEW_DPI);
  return (
    <PdfPreviewDialog
      opened={file !== null}
      onClose={onClose}
      title={t('archived.pdfTitle', { title: file?.title ?? '', number: c.caseNumber })}
      preview={pages.data}
      error={pages.error ?? undefined}
      loadingText={t('archived.pdfLoading')}
    />
  );
}

function Body({ c, zone }: { c: ArchivedCase; zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const [viewing, setViewing] = useState<ArchivedFile | null>(null);
  return (
    <Stack gap="sm" data-testid="archived-case">
      <Text size="sm" c="dimmed">
        {t('archived.readOnly')}
      </Text>
      <Integrity c={c} />
      <Record c={c} zone={zone} />
      <Files c={c} onView={setViewing} />
      <Section title={t('archived.trail')}>
        <Turnaround turnaround={c.timing.turnaround} />
        <TrailEvents events={c.events} kind={c.kind} timers={c.timing.timers} zone={zone} />
      </Section>
      <BagPdf c={c} file={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}

/** A case in the office archive, as a search result names it. */
export interface ArchivedRef {
  bag: string;
  caseNumber: string;
}

/** An archived case's number as a link-like button: Enter or Space opens its read-only view (issue 12 §2). */
export function ArchivedCaseLink({ bag, caseNumber, onOpen }: ArchivedRef & { onOpen: (ref: ArchivedRef) => void }) {
  const { t } = useTranslation('archive');
  return (
    <Anchor component="button" type="button" ff="monospace" fz="inherit" fw={600} onClick={() => onOpen({ bag, caseNumber })} aria-label={t('archived.open', { number: caseNumber })} data-testid="open-archived">
      {caseNumber}
    </Anchor>
  );
}

/** The read-only view of `opened` (from a search result); `null` is closed. */
export function ArchivedCaseDialog({ opened, zone, onClose }: { opened: ArchivedRef | null; zone: ZonaWaktu; onClose: () => void }) {
  const { t } = useTranslation('archive');
  const bag = opened?.bag ?? null;
  const found = useArchivedCase(bag);
  return (
    <Dialog
      opened={opened !== null}
      onClose={onClose}
      size={1040}
      yOffset="2vh"
      title={
        <Group gap="xs">
          <Title order={2} size="h4">
            {t('archived.title')}
          </Title>
          <Text span ff="monospace" size="sm">
            {opened?.caseNumber}
          </Text>
        </Group>
      }
      data-testid="archived-dialog"
    >
      {found.isError ? <LoadError error={found.error} onRetry={() => void found.refetch()} /> : null}
      {found.isPending && bag !== null ? (
        <Group gap="sm" py="md" justify="center">
          <Loader size="sm" />
          <Text c="dimmed">{t('archived.loading')}</Text>
        </Group>
      ) : null}
      {found.data ? <Body c={found.data} zone={zone} /> : null}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          {t('archived.close')}
        </Button>
      </Group>
    </Dialog>
  );
}
