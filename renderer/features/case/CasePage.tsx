/**
 * `#/cases/:id`: one request case as recorded at intake (SOP step 1). The later SOP steps get their
 * own screens in the workflow issue; this page shows only what exists.
 */
import { Button, DataList, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { closingOf } from '../../../shared/domain/closing';
import type { CaseRecord } from '../../../shared/domain/case';
import { formatNip } from '../../../shared/nip';
import { useCase, useSettings } from '../../api/hooks';
import { DataItem } from '../../components/DataItem';
import { IconArrowLeft, IconPencil } from '../../components/icons';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { hrefOf } from '../../router/routes';
import { useExportStatus } from '../archive/api';
import { ExportStateBadge, ExportStatusPanel } from '../archive/ExportStatusPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { LettersSection } from '../letters/LettersSection';
import { ReceiptOffer } from '../letters/ReceiptOffer';
import { TrailTimeline } from '../trail/TrailTimeline';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { HandOverButton } from '../office/HandOver';
import { handedOverTo } from '../../../shared/domain/workflowFold';
import { uiDate, uiTime } from '../../i18n/dates';

export function CasePage({ id }: { id: string }) {
  const record = useCase(id);
  const settings = useSettings();
  if (record.isPending) return <Loading />;
  if (record.isError) return <LoadError error={record.error} onRetry={() => void record.refetch()} />;
  return <CaseView c={record.data} zone={settings.data?.timeZone ?? 'WIB'} />;
}

function CaseView({ c, zone }: { c: CaseRecord; zone: 'WIB' | 'WITA' | 'WIT' }) {
  const { t } = useTranslation();
  const i = c.intake;
  // Corrections of the registered data only (cases.update), not every event of the trail.
  const corrections = c.events.filter((e) => e.type === 'intake_corrected').length;
  // Where the paper went (step 9), once the case is closed.
  const closing = closingOf(c, zone);
  useEffect(() => {
    // The case opens at its top (its step panel), not where the previous page was scrolled to.
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, [c.id]);
  return (
    <Stack gap="md" maw={1120}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Button component="a" href={hrefOf({ name: 'register' })} variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} />} w="fit-content" px={4}>
            {t('case.back')}
          </Button>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('case.caseNumber')}
          </Text>
          <Title order={2} size="h2" ff="monospace" data-testid="case-number" style={{ overflowWrap: 'anywhere' }}>
            {c.caseNumber}
          </Title>
          <Group gap="xs">
            <StatusBadge status={c.status} size="lg" />
            {/* Closed is not yet archived: the electronic archive's state as it is (waiting / exported). */}
            {c.status === 'closed' ? <ClosedExportBadge caseId={c.id} /> : null}
            {/* The kind is a fact about the request, not a control: plain text, not a bordered badge that reads as a button. */}
            <Text size="sm" data-testid="case-kind">
              <Text span c="dimmed">
                {t('case.kind')}:
              </Text>{' '}
              <Text span fw={600}>
                {t(`kind.${i.kind}`)}
              </Text>
            </Text>
          </Group>
        </Stack>
        {/* A closed case is archived as it stands, a handed-over one is read here: the core refuses edits to both. */}
        {c.status === 'closed' || handedOverTo(c.events) ? null : (
          <Group gap="xs" wrap="nowrap">
            <HandOverButton id={c.id} caseNumber={c.caseNumber} />
            <Button component="a" href={hrefOf({ name: 'caseEdit', id: c.id })} leftSection={<IconPencil size={16} />} variant="light">
              {t('case.edit')}
            </Button>
          </Group>
        )}
      </Group>

      {/* The receipt is handed over at the counter that registered the file (SOP step 1): not for a file handed over, either way. */}
      {c.status === 'closed' || c.events.some((e) => e.type === 'handed_over') ? null : <ReceiptOffer caseId={c.id} />}

      <WorkflowPanel record={c} zone={zone} />

      <Grid gap="md">
        <Grid.Col span={7}>
          <Section title={t('intake.sections.requester')}>
            <DataList labelWidth={150} gap={6}>
              <DataItem label={t('intake.fields.name')}>{i.requester.name}</DataItem>
              <DataItem label={t('intake.fields.nip')}>
                <Text span ff="monospace" size="sm">
                  {formatNip(i.requester.nip)}
                </Text>
              </DataItem>
              <DataItem label={t('intake.fields.position')}>{i.requester.position}</DataItem>
              <DataItem label={t('intake.fields.agency')}>{i.requester.agency}</DataItem>
              <DataItem label={t('intake.fields.userId')}>
                <Text span ff="monospace" size="sm">
                  {i.requester.userId}
                </Text>
              </DataItem>
              <DataItem label={t('intake.fields.email')}>{i.requester.email}</DataItem>
              <DataItem label={t('intake.fields.phone')}>{i.requester.phone}</DataItem>
            </DataList>
          </Section>
        </Grid.Col>
        <Grid.Col span={5}>
          <Section title={t('case.record')}>
            <DataList labelWidth={130} gap={6}>
              <DataItem label={t('case.receivedAt')}>{uiTime(i.receivedAt, zone)}</DataItem>
              <DataItem label={t('case.receivedBy')}>{i.receivedBy}</DataItem>
              <DataItem label={t('case.createdAt')}>{uiTime(c.createdAt, zone)}</DataItem>
              <DataItem label={t('case.updatedAt')}>{uiTime(c.updatedAt, zone)}</DataItem>
              <DataItem label={t('case.revision')}>
                <span data-testid="correction-count">{corrections === 0 ? t('case.revisionNone') : t('case.revisionCount', { n: corrections })}</span>
              </DataItem>
              {closing ? (
                <DataItem label={t('case.physical')}>
                  <span data-testid="physical-location">
                    {t('case.physicalPlace', { box: closing.physical.box, folder: closing.physical.folder, shelf: closing.physical.shelf })}
                  </span>
                </DataItem>
              ) : null}
              <DataItem label={t('case.idLabel')}>
                <Text span ff="monospace" size="sm">
                  {c.id}
                </Text>
              </DataItem>
            </DataList>
          </Section>
        </Grid.Col>
      </Grid>

      {i.changes.length > 0 ? (
        <Section title={t('intake.sections.changes')}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="changes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="22%">{t('case.changesTable.field')}</Table.Th>
                <Table.Th>{t('case.changesTable.current')}</Table.Th>
                <Table.Th w={32} aria-hidden />
                <Table.Th>{t('case.changesTable.requested')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {i.changes.map((ch, n) => (
                <Table.Tr key={`${ch.field}-${n}`}>
                  <Table.Td fw={600}>{ch.field === 'other' && ch.label ? ch.label : t(`changeField.${ch.field}`)}</Table.Td>
                  <Table.Td>{ch.field === 'nip' ? formatNip(ch.current) : ch.current}</Table.Td>
                  <Table.Td c="dimmed" aria-hidden>
                    →
                  </Table.Td>
                  <Table.Td fw={500}>{ch.field === 'nip' ? formatNip(ch.requested) : ch.requested}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      ) : null}

      <Grid gap="md">
        <Grid.Col span={6}>
          <Section title={t('intake.sections.letter')}>
            <DataList labelWidth={130} gap={6}>
              <DataItem label={t('intake.fields.letterNumber')}>{i.letter.number}</DataItem>
              <DataItem label={t('intake.fields.letterDate')}>{uiDate(i.letter.date)}</DataItem>
              <DataItem label={t('intake.fields.letterSubject')}>{i.letter.subject}</DataItem>
            </DataList>
          </Section>
        </Grid.Col>
        <Grid.Col span={6}>
          <Section title={t('intake.sections.sk')}>
            <DataList labelWidth={150} gap={6}>
              <DataItem label={t('intake.fields.skNumber')}>{i.sk.number}</DataItem>
              <DataItem label={t('intake.fields.skDate')}>{uiDate(i.sk.date)}</DataItem>
              <DataItem label={t('intake.fields.skIssuer')}>{i.sk.issuer}</DataItem>
              <DataItem label={t('intake.fields.skValidFrom')}>{uiDate(i.sk.validFrom)}</DataItem>
              <DataItem label={t('intake.fields.skValidUntil')}>{i.sk.validUntil ? uiDate(i.sk.validUntil) : t('case.skNoEnd')}</DataItem>
            </DataList>
          </Section>
        </Grid.Col>
      </Grid>

      <DocumentsPanel caseRecord={c} zone={zone} />

      <LettersSection caseId={c.id} closed={c.status === 'closed'} />

      <ExportStatusPanel caseId={c.id} zone={zone} />

      <TrailTimeline record={c} zone={zone} />

      <Section title={t('intake.sections.notes')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={i.notes ? undefined : 'dimmed'}>
          {i.notes || t('case.noNotes')}
        </Text>
      </Section>
    </Stack>
  );
}

function ClosedExportBadge({ caseId }: { caseId: string }) {
  const status = useExportStatus(caseId);
  return status.data ? <ExportStateBadge state={status.data.state} /> : null;
}
