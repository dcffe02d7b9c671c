/**
 * Shown instead of the lock screen when operators.json is missing, corrupt or too new in a folder
 * that holds cases (issue 9 §3): nobody can sign in and the core refuses first-operator setup, so
 * the screen says how to get the list back — a backup, or IT's recorded `loket operators reset`.
 */
import { Alert, Center, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperatorsProblem } from '../../../shared/domain/operator';
import { useAppInfo } from '../../api/hooks';

export function OperatorsProblemScreen({ problem }: { problem: OperatorsProblem }) {
  const { t } = useTranslation('workflow');
  const { t: tApp } = useTranslation();
  const info = useAppInfo();
  const dataDir = info.data?.dataDir ?? '…';
  return (
    <Center mih="100dvh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={560} component="main" aria-labelledby="operators-problem-title">
        <Stack gap="md">
          <div>
            <Text size="sm" c="blue.8" fw={700}>
              {tApp('app.name')}
            </Text>
            <Title order={1} size="h3" id="operators-problem-title">
              {t('operator.problemTitle')}
            </Title>
          </div>
          <Alert color="red" variant="light" role="alert" data-testid="operators-problem">
            {t(`operator.problem.${problem}`)}
          </Alert>
          {problem === 'unsupported' ? null : (
            <List type="ordered" spacing="xs" size="sm">
              <List.Item>{t('operator.problemRestore')}</List.Item>
              <List.Item>{t('operator.problemReset', { dataDir })}</List.Item>
            </List>
          )}
          <Code block>{dataDir}</Code>
        </Stack>
      </Paper>
    </Center>
  );
}
