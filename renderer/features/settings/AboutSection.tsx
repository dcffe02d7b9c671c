/** Pengaturan → Tentang aplikasi: version, data folder, number of cases, host (read only). */
import { Code, DataList, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../api/hooks';
import { LoadError, Loading } from '../../components/QueryState';
import { formatCount } from '../../i18n';

export function AboutSection() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  if (info.isPending) return <Loading />;
  if (info.isError) return <LoadError error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <Paper withBorder radius="md" p="md" data-testid="about">
      <DataList labelWidth={170} gap={6}>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.version')}</DataList.ItemLabel>
          <DataList.ItemValue>{info.data.version}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.dataDir')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code>{info.data.dataDir}</Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.caseCount')}</DataList.ItemLabel>
          <DataList.ItemValue>{formatCount(info.data.caseCount, i18n.language)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.host')}</DataList.ItemLabel>
          <DataList.ItemValue>{t(`settings.about.hosts.${info.data.host}`)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
}
