/**
 * The lock screen: choose the operator, type the PIN (issue 3 §2). Shown on start and after the
 * configured idle minutes; every step is then recorded under the operator who unlocked.
 */
import { Alert, Button, Center, Group, Paper, PasswordInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSession } from '../../../shared/domain/operator';
import { OPERATOR_ROLE_LABELS } from '../../../shared/domain/operator';
import { formatNip } from '../../../shared/nip';
import { errorMessage } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryState';
import { useOperators, useUnlock } from '../workflow/api';
import { bi } from '../workflow/format';

export function LockScreen({ session }: { session: OperatorSession }) {
  const { t, i18n } = useTranslation('workflow');
  const { t: tApp } = useTranslation();
  const operators = useOperators();
  const unlock = useUnlock();
  const [chosen, setChosen] = useState<string>(session.operator?.id ?? '');
  const [pin, setPin] = useState('');
  const active = operators.data?.operators.filter((o) => o.active) ?? [];
  const selected = chosen || (active.length === 1 ? (active[0]?.id ?? '') : '');

  const submit = () => {
    if (!selected) return;
    unlock.mutate({ operatorId: selected, pin }, { onSettled: () => setPin('') });
  };

  return (
    <Center mih="100dvh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={460} component="main" aria-labelledby="lock-title">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <div>
              <Text size="sm" c="blue.8" fw={700}>
                {tApp('app.name')}
              </Text>
              <Title order={1} size="h3" id="lock-title">
                {t('operator.lockTitle')}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t('operator.lockIntro')}
              </Text>
            </div>
            {operators.isPending ? <Loading /> : null}
            {operators.isError ? <LoadError error={operators.error} onRetry={() => void operators.refetch()} /> : null}
            {active.length > 0 ? (
              <Radio.Group label={t('operator.chooseOperator')} value={selected} onChange={setChosen}>
                <Stack gap={6} mt={6}>
                  {active.map((o) => (
                    <Radio.Card key={o.id} value={o.id} radius="sm" p="xs" aria-label={o.name} bg={selected === o.id ? 'blue.0' : undefined}>
                      <Group gap="sm" wrap="nowrap">
                      <Radio.Indicator />
                      <Stack gap={0}>
                        <Text fw={600} size="sm">
                          {o.name}
                        </Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {formatNip(o.nip)} · {bi(OPERATOR_ROLE_LABELS[o.role], i18n.language)}
                        </Text>
                      </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
            <PasswordInput
              label={t('operator.pin')}
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value)}
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              autoFocus
            />
            {unlock.isError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(unlock.error)}
              </Alert>
            ) : null}
            <Button type="submit" disabled={!selected || pin.length === 0} loading={unlock.isPending}>
              {t('operator.unlock')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('operator.lockedHint', { n: session.autoLockMinutes })}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
