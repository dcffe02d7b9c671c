/**
 * The case page's "Surat & dokumen keluar": every letter the SOP produces for this case (issue 5 §1),
 * with its state — not yet available, ready, printed (number, date), or changed since printing —
 * and Preview / Print. Availability is the core's (`letters.list`); this only follows it.
 */
import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseLetter } from '../../../shared/domain/letters';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { letterDate, letterPrinted, letterState, letterStep, letterTitle } from './format';
import { IconEye, IconPrinter } from './icons';
import { useCaseLetters } from './queries';
import { useLetterPrint } from './useLetterPrint';

/** `closed`: a closed case will never reach the steps it skipped, so their letters are not listed. */
export function LettersSection({ caseId, closed = false }: { caseId: string; closed?: boolean }) {
  const { t } = useTranslation('letters');
  const list = useCaseLetters(caseId);
  const printer = useLetterPrint(caseId);
  const letters = (list.data?.letters ?? []).filter((l) => !closed || l.available);
  return (
    <Section title={t('section.title')} description={t('section.description')}>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} title={t('section.loadFailed')} onRetry={() => void list.refetch()} /> : null}
      {list.data && letters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('section.empty')}
        </Text>
      ) : null}
      {letters.length > 0 ? (
        <Table withTableBorder verticalSpacing={6} data-testid="letters-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('section.letter')}</Table.Th>
              <Table.Th>{t('section.state')}</Table.Th>
              <Table.Th ta="right">{t('section.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letters.map((l) => (
              <LetterRow key={`${l.kind}-${l.visit}`} letter={l} onOpen={printer.open} />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {printer.view}
    </Section>
  );
}

function LetterRow({ letter, onOpen }: { letter: CaseLetter; onOpen: (l: CaseLetter, mode: 'print' | 'preview') => void }) {
  const { t, i18n } = useTranslation('letters');
  const step = letterStep(letter.kind);
  const title = letterTitle(letter.kind, i18n.language);
  const printed = letterPrinted(letter);
  const print = printed ? t('section.reprint') : t('section.printLetter');
  return (
    <Table.Tr data-testid="letter-row" data-kind={letter.kind} data-visit={letter.visit}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {step === null ? t('section.controlSheetStep') : t('section.step', { n: step })}
          {letter.visit > 1 ? ` · ${t('section.visit', { n: letter.visit })}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <LetterStateBadge letter={letter} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconEye size={14} />}
            disabled={!letter.available}
            onClick={() => onOpen(letter, 'preview')}
            aria-label={`${t('section.preview')}: ${title}`}
          >
            {t('section.preview')}
          </Button>
          <Button
            size="xs"
            variant={printed && !letter.stale ? 'light' : 'filled'}
            leftSection={<IconPrinter size={14} />}
            disabled={!letter.available}
            onClick={() => onOpen(letter, 'print')}
            aria-label={`${print}: ${title}`}
          >
            {print}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The letter's state: a short badge while it waits (not yet / ready), then a sentence that wraps —
 * the number and date once printed, or that nobody printed it when the archiver made it (an archive
 * copy, or the control sheet numbered at export) — never cut at 1366×768 (issue 10 walkthrough).
 */
export function LetterStateBadge({ letter }: { letter: CaseLetter }) {
  const { t } = useTranslation('letters');
  const issued = letter.issued;
  switch (letterState(letter)) {
    case 'unavailable': {
      const step = letterStep(letter.kind);
      return (
        <Tooltip label={t('section.notAvailableHint', { n: step ?? 9 })} disabled={step === null}>
          <Badge color="gray" variant="light" tt="none" data-testid="letter-state" data-state="unavailable">
            {t('section.notAvailable')}
          </Badge>
        </Tooltip>
      );
    }
    case 'ready':
      return (
        <Badge color="blue" variant="light" tt="none" data-testid="letter-state" data-state="ready">
          {t('section.ready')}
        </Badge>
      );
    case 'issued':
    case 'stale': {
      if (!issued) return null;
      const printed = letterPrinted(letter);
      const date = letterDate(issued.date);
      // What the register knows: printed by an operator, or made by the archiver and never printed (issue 10 §8).
      const text = issued.archiveCopy
        ? t('section.archiveCopy', { date })
        : !printed
          ? issued.version > 1 && !issued.number
            ? // An earlier version was issued by hand: only this final one is unprinted.
              t('section.byArchiverFinal', { date })
            : issued.number
            ? t('section.byArchiver', { number: issued.number, date })
            : t('section.byArchiverUnnumbered', { date })
          : issued.number
            ? t('section.issued', { number: issued.number, date })
            : t('section.issuedUnnumbered', { date });
      return (
        <Stack gap={4} align="flex-start">
          <Text size="xs" fw={600} c={printed ? 'teal.9' : 'orange.9'} data-testid="letter-state" data-state={printed ? 'issued' : 'archived'}>
            {text}
            {issued.version > 1 ? ` (${t('section.version', { n: issued.version })})` : ''}
          </Text>
          {letter.stale ? (
            <Tooltip label={t('section.staleHint')} multiline w={280}>
              <Badge color="orange" variant="filled" tt="none" data-testid="letter-stale">
                {t('section.stale')}
              </Badge>
            </Tooltip>
          ) : null}
        </Stack>
      );
    }
  }
}
