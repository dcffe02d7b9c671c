/** "Baris 1–15 dari 120" with previous/next, under a paged table of the archive screens. */
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageWindow } from './paging';

export function Pager({ w, total, onPage }: { w: PageWindow; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('archive');
  if (total === 0) return null;
  return (
    <Group justify="space-between" gap="sm">
      <Text size="xs" c="dimmed" data-testid="pager-range">
        {t('common.rowsOf', { from: w.start + 1, to: w.end, total })}
      </Text>
      {w.pages > 1 ? (
        <Group gap={4}>
          <Button size="compact-xs" variant="default" disabled={w.page === 0} onClick={() => onPage(w.page - 1)}>
            {t('common.prev')}
          </Button>
          <Button size="compact-xs" variant="default" disabled={w.page >= w.pages - 1} onClick={() => onPage(w.page + 1)}>
            {t('common.next')}
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}
