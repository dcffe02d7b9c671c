/**
 * The running clock of the open step against the SOP's standard minutes (issue 3 §4), with pause
 * and resume. The core computes the time from the event log; this only adds the seconds since it answered.
 */
import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepTimer as Timer } from '../../../shared/domain/workflow';
import { formatDuration, formatMinutes, liveWorkedMs } from './format';

export function StepTimer({ timer, fetchedAt, onPause, onResume, busy }: { timer: Timer; fetchedAt: number; onPause: () => void; onResume: () => void; busy: boolean }) {
  const { t } = useTranslation('workflow');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [timer.running]);
  const worked = liveWorkedMs(timer.workedMs, timer.running, fetchedAt, now);
  const standardMs = timer.standardMinutes === null ? null : timer.standardMinutes * 60_000;
  const over = standardMs !== null && worked > standardMs;
  const pct = standardMs ? Math.min(100, (worked / standardMs) * 100) : 0;
  return (
    <Paper withBorder radius="sm" p="xs" px="sm" bg={over ? 'red.0' : 'gray.0'} data-testid="step-timer">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2} style={{ flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('timer.label')}
            </Text>
            <Text fw={700} ff="monospace" size="lg" c={over ? 'red.8' : undefined} data-testid="timer-value">
              {formatDuration(worked, t)}
            </Text>
            {timer.standardMinutes !== null ? (
              <Text size="sm" c="dimmed">
                {t('timer.of', { n: formatMinutes(timer.standardMinutes, t) })}
              </Text>
            ) : null}
            <Badge size="sm" variant="light" color={timer.paused ? 'gray' : over ? 'red' : 'blue'} tt="none">
              {timer.paused ? t('timer.paused') : over ? t('timer.over') : t('timer.running')}
            </Badge>
          </Group>
          {standardMs !== null ? <Progress value={pct} color={over ? 'red' : pct > 80 ? 'orange' : 'blue'} size="sm" aria-hidden /> : null}
        </Stack>
        {timer.paused ? (
          <Button size="xs" variant="light" onClick={onResume} loading={busy}>
            {t('timer.resume')}
          </Button>
        ) : (
          <Button size="xs" variant="default" onClick={onPause} loading={busy}>
            {t('timer.pause')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
