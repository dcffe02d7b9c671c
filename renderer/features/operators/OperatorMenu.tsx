/** The header's operator corner: who is on duty and a "Kunci" button (a fresh install shows the guided setup instead of the app). */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useLock, useSession } from '../workflow/api';

export function OperatorMenu() {
  const { t } = useTranslation('workflow');
  const session = useSession();
  const lock = useLock();
  const s = session.data;
  if (!s || s.setupNeeded) return null;

  return (
    <Group gap="xs" wrap="nowrap" data-testid="current-operator">
      <div style={{ textAlign: 'right', minWidth: 0 }}>
        <Text size="xs" c="dimmed" lh={1.1}>
          {t('operator.current')}
        </Text>
        <Text size="sm" fw={600} lh={1.2} truncate="end" maw={200}>
          {s.operator?.name ?? '—'}
        </Text>
      </div>
      <Button
        size="xs"
        variant="default"
        loading={lock.isPending}
        onClick={() => lock.mutate(undefined, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}
      >
        {t('operator.lock')}
      </Button>
    </Group>
  );
}
