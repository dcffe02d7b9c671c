/** Notices above every page: unconfigured agency profile, and store problems (quarantined files). */
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProblems, useSettings } from '../api/hooks';
import { hrefOf, type Route } from '../router/routes';
import { uiTime } from '../i18n/dates';

export function Notices({ route }: { route: Route }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const problems = useProblems();
  const zone = settings.data?.timeZone ?? 'WIB';
  const list = problems.data?.problems ?? [];
  const showBanner = settings.data !== undefined && !settings.data.configured;

  if (!showBanner && list.length === 0) return null;
  return (
    <Stack gap="sm" mb="md">
      {showBanner ? (
        <Alert color="yellow" variant="light" title={t('banner.notConfiguredTitle')} data-testid="not-configured">
          <Text size="sm">{t('banner.notConfiguredBody')}</Text>
          {route.name !== 'settings' ? (
            <Button component="a" href={hrefOf({ name: 'settings', section: 'profil' })} size="xs" mt="sm" color="yellow" variant="filled">
              {t('banner.openSettings')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {list.length > 0 ? (
        <Alert color="red" variant="light" title={t('problems.title')} role="alert" data-testid="store-problems">
          <Text size="sm" mb="xs">
            {t('problems.intro')}
          </Text>
          <List size="sm" spacing={4}>
            {list.map((p) => (
              <List.Item key={`${p.file}|${p.at}|${p.kind}`}>
                <Text span fw={600} ff="monospace" size="sm">
                  {p.file}
                </Text>
                {' — '}
                {p.message}{' '}
                <Text span c="dimmed" size="xs">
                  ({uiTime(p.at, zone)})
                </Text>
                {p.quarantinedTo ? (
                  <Text size="xs" c="dimmed">
                    {t('problems.quarantinedTo', { path: p.quarantinedTo })}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

