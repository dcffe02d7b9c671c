/**
 * "Serahkan ke komputer lain" on the case page (issue 12 §5): choose the receiving workstation among the
 * codes claimed on the share and hand the case over (`office.handOver`); once handed over, the case
 * page says so and offers to hand it over again (an interrupted hand-over resumes). The core decides
 * what may be done (read-only, codes known, share reachable); this only offers it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { workstationCodeSchema } from '../../../shared/domain/settings';
import { errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { applyServerErrors } from '../../components/form/serverErrors';
import { Loading } from '../../components/QueryState';
import { useSettings } from '../../api/hooks';
import { useHandoverAction, useHandoverStatus, useOfficeAction, useOfficeStatus } from './api';
import { coreText } from '../../i18n/coreMessages';
import { uiTime } from '../../i18n/dates';

const formSchema = z.object({ to: workstationCodeSchema });
type Form = z.infer<typeof formSchema>;

export function HandOverButton({ id, caseNumber }: { id: string; caseNumber: string }) {
  const { t } = useTranslation('archive');
  const status = useOfficeStatus();
  const sync = useOfficeAction('office.sync');
  const [open, setOpen] = useState(false);
  // Only where there is an office to hand over to.
  if (!status.data?.root) return null;
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          // The codes on the share as they are now: a PC may have joined since the last read.
          sync.mutate(false);
          setOpen(true);
        }}
        data-testid="hand-over"
      >
        {t('office.handOver')}
      </Button>
      <Dialog opened={open} onClose={() => setOpen(false)} title={t('office.handOverTitle')} size="lg" centered>
        {open && sync.isPending ? <Loading /> : null}
        {open && !sync.isPending ? <HandOverForm id={id} caseNumber={caseNumber} onDone={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}

function HandOverForm({ id, caseNumber, onDone }: { id: string; caseNumber: string; onDone: () => void }) {
  const { t } = useTranslation('archive');
  const status = useOfficeStatus();
  const handOver = useHandoverAction('office.handOver');
  const others = (status.data?.workstations ?? []).filter((w) => !w.mine);
  const form = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { to: others.length === 1 ? (others[0]?.code ?? '') : '' } });
  const submit = form.handleSubmit((values) =>
    handOver.mutateAsync({ id, to: values.to }).then(
      () => {
        notifications.show({ color: 'teal', message: t('office.handedOver', { number: caseNumber, to: values.to }) });
        onDone();
      },
      (e: unknown) => void applyServerErrors(form.setError, e, ['to']),
    ),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('office.handOverIntro', { number: caseNumber })}</Text>
        {others.length === 0 ? (
          <Alert color="orange" variant="light">
            {t('office.handOverNone')}
          </Alert>
        ) : (
          <Controller
            control={form.control}
            name="to"
            render={({ field, fieldState }) => (
              <Select
                label={t('office.handOverTo')}
                data={others.map((w) => ({ value: w.code, label: `${w.code} — ${w.computer}` }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={coreText(fieldState.error?.message)}
                withAsterisk
                comboboxProps={{ withinPortal: false }}
              />
            )}
          />
        )}
        {handOver.error && !form.formState.errors.to ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(handOver.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={handOver.isPending} disabled={others.length === 0}>
            {t('office.handOverConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Shown instead of the step form on the PC that handed the case over. */
export function HandedOverNotice({ id, caseNumber, to }: { id: string; caseNumber: string; to: string }) {
  const { t } = useTranslation('archive');
  const again = useHandoverAction('office.handOver');
  const progress = useHandoverStatus(id);
  const zone = useSettings().data?.timeZone ?? 'WIB';
  const receivedAt = progress.data?.receivedAt;
  if (receivedAt)
    return (
      <Alert color="gray" variant="light" title={t('office.handedOverTitle', { to })} data-testid="handed-over">
        <Text size="sm">{t('office.handoverReceived', { to, at: uiTime(receivedAt, zone) })}</Text>
      </Alert>
    );
  return (
    <Alert color="gray" variant="light" title={t('office.handedOverTitle', { to })} data-testid="handed-over">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(progress.data?.published ? 'office.handedOverWaiting' : 'office.handedOverBody', { to })}</Text>
        <Button
          size="xs"
          variant="default"
          loading={again.isPending}
          onClick={() => again.mutate({ id, to }, { onSuccess: () => notifications.show({ color: 'teal', message: t('office.handedOver', { number: caseNumber, to }) }) })}
        >
          {t('office.handOverAgain')}
        </Button>
        {again.error ? (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(again.error)}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
