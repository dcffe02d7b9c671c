/**
 * `#/archive[/tab]`: the records office's page (issue "Paper out and the archive" §4, §5, §7) —
 * export queue, registers, labels, retention, backups and the fixity audit of the office archive
 * (issue 12 §4), one tab each.
 */
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../api/hooks';
import { hrefOf } from '../../router/routes';
import { useArchiveEvents } from './api';
import { AuditTab } from './AuditTab';
import { BackupTab } from './BackupTab';
import { LabelsTab } from './LabelsTab';
import { OutboxTab } from './OutboxTab';
import { RegistersTab } from './RegistersTab';
import { RetentionTab } from './RetentionTab';
import { ARCHIVE_TABS, isArchiveTab, type ArchiveTab } from './tabs';
import { PageHeading } from '../../components/PageHeading';

export function ArchivePage({ tab }: { tab: ArchiveTab }) {
  const { t } = useTranslation('archive');
  const zone = useSettings().data?.timeZone ?? 'WIB';
  useArchiveEvents();
  return (
    <Stack gap="md" maw={1120}>
      <PageHeading title={t('page.title')} intro={t('page.intro')} />
      {/* The tab is part of the address, so a reload or the back button keeps it. */}
      <Tabs value={tab} onChange={(v) => v && isArchiveTab(v) && window.location.assign(hrefOf({ name: 'archive', tab: v }))} keepMounted={false}>
        <Tabs.List>
          {ARCHIVE_TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`page.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="outbox" pt="md">
          <OutboxTab zone={zone} />
        </Tabs.Panel>
        <Tabs.Panel value="registers" pt="md">
          <RegistersTab zone={zone} />
        </Tabs.Panel>
        <Tabs.Panel value="labels" pt="md">
          <LabelsTab />
        </Tabs.Panel>
        <Tabs.Panel value="retention" pt="md">
          <RetentionTab zone={zone} />
        </Tabs.Panel>
        <Tabs.Panel value="backup" pt="md">
          <BackupTab zone={zone} />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditTab zone={zone} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
