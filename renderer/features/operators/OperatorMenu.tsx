/** The header's operator corner: who is on duty and a "Kunci" button; on a fresh install, register the first operator. */
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useLock, useSession } from '../workflow/api';
import { OperatorForm } from './OperatorForm';

export function OperatorMenu() {
  const { t } = useTranslation('workflow');
  const session = useSession();
  const lock = useLock();
  const [adding, setAdding] = useState(false);
  const s = session.data;
  if (!s) return null;

  if (s.setupNeeded)
    return (
      <>
        <Button size="xs" color="orange" onClick={() => setAdding(true)}>
          {t('operator.setupButton')}
        </Button>
        <FirstOperatorModal opened={adding} onClose={() => setAdding(false)} />
      </>
    );

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

export function FirstOperatorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('workflow');
  return (
    <Modal opened={opened} onClose={onClose} title={t('operator.setupTitle')} size="lg" centered>
      <Text size="sm" c="dimmed" mb="md">
        {t('operator.setupBody')}
      </Text>
      <OperatorForm
        onCancel={onClose}
        onDone={(name) => {
          notifications.show({ color: 'teal', message: t('operator.saved', { name }) });
          onClose();
        }}
      />
    </Modal>
  );
}
