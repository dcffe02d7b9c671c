/**
 * The intake form (SOP step 1): the request letter and the SK handed in by the Pokja member,
 * recorded with react-hook-form and the same `intakeSchema` the core validates.
 */
import { Alert, Button, Grid, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useController, useForm, useFormContext, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import { REQUEST_KINDS, type Intake, type RequestKind } from '../../../shared/domain/case';
import { ApiError, errorMessage } from '../../api/client';
import { DateFieldControl, TextareaField, TextField } from '../../components/form/fields';
import { InstantField } from '../../components/InstantField';
import { Section } from '../../components/Section';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { ChangesSection } from './ChangesSection';
import { countErrors, mapIntakeFieldErrors } from './formErrors';
import { blankChange, intakeResolverAt, type IntakeDraft } from './intakeDraft';
import { coreText } from '../../i18n/coreMessages';
import { PageHeading } from '../../components/PageHeading';

export interface IntakeFormProps {
  title: string;
  subtitle: string;
  initial: IntakeDraft;
  zone: ZonaWaktu;
  /** The core's clock (useCoreClock): "today" for the future-date rules. */
  now: () => Date;
  submitLabel: string;
  /** Saves; rejects with ApiError. Resolves to where to go next. */
  onSubmit: (intake: Intake) => Promise<string>;
  /** Prefix of field paths in the core's invalid_input errors ("intake." for cases.update). */
  errorPrefix?: string;
  cancelHref: string;
  /** Extra actions for a failed save (e.g. reload after a conflict). */
  renderFailureAction?: (error: ApiError) => ReactNode;
  /** Shown above the sections, inside the form's context (e.g. OCR suggestions that fill fields on request). */
  aside?: ReactNode;
}

const isKind = (v: string): v is RequestKind => (REQUEST_KINDS as readonly string[]).includes(v);

export function IntakeForm(props: IntakeFormProps) {
  const { t } = useTranslation();
  const { now, zone } = props;
  const resolver = useMemo(() => intakeResolverAt(now, zone), [now, zone]);
  const form = useForm<IntakeDraft, unknown, Intake>({
    defaultValues: props.initial,
    resolver,
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  // The Save button is at the bottom; the reason a save failed is at the top: bring it into view.
  useEffect(() => {
    if (failure) failureRef.current?.scrollIntoView({ block: 'center' });
  }, [failure]);
  const { isSubmitting, isDirty, errors, submitCount, isSubmitSuccessful } = form.formState;
  const leave = useLeaveGuard(isDirty && !isSubmitSuccessful);

  const submit = form.handleSubmit(async (intake) => {
    setFailure(null);
    try {
      const next = await props.onSubmit(intake);
      leave.release(next);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_input') {
        const mapped = mapIntakeFieldErrors(e.fields, props.errorPrefix);
        mapped.fields.forEach(({ name, message }, i) =>
          form.setError(name as Path<IntakeDraft>, { type: 'server', message }, { shouldFocus: i === 0 }),
        );
        if (mapped.fields.length === 0 || mapped.other.length > 0) setFailure(e);
      } else setFailure(e instanceof Error ? e : new Error(errorMessage(e)));
      // Keep the admin's input: a failed save never resets the form (nothing lost).
      throw e;
    }
  });

  const errorCount = countErrors(errors);

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={(e) => {
          submit(e).catch(() => undefined);
        }}
        aria-label={props.title}
      >
        <Stack gap="md" maw={1120} pb={72}>
          <PageHeading title={props.title} intro={props.subtitle} />

          {submitCount > 0 && errorCount > 0 ? (
            <Alert color="red" variant="light" title={t('intake.invalidTitle')} role="alert" data-testid="form-errors">
              {t('intake.invalidBody', { n: errorCount })}
            </Alert>
          ) : null}
          {failure ? (
            <Alert ref={failureRef} color="red" variant="light" title={t('intake.saveFailedTitle')} role="alert" data-testid="save-failed">
              <Text size="sm">{errorMessage(failure)}</Text>
              {failure instanceof ApiError && props.renderFailureAction ? props.renderFailureAction(failure) : null}
            </Alert>
          ) : null}
          {props.aside}

          <Section title={t('intake.sections.kind')}>
            <KindChoice />
          </Section>

          <Section title={t('intake.sections.requester')}>
            <Grid gap="sm">
              <Grid.Col span={8}>
                <TextField<IntakeDraft> name="requester.name" label={t('intake.fields.name')} mandatory autoComplete="off" />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<IntakeDraft>
                  name="requester.nip"
                  label={t('intake.fields.nip')}
                  description={t('intake.hints.nip')}
                  mandatory
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={24}
                />
              </Grid.Col>
              <Grid.Col span={5}>
                <TextField<IntakeDraft> name="requester.position" label={t('intake.fields.position')} mandatory />
              </Grid.Col>
              <Grid.Col span={7}>
                <TextField<IntakeDraft> name="requester.agency" label={t('intake.fields.agency')} mandatory />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<IntakeDraft> name="requester.userId" label={t('intake.fields.userId')} mandatory autoComplete="off" spellCheck={false} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<IntakeDraft> name="requester.email" label={t('intake.fields.email')} description={t('intake.hints.email')} mandatory type="email" spellCheck={false} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<IntakeDraft>
                  name="requester.phone"
                  label={t('intake.fields.phone')}
                  description={t('intake.hints.phone')}
                  mandatory
                  type="tel"
                />
              </Grid.Col>
            </Grid>
          </Section>

          <ChangesBlock />

          <Section title={t('intake.sections.letter')}>
            <Grid gap="sm">
              <Grid.Col span={8}>
                <TextField<IntakeDraft> name="letter.number" label={t('intake.fields.letterNumber')} mandatory />
              </Grid.Col>
              <Grid.Col span={4}>
                <DateFieldControl<IntakeDraft> name="letter.date" label={t('intake.fields.letterDate')} mandatory />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextField<IntakeDraft>
                  name="letter.subject"
                  label={t('intake.fields.letterSubject')}
                  mandatory
                />
              </Grid.Col>
            </Grid>
          </Section>

          <Section title={t('intake.sections.sk')}>
            <Grid gap="sm">
              <Grid.Col span={5}>
                <TextField<IntakeDraft> name="sk.number" label={t('intake.fields.skNumber')} mandatory />
              </Grid.Col>
              <Grid.Col span={3}>
                <DateFieldControl<IntakeDraft> name="sk.date" label={t('intake.fields.skDate')} mandatory />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<IntakeDraft> name="sk.issuer" label={t('intake.fields.skIssuer')} mandatory />
              </Grid.Col>
              <Grid.Col span={4}>
                <DateFieldControl<IntakeDraft> name="sk.validFrom" label={t('intake.fields.skValidFrom')} mandatory />
              </Grid.Col>
              <Grid.Col span={4}>
                <DateFieldControl<IntakeDraft>
                  name="sk.validUntil"
                  label={t('intake.fields.skValidUntil')}
                  description={t('intake.hints.skValidUntil')}
                  clearable
                />
              </Grid.Col>
            </Grid>
          </Section>

          <Section title={t('intake.sections.receipt')}>
            <Grid gap="sm">
              <Grid.Col span={7}>
                <InstantField<IntakeDraft>
                  name="receivedAt"
                  zone={props.zone}
                  dateLabel={t('intake.fields.receivedDate')}
                  timeLabel={t('intake.fields.receivedTime', { zone: props.zone })}
                  inputNames={{ date: 'receivedAtDate', time: 'receivedAtTime' }}
                  wide
                />
              </Grid.Col>
              <Grid.Col span={5}>
                <TextField<IntakeDraft> name="receivedBy" label={t('intake.fields.receivedBy')} mandatory />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextareaField<IntakeDraft>
                  name="notes"
                  label={t('intake.fields.notes')}
                  description={t('intake.hints.notes')}
                  autosize
                  minRows={2}
                  maxRows={6}
                />
              </Grid.Col>
            </Grid>
          </Section>
        </Stack>

        <Paper
          withBorder
          shadow="sm"
          p="sm"
          pos="sticky"
          bottom={0}
          maw={1120}
          style={{ zIndex: 2, borderBottomLeftRadius: 0, borderBottomRightRadius: 0 }}
        >
          <Group justify="flex-end" gap="sm">
            <Button component="a" href={props.cancelHref} variant="default">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {props.submitLabel}
            </Button>
          </Group>
        </Paper>
      </form>
      {leave.modal}
    </FormProvider>
  );
}

/** The request kind; switching it keeps the change rows consistent with intakeSchema's rules. */
function KindChoice() {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<IntakeDraft>();
  const { field, fieldState } = useController({ name: 'kind', control });
  return (
    <Radio.Group
      name="kind"
      value={field.value}
      onChange={(v) => {
        if (!isKind(v)) return;
        field.onChange(v);
        // A reset-only request carries no changes; a change request needs at least one row.
        if (v === 'reset_password') setValue('changes', [], { shouldDirty: true });
        else if (getValues('changes').length === 0) setValue('changes', [blankChange()], { shouldDirty: true });
      }}
      error={coreText(fieldState.error?.message)}
      aria-label={t('intake.fields.kind')}
    >
      <Group gap="sm" grow align="stretch" wrap="nowrap">
        {REQUEST_KINDS.map((k, i) => (
          <Paper key={k} withBorder radius="md" p="sm" bg={field.value === k ? 'blue.0' : undefined}>
            <Radio
              value={k}
              label={t(`kind.${k}`)}
              description={t(`kindHelp.${k}`)}
              ref={i === 0 ? field.ref : undefined}
              onBlur={field.onBlur}
              styles={{ label: { fontWeight: 600 } }}
            />
          </Paper>
        ))}
      </Group>
    </Radio.Group>
  );
}

function ChangesBlock() {
  const { t } = useTranslation();
  const kind = useWatch<IntakeDraft, 'kind'>({ name: 'kind' });
  if (kind === '' || kind === 'reset_password') return null;
  return (
    <Section title={t('intake.sections.changes')} description={t('intake.hints.changes')}>
      <ChangesSection />
    </Section>
  );
}
