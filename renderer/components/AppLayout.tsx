/** The app shell: header (product, agency unit, language), navbar, notices, page. */
import { AppShell, Box, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/hooks';
import { hrefOf, navSectionFrom, type NavSection, type Route } from '../router/routes';
import { IconInbox, IconList, IconPlus, IconSettings } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { OperatorMenu } from '../features/operators/OperatorMenu';
import { IconQueue } from '../features/queue/IconQueue';
import { IconArchive } from '../features/archive/IconArchive';
import { IconReports } from '../features/reports/IconReports';
import { Notices } from './Notices';
import { FIRST_SETTINGS_SECTION } from '../features/settings/sections';
import { useFocusOnChange } from './useFocusOnChange';

const MAIN_ID = 'main-content';
/** The main region takes focus from the skip link (and after unlocking) without a ring around the page. */
const MAIN_STYLE = { outline: 'none' } as const;

/** Moves focus to the page content (skip link, after unlocking, after a save that changes the page). */
export function focusMain(): void {
  document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
}

/**
 * WCAG 2.1 §2.4.1: the first Tab stop skips the header and the menu. The app's routes live in the
 * hash, so the link moves focus itself instead of changing the address.
 */
function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_ID}`}
      className="loket-skip-link"
      onClick={(e) => {
        e.preventDefault();
        focusMain();
      }}
    >
      {t('app.skipToMain')}
    </a>
  );
}

export function AppLayout({ route, fill = false, children }: { route: Route; fill?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const settings = useSettings();
  // A case page keeps the list it was opened from lit: the section is worked out once per new
  // address, from the one lit before (React's "information from previous renders" pattern).
  const address = JSON.stringify(route);
  const [lit, setLit] = useState<{ address: string; section: NavSection | null }>(() => ({ address, section: navSectionFrom(route, null) }));
  if (lit.address !== address) setLit({ address, section: navSectionFrom(route, lit.section) });
  const active = lit.address === address ? lit.section : navSectionFrom(route, lit.section);
  const agency = settings.data?.agency;
  const main = useRef<HTMLElement>(null);
  // A new page (a link, or a save that opens the case) starts reading at its content.
  useFocusOnChange(JSON.stringify(route), main);

  const items = [
    { key: 'queue', href: hrefOf({ name: 'queue' }), label: t('nav.queue', { ns: 'workflow' }), icon: <IconQueue /> },
    { key: 'register', href: hrefOf({ name: 'register' }), label: t('nav.register'), icon: <IconList /> },
    { key: 'caseNew', href: hrefOf({ name: 'caseNew' }), label: t('nav.newCase'), icon: <IconPlus /> },
    { key: 'inbox', href: hrefOf({ name: 'inbox' }), label: t('inbox.nav', { ns: 'documents' }), icon: <IconInbox /> },
    { key: 'archive', href: hrefOf({ name: 'archive', tab: 'outbox' }), label: t('nav', { ns: 'archive' }), icon: <IconArchive /> },
    { key: 'reports', href: hrefOf({ name: 'reports' }), label: t('reports.nav'), icon: <IconReports /> },
    { key: 'settings', href: hrefOf({ name: 'settings', section: FIRST_SETTINGS_SECTION }), label: t('nav.settings'), icon: <IconSettings /> },
  ] as const;

  // Header height 56: also the toasts' offset in global.css.
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <SkipLink />
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
      <AppShell.Main ref={main} id={MAIN_ID} tabIndex={-1} h={fill ? '100dvh' : undefined} style={fill ? { ...MAIN_STYLE, display: 'flex', flexDirection: 'column' } : MAIN_STYLE}>
        <Notices route={route} />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
