/**
 * `#/settings/<section>`: Pengaturan as a list of sections on the left and one section shown at a
 * time (issue 10 §1 — it was one ~4,000 px page with four save buttons). A section with fields
 * saves them with its one bar (SectionForm); a section of actions saves each action at once.
 */
import { Box, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { useSettings } from '../../api/hooks';
import { Loading, LoadError } from '../../components/QueryState';
import { hrefOf } from '../../router/routes';
import { ArchiveSettingsSection } from '../archive/ArchiveSettingsSection';
import { HotFolderSettingsSection } from '../inbox/HotFolderSettingsSection';
import { LetterSettingsSection } from '../letters/LetterSettingsSection';
import { OfficeSection } from '../office/OfficeSection';
import { OperatorsSettings } from '../operators/OperatorsSettings';
import { WorkflowSettingsSection } from '../operators/WorkflowSettingsSection';
import { AboutSection } from './AboutSection';
import { NumberingSection } from './NumberingSection';
import { ProfileSection } from './ProfileSection';
import { SECTION_SAVES, SETTINGS_SECTIONS, type SettingsSection } from './sections';
import { PageHeading } from '../../components/PageHeading';

const TITLE_ID = 'settings-section-title';

export function SettingsPage({ section }: { section: SettingsSection }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1120}>
      <PageHeading title={t('settings.title')} intro={t('settings.subtitle')} />
      <Group align="flex-start" wrap="nowrap" gap="lg">
        {/* Links, not tabs: each section is an address, and leaving one with unsaved changes asks first (the router's leave guard). */}
        <Box component="nav" aria-label={t('settings.sectionsLabel')} w={210} pos="sticky" top={72} style={{ flex: 'none' }} data-testid="settings-sections">
          <Stack gap={2}>
            {SETTINGS_SECTIONS.map((s) => (
              <NavLink
                key={s}
                href={hrefOf({ name: 'settings', section: s })}
                label={t(`settings.pages.${s}.title`)}
                active={s === section}
                aria-current={s === section ? 'page' : undefined}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </Stack>
        </Box>
        <Box component="section" aria-labelledby={TITLE_ID} miw={0} style={{ flex: 1 }} data-testid="settings-section" data-section={section}>
          <Stack gap={2} mb="md">
            <Title order={3} size="h4" id={TITLE_ID}>
              {t(`settings.pages.${section}.title`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`settings.pages.${section}.description`)}
            </Text>
            {SECTION_SAVES[section] === 'actions' ? (
              <Text size="sm" c="blue.8" data-testid="saves-at-once">
                {t('settings.savesAtOnce')}
              </Text>
            ) : null}
          </Stack>
          <SectionBody key={section} section={section} />
        </Box>
      </Group>
    </Stack>
  );
}

function SectionBody({ section }: { section: SettingsSection }) {
  switch (section) {
    case 'profil':
      return <WithSettings>{(s) => <ProfileSection settings={s} />}</WithSettings>;
    case 'penomoran':
      return <WithSettings>{(s) => <NumberingSection settings={s} />}</WithSettings>;
    case 'operator':
      return <OperatorsSettings />;
    case 'waktu':
      return <WorkflowSettingsSection />;
    case 'surat':
      return <LetterSettingsSection />;
    case 'arsip':
      return <ArchiveSettingsSection />;
    case 'kantor':
      return <OfficeSection />;
    case 'pindaian':
      return <HotFolderSettingsSection />;
    case 'tentang':
      return <AboutSection />;
  }
}

function WithSettings({ children }: { children: (settings: Settings) => ReactNode }) {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <>{children(settings.data)}</>;
}
