/**
 * The one save model of Pengaturan (issue 10 §1), the same in every section that has fields: the
 * section's own fields; what the core refused at the top (and on the fields, by the section); ONE
 * sticky bar at the bottom with "Batalkan perubahan" and "Simpan", both idle while nothing changed;
 * and a prompt before leaving the section or the page with unsaved changes (useLeaveGuard).
 */
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveGuard } from '../useLeaveGuard';

/** What the frame needs of a section's form, whichever way the form keeps its values. */
export interface SectionFormState {
  dirty: boolean;
  saving: boolean;
  /** The core's refusal (or what keeps the form from being sent), shown at the top; null when none. */
  failure: ReactNode;
  submit: (e: FormEvent<HTMLFormElement>) => void;
  /** Back to what is saved. */
  discard: () => void;
}

/** The success toast, the same for every section. */
export function showSaved(message: string): void {
  notifications.show({ color: 'green', message });
}

export function SectionForm({ label, state, testId, children }: { label: string; state: SectionFormState; testId?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { dirty, saving, failure } = state;
  const leave = useLeaveGuard(dirty);
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!failure) return;
    // A refused field took the focus (and scrolled to it); otherwise the message at the top is the news.
    const focused = document.activeElement;
    const onField = focused instanceof HTMLElement && formRef.current?.contains(focused) && focused.getAttribute('aria-invalid') === 'true';
    if (!onField) failureRef.current?.scrollIntoView({ block: 'center' });
  }, [failure]);

  return (
    <form ref={formRef} noValidate onSubmit={state.submit} aria-label={label} data-testid={testId}>
      <Stack gap="md">
        {failure ? (
          <Alert ref={failureRef} color="red" variant="light" title={t('settings.saveFailedTitle')} role="alert" data-testid="settings-failure">
            {failure}
          </Alert>
        ) : null}
        {children}
      </Stack>
      <Paper withBorder shadow="sm" p="sm" mt="md" pos="sticky" bottom={0} style={{ zIndex: 2 }} data-testid="settings-save-bar">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c={dirty ? 'orange.9' : 'dimmed'} aria-live="polite">
            {dirty ? t('settings.saveBar.unsaved') : t('settings.saveBar.clean')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={state.discard} disabled={!dirty || saving}>
              {t('settings.saveBar.discard')}
            </Button>
            <Button type="submit" loading={saving} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {leave.modal}
    </form>
  );
}
