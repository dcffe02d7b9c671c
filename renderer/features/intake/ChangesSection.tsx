/** "Perubahan data yang diminta": one row per User ID datum, data lama → data baru. */
import { ActionIcon, Button, Grid, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANGE_FIELDS, type ChangeField } from '../../../shared/domain/case';
import { useFieldError } from '../../components/form/fields';
import { requiredProps } from '../../components/form/required';
import { IconPlus, IconTrash } from '../../components/icons';
import { blankChange, type IntakeDraft } from './intakeDraft';

const MAX_CHANGES = 20; // intakeSchema: changes.max(20)

export function ChangesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'changes' });
  const rows = useWatch({ control, name: 'changes' });
  const listError = useFieldError<IntakeDraft>('changes');

  return (
    <Stack gap="sm">
      {fields.map((f, index) => {
        const n = index + 1;
        const isOther = rows[index]?.field === 'other';
        return (
          <div key={f.id} role="group" aria-label={t('intake.changeRow', { n })} data-testid={`change-row-${index}`}>
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={3}>
                <ChangeFieldSelect index={index} />
              </Grid.Col>
              {isOther ? (
                <Grid.Col span={2}>
                  <RowText index={index} part="label" label={t('intake.fields.changeLabel')} />
                </Grid.Col>
              ) : null}
              <Grid.Col span={isOther ? 3 : 4}>
                <RowText index={index} part="current" label={t('intake.fields.changeCurrent')} />
              </Grid.Col>
              <Grid.Col span={isOther ? 3 : 4}>
                <RowText index={index} part="requested" label={t('intake.fields.changeRequested')} />
              </Grid.Col>
              <Grid.Col span={1} pt={32}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('intake.removeChange', { n })}
                  title={t('intake.removeChange', { n })}
                  onClick={() => remove(index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Grid.Col>
            </Grid>
          </div>
        );
      })}
      {listError ? (
        <Text c="red" size="sm" role="alert" data-testid="changes-error">
          {listError}
        </Text>
      ) : null}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => append(blankChange(), { focusName: `changes.${fields.length}.field` })}
          disabled={fields.length >= MAX_CHANGES}
        >
          {t('intake.addChange')}
        </Button>
      </div>
    </Stack>
  );
}

/** The requester's datum a change starts from ("data lama"): what SPSE holds now, as the letter states it. */
const CURRENT_FROM: Partial<Record<ChangeField, keyof IntakeDraft['requester']>> = {
  name: 'name', nip: 'nip', email: 'email', phone: 'phone', position: 'position', workUnit: 'agency', userId: 'userId',
};

function ChangeFieldSelect({ index }: { index: number }) {
  const { t } = useTranslation();
  const { register, getValues, setValue } = useFormContext<IntakeDraft>();
  const error = useFieldError<IntakeDraft>(`changes.${index}.field`);
  const field = register(`changes.${index}.field`);
  return (
    <NativeSelect
      {...field}
      onChange={(e) => {
        void field.onChange(e);
        // An empty "data lama" is filled from the requester's data above (still editable).
        const from = CURRENT_FROM[e.currentTarget.value as ChangeField];
        const current = getValues(`changes.${index}.current`);
        if (from && current.trim() === '') setValue(`changes.${index}.current`, String(getValues(`requester.${from}`) ?? ''), { shouldDirty: true });
      }}
      label={t('intake.fields.changeField')}
      error={error}
      {...requiredProps(true)}
      data={[
        { value: '', label: t('intake.placeholders.chooseField'), disabled: true },
        ...CHANGE_FIELDS.map((c) => ({ value: c, label: t(`changeField.${c}`) })),
      ]}
    />
  );
}

function RowText({ index, part, label }: { index: number; part: 'label' | 'current' | 'requested'; label: string }) {
  const { register } = useFormContext<IntakeDraft>();
  const error = useFieldError<IntakeDraft>(`changes.${index}.${part}`);
  return <TextInput {...register(`changes.${index}.${part}`)} label={label} error={error} {...requiredProps(true)} />;
}
