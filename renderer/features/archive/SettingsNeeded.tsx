/** A folder the tab needs is not set yet: says which, with the way to Pengaturan. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../router/routes';

export function SettingsNeeded({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation('archive');
  return (
    <Alert color="orange" variant="light" data-testid={testId}>
      <Group justify="space-between">
        <Text size="sm">{text}</Text>
        <Button size="xs" variant="white" component="a" href={hrefOf({ name: 'settings', section: 'arsip' })}>
          {t('common.openSettings')}
        </Button>
      </Group>
    </Alert>
  );
}
