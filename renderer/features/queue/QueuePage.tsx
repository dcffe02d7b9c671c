/**
 * Home: the work queue (Antrean Kerja), cases grouped by SOP stage with the overdue ones first
 * (issue 3 §6). Served by the core from its in-memory index (`workflow.queue`).
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { QueueItem } from '../../../shared/domain/workflow';
import { formatNip } from '../../../shared/nip';
import { LoadError, Loading } from '../../components/QueryState';
import { navigate } from '../../router/hashRouter';
import { hrefOf } from '../../router/routes';
import { useQueue } from '../workflow/api';
import { IncomingHandovers } from '../office/IncomingHandovers';

type Group = MethodOutput<'workflow.queue'>['groups'][number];

export function QueuePage() {
  const { t } = useTranslation('workflow');
  const queue = useQueue();
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('queue.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('queue.intro')}
        </Text>
      </div>
      <IncomingHandovers />
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <LoadError error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.data ? (
        <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="md" verticalSpacing="md">
          {queue.data.groups.map((g) => (
            <QueueGroup key={g.status} group={g} />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

function QueueGroup({ group }: { group: Group }) {
  const { t } = useTranslation('workflow');
  const hidden = group.count - group.items.length;
  return (
    <Paper withBorder radius="md" p="sm" style={{ alignSelf: 'start' }} component="section" aria-label={t(`queue.groups.${group.status}`)} data-testid={`queue-${group.status}`}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5">
          {t(`queue.groups.${group.status}`)}
        </Title>
        <Group gap={6} wrap="nowrap">
          {group.overdue > 0 ? (
            <Badge color="red" variant="filled" size="sm" tt="none">
              {t('queue.overdue')}: {group.overdue}
            </Badge>
          ) : null}
          <Badge color="gray" variant="light" size="lg" radius="sm" data-testid="queue-count">
            {group.count}
          </Badge>
        </Group>
      </Group>
      {group.items.length === 0 ? (
        <Text size="sm" c="dimmed" py={6}>
          {t('queue.empty')}
        </Text>
      ) : (
        <Stack gap={6} mah={300} style={{ overflowY: 'auto' }}>
          {group.items.map((item) => (
            <QueueRow key={item.id} item={item} />
          ))}
        </Stack>
      )}
      {hidden > 0 ? (
        <Text size="xs" c="dimmed" mt={6} component="a" href={hrefOf({ name: 'register' })}>
          {t('queue.more', { n: hidden })}
        </Text>
      ) : null}
    </Paper>
  );
}

function DueBadge({ item }: { item: QueueItem }) {
  const { t } = useTranslation('workflow');
  if (item.daysLeft === null) return null;
  const n = item.daysLeft;
  const color = n < 0 ? 'red' : n <= 2 ? 'orange' : 'blue';
  const label = n < 0 ? t('queue.overdueDays', { n: -n }) : n === 0 ? t('queue.dueToday') : t('queue.daysLeft', { n });
  return (
    <Badge color={color} variant={n < 0 ? 'filled' : 'light'} size="sm" tt="none" style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}

/** A case number or a NIP is read whole; a break inside it misleads. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

function QueueRow({ item }: { item: QueueItem }) {
  const { t } = useTranslation('workflow');
  const href = hrefOf({ name: 'case', id: item.id });
  return (
    <UnstyledButton
      component="a"
      href={href}
      onClick={(e) => {
        e.preventDefault();
        navigate(href);
      }}
      p={8}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        border: `1px solid var(--mantine-color-${item.overdue ? 'red-3' : 'gray-3'})`,
        background: item.overdue ? 'var(--mantine-color-red-0)' : undefined,
      }}
      data-testid="queue-item"
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} truncate="end">
          {item.name}
        </Text>
        {item.daysLeft !== null ? (
          <DueBadge item={item} />
        ) : item.step !== null ? (
          <Badge variant="outline" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }}>
            {t('queue.step', { n: item.step })}
          </Badge>
        ) : item.result ? (
          <Badge variant="light" color={item.result === 'completed' ? 'teal' : 'gray'} size="sm" tt="none" style={{ flexShrink: 0 }}>
            {t(`queue.result.${item.result}`)}
          </Badge>
        ) : null}
      </Group>
      {/* The case number and the NIP each whole: side by side where they fit, else the NIP on its own line. */}
      <Group gap={0} mt={2} style={{ columnGap: 'var(--mantine-spacing-sm)' }} data-testid="queue-item-ids">
        <Text size="xs" c="dimmed" ff="monospace" style={NOWRAP}>
          {item.caseNumber}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" style={NOWRAP}>
          {formatNip(item.nip)}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

