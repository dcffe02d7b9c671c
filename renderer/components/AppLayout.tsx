/** The app shell: header (product, agency unit, language), navbar, notices, page. */
import { AppShell, Box, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/hooks';
import { hrefOf, navSection, type Route } from '../router/routes';
import { IconInbox, IconList, IconPlus, IconSettings } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { OperatorMenu } from '../features/operators/OperatorMenu';
import { IconQueue } from '../features/queue/IconQueue';
import { IconArchive } from '../features/archive/IconArchive';
import { Notices } from './Notices';

export function AppLayout({ route, fill = false, children }: { route: Route; fill?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const active = navSection(route);
  const agency = settings.data?.agency;

  const items = [
    { key: 'queue', href: hrefOf({ name: 'queue' }), label: t('nav.queue', { ns: 'workflow' }), icon: <IconQueue /> },
    { key: 'register', href: hrefOf({ name: 'register' }), label: t('nav.register'), icon: <IconList /> },
    { key: 'caseNew', href: hrefOf({ name: 'caseNew' }), label: t('nav.newCase'), icon: <IconPlus /> },
    { key: 'inbox', href: hrefOf({ name: 'inbox' }), label: t('inbox.nav', { ns: 'documents' }), icon: <IconInbox /> },
    { key: 'archive', href: hrefOf({ name: 'archive', tab: 'outbox' }), label: t('nav', { ns: 'archive' }), icon: <IconArchive /> },
    { key: 'settings', href: hrefOf({ name: 'settings' }), label: t('nav.settings'), icon: <IconSettings /> },
  ] as const;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={1} size="h4" c="blue.8" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Title>
            {agency ? (
              <Box miw={0} visibleFrom="xs" style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }} pl="sm">
                <Text size="sm" fw={600} lh={1.2} truncate="end" data-testid="agency-unit">
                  {agency.unit}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} truncate="end">
                  {agency.institution}
                </Text>
              </Box>
            ) : null}
          </Group>
          <Group gap="md" wrap="nowrap">
            <OperatorMenu />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Stack gap={4}>
          {items.map((item) => (
            <NavLink
              key={item.key}
              href={item.href}
              label={item.label}
              active={active === item.key}
              aria-current={active === item.key ? 'page' : undefined}
              leftSection={item.icon}
              fw={500}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </Stack>
        <Text size="xs" c="dimmed" mt="auto" px="xs">
          {t('app.tagline')}
        </Text>
      </AppShell.Navbar>
      {/* `fill`: the page takes exactly the window's height and scrolls inside (the register). */}
      <AppShell.Main h={fill ? '100dvh' : undefined} style={fill ? { display: 'flex', flexDirection: 'column' } : undefined}>
        <Notices route={route} />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
