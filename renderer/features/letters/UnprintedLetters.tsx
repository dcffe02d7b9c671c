/**
 * SOP step 9's warning (issue 10 walkthrough): the case's letters that no operator printed, as the
 * letters register knows it (`letters.list`). Archived now, each would be kept only as an archive
 * copy without a number, marked on its face as never printed; each can be printed from here first.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../router/hashRouter';
import { lettersNeverPrinted, letterStep, letterTitle } from './format';
import { IconPrinter } from './icons';
import { useCaseLetters } from './queries';
import { useLetterPrint } from './useLetterPrint';

/** On the case page only (the step-9 form does not receive the case). */
export function UnprintedLetters() {
  const route = useRoute();
  return route.name === 'case' ? <UnprintedLettersOf caseId={route.id} /> : null;
}

function UnprintedLettersOf({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('letters');
  const list = useCaseLetters(caseId);
  const printer = useLetterPrint(caseId);
  const unprinted = lettersNeverPrinted(list.data?.letters ?? []);
  if (unprinted.length === 0) return printer.view;
  return (
    <Alert color="orange" variant="light" p="sm" title={t('unprinted.title')} data-testid="unprinted-letters">
      <Text size="sm">{t('unprinted.body')}</Text>
      <Stack gap={4} mt="xs" role="list">
        {unprinted.map((l) => {
          const title = letterTitle(l.kind, i18n.language);
          const step = letterStep(l.kind);
          return (
            <Group key={`${l.kind}-${l.visit}`} role="listitem" data-kind={l.kind} gap="sm" wrap="nowrap" justify="space-between">
              <Text size="sm">
                {title}
                {step === null ? '' : ` (${t('section.step', { n: step })}${l.visit > 1 ? `, ${t('section.visit', { n: l.visit })}` : ''})`}
              </Text>
              <Button size="compact-xs" variant="default" leftSection={<IconPrinter size={12} />} onClick={() => printer.open(l, 'print')} aria-label={`${t('section.printLetter')}: ${title}`} style={{ flexShrink: 0 }}>
                {t('section.printLetter')}
              </Button>
            </Group>
          );
        })}
      </Stack>
      {printer.view}
    </Alert>
  );
}
