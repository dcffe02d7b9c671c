/**
 * The work queue's list of cases other workstations handed over to this PC (issue 12 §5): "Terima"
 * takes one after the core has checked its trail and documents (`office.receive`), then opens it.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { hrefOf } from '../../router/routes';
import { useHandoverAction, useIncomingHandovers } from './api';
import { uiTime } from '../../i18n/dates';

export function IncomingHandovers() {
  const { t } = useTranslation('archive');
  const incoming = useIncomingHandovers();
  const receive = useHandoverAction('office.receive');
  const zone = useSettings().data?.timeZone ?? 'WIB';
  const items = incoming.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title={t('office.incomingTitle')} data-testid="incoming-handovers">
      <Stack gap="xs">
        {items.map((m) => (
          <Group key={m.caseId} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm">{t('office.incomingItem', { number: m.caseNumber, from: m.from, computer: m.computer, at: uiTime(m.at, zone) })}</Text>
              {/* Who asked and where it stands, so the receiver knows what it takes on (packages of older versions lack them). */}
              {m.requesterName && m.step !== null ? (
                <Text size="sm" c="dimmed">
                  {t('office.incomingCase', { name: m.requesterName, step: m.step })}
                </Text>
              ) : null}
            </div>
            <Button
              size="xs"
              loading={receive.isPending && receive.variables.caseId === m.caseId}
              onClick={() =>
                receive.mutate(
                  { caseId: m.caseId },
                  {
                    onSuccess: (r) => {
                      notifications.show({ color: 'teal', message: t('office.received', { number: r.caseNumber }) });
                      window.location.hash = hrefOf({ name: 'case', id: r.id });
                    },
                  },
                )
              }
            >
              {t('office.receive')}
            </Button>
          </Group>
        ))}
        {receive.error ? (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(receive.error)}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
