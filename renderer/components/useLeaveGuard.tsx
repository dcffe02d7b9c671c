/** Asks before leaving a form with unsaved input (nothing typed is lost by a stray click). */
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, setLeaveGuard } from '../router/hashRouter';
import { Dialog } from './Dialog';

export function useLeaveGuard(active: boolean): { modal: ReactNode; release: (href: string) => void } {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    return setLeaveGuard((target) => {
      setPending(target);
      return false;
    });
  }, [active]);

  const modal = (
    <Dialog opened={pending !== null} onClose={() => setPending(null)} title={t('intake.leaveTitle')} centered>
      <Text size="sm">{t('intake.leaveBody')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('intake.leaveStay')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            const target = pending;
            setPending(null);
            if (target !== null) navigate(target, { force: true });
          }}
        >
          {t('intake.leaveGo')}
        </Button>
      </Group>
    </Dialog>
  );

  return { modal, release: (href) => navigate(href, { force: true }) };
}
