/**
 * The print buttons of a step form: the letters the operator hands over or sends at this moment of
 * the SOP (the receipt after registration, step 2/5 results, the step-3 notice, the step-6 berita
 * acara, the step-7 rejection, the step-8 notice before the handover is recorded). Which of them can
 * be printed is the core's answer (`letters.list`); a letter of the step itself that is not yet
 * available says when it will be.
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterKind } from '../../../shared/domain/letters';
import { useRoute } from '../../router/hashRouter';
import { latestByKind, letterPrinted, letterTitle } from './format';
import { IconPrinter } from './icons';
import { LetterStateBadge } from './LettersSection';
import { useCaseLetters } from './queries';
import { useLetterPrint } from './useLetterPrint';

/**
 * `kinds`: the letters this step offers; `upcoming`: those made by this step's own form, shown before
 * it is saved ("tersedia setelah disimpan"). Other letters show only when they can be printed, so a
 * case that was never rejected offers no rejection notice at step 9.
 */
export function StepLetters({ caseId, kinds, upcoming = [] }: { caseId?: string; kinds: readonly LetterKind[]; upcoming?: readonly LetterKind[] }) {
  // Forms that do not receive the case (steps 2 and 9) are only ever shown on its page.
  const route = useRoute();
  const id = caseId ?? (route.name === 'case' ? route.id : null);
  if (!id) return null;
  return <StepLetterButtons caseId={id} kinds={kinds} upcoming={upcoming} />;
}

function StepLetterButtons({ caseId, kinds, upcoming }: { caseId: string; kinds: readonly LetterKind[]; upcoming: readonly LetterKind[] }) {
  const { t, i18n } = useTranslation('letters');
  const list = useCaseLetters(caseId);
  const printer = useLetterPrint(caseId);
  const latest = latestByKind(list.data?.letters ?? []);
  const shown = kinds.flatMap((k) => {
    const l = latest.get(k);
    return l && (l.available || upcoming.includes(k)) ? [l] : [];
  });
  if (shown.length === 0) return null;
  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" data-testid="step-letters">
      <Stack gap="sm">
        {shown.map((l) => {
          const title = letterTitle(l.kind, i18n.language);
          const printed = letterPrinted(l);
          // While the password is still in memory the handover has not been recorded (SOP step 8).
          const label =
            l.kind === 'receipt'
              ? t(printed ? 'step.reprintReceipt' : 'step.printReceipt')
              : printed
                ? t('step.reprint')
                : l.kind === 'notification' && l.passwordAvailable
                  ? t('step.printBeforeHandover')
                  : t('step.printLetter');
          // The title has the row to itself (no break before its last word beside the button); the state wraps beside the button.
          return (
            <Stack key={`${l.kind}-${l.visit}`} gap={4} data-testid="step-letter" data-kind={l.kind}>
              <Text size="sm" fw={600}>
                {title}
              </Text>
              <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>{l.available ? <LetterStateBadge letter={l} /> : <Text size="xs" c="dimmed">{t('step.notYet')}</Text>}</div>
                <Button
                  size="xs"
                  variant={printed && !l.stale ? 'light' : 'filled'}
                  leftSection={<IconPrinter size={14} />}
                  disabled={!l.available}
                  onClick={() => printer.open(l, 'print')}
                  aria-label={`${label}: ${title}`}
                  style={{ flexShrink: 0 }}
                >
                  {label}
                </Button>
              </Group>
            </Stack>
          );
        })}
      </Stack>
      {printer.view}
    </Paper>
  );
}
