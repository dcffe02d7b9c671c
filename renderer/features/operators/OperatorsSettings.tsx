/**
<<<<<<< HEAD
 * Pengaturan → operators and the workflow settings kept in `workflow.json`: auto-lock minutes,
 * the deadline for the Pokja to complete a file (default 14 days) and the standard minutes per step
 * (a revised SOP is a data change, docs/architecture.md principle 3).
=======
 * Pengaturan → Petugas: the operators of this PC, active or not; a colleague added, switched off or
 * on again. Each is an action saved at once (`operators.create`, `operators.update`), so this
 * section has no save bar (issue 10 §1). The core refuses switching off oneself and the last
 * active operator; the one on duty gets no button here.
>>>>>>> h-settings-s6
 */
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLE_LABELS } from '../../../shared/domain/operator';
import { formatNip } from '../../../shared/nip';
import { showSaved } from '../../components/form/SectionForm';
import { LoadError, Loading } from '../../components/QueryState';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../api/client';
import { useAllOperators, useSession, useSetOperatorActive } from '../workflow/api';
import { bi } from '../workflow/format';
import { OperatorForm } from './OperatorForm';

export function OperatorsSettings() {
  const { t, i18n } = useTranslation('workflow');
  const operators = useAllOperators();
  const onDuty = useSession().data?.operator?.id;
  const setActive = useSetOperatorActive();
  const [adding, setAdding] = useState(false);
  const list = operators.data?.operators ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        {operators.isPending ? <Loading /> : null}
        {operators.isError ? <LoadError error={operators.error} onRetry={() => void operators.refetch()} /> : null}
        {setActive.isError ? (
          <Alert color="red" variant="light" role="alert" data-testid="operator-action-failed">
            {errorMessage(setActive.error)}
          </Alert>
        ) : null}
        {list.length === 0 && operators.isSuccess ? <Text size="sm" c="dimmed">{t('operator.noOperators')}</Text> : null}
        {list.length > 0 ? (
          <Table withTableBorder striped verticalSpacing={6} data-testid="operators-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('operator.name')}</Table.Th>
                <Table.Th>{t('operator.nip')}</Table.Th>
                <Table.Th>{t('operator.role')}</Table.Th>
                <Table.Th>{t('operator.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td fw={600}>{o.name}</Table.Td>
                  <Table.Td ff="monospace">{formatNip(o.nip)}</Table.Td>
                  <Table.Td>{bi(OPERATOR_ROLE_LABELS[o.role], i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={o.active ? 'teal' : 'gray'} tt="none">
                      {o.active ? t('operator.active') : t('operator.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {o.id === onDuty ? (
                      <Text size="sm" c="dimmed">
                        {t('operator.onDuty')}
                      </Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant={o.active ? 'default' : 'light'}
                        aria-label={o.active ? t('operator.deactivateName', { name: o.name }) : t('operator.reactivateName', { name: o.name })}
                        loading={setActive.isPending && setActive.variables.operator.id === o.id}
                        onClick={() =>
                          setActive.mutate(
                            { operator: o, active: !o.active },
                            { onSuccess: () => showSaved(o.active ? t('operator.deactivated', { name: o.name }) : t('operator.reactivated', { name: o.name })) },
                          )
                        }
                      >
                        {o.active ? t('operator.deactivate') : t('operator.reactivate')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Group>
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('operator.add')}
          </Button>
        </Group>
      </Stack>
      <Dialog opened={adding} onClose={() => setAdding(false)} title={t('operator.addTitle')} size="lg" centered>
        <OperatorForm
          onCancel={() => setAdding(false)}
          onDone={(name) => {
            showSaved(t('operator.saved', { name }));
            setAdding(false);
          }}
        />
      </Dialog>
    </Paper>
  );
}
