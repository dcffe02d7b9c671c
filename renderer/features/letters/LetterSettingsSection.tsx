/**
 * Settings → "Surat" (issue 5 §1): the letter number pattern with a live example, the head of unit
 * (read from the agency profile, issue 10 §2), per kind who signs and who acknowledges,
 * extra letterhead lines, and per kind the template (subject, body, closing, *tembusan*, code,
 * *sifat*, numbered) with the placeholder list (click to insert) and a live preview rendered by the
 * core from the unsaved settings (`letters.templatePreview`, debounced). A react-hook-form form
 * checked with the contract's schema as the admin types, saved with `letters.settings.save` through
 * the section's one bar (SectionForm); the core's field errors land under their fields and at the top.
 */
import { toNestErrors } from '@hookform/resolvers';
import { Alert, Anchor, Center, Grid, Group, Loader, Paper, ScrollArea, Select, Stack, Switch, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { FormProvider, useController, useForm, useFormContext, useWatch, type FieldError, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/dates';
import { formatNip } from '../../../shared/nip';
import {
  ACKNOWLEDGER_ROLES, LETTER_KINDS, LETTER_NATURES, LETTER_PLACEHOLDERS, SIGNER_ROLES, type LetterKind, type LetterPlaceholder, type LettersSettings, type LettersSettingsInput,
} from '../../../shared/domain/letters';
import { call, errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { letterNumberLacksWorkstation } from '../../../shared/domain/letterNumber';
import { useArchiveSettings } from '../archive/api';
import { TextareaField, TextField } from '../../components/form/fields';
import { SectionForm } from '../../components/form/SectionForm';
import { useSectionSave } from '../../components/form/useSectionSave';
import { PrintPages } from '../../components/PrintPages';
import { Loading, LoadError } from '../../components/QueryState';
import { coreText } from '../../i18n/coreMessages';
import { hrefOf } from '../../router/routes';
import { useCoreClock } from '../workflow/api';
import { letterTitle } from './format';
import { LogoField } from './LogoField';
import { letterKeys } from '../../api/queryKeys';
import { useLettersSettings } from './queries';
import { checkForm, fieldOfPath, formOf, insertAt, kindsWithErrors, numberExample, type LettersForm, type TemplateTextField } from './settingsForm';

/** Quiet time after the last keystroke before the core renders the preview (it is a full PDF render). */
const PREVIEW_DEBOUNCE_MS = 600;
/** Small enough to render fast, sharp enough to read at the preview's width. */
const PREVIEW_DPI = 80;

export function LetterSettingsSection() {
  const { t } = useTranslation('letters');
  const settings = useLettersSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} title={t('settings.loadFailed')} onRetry={() => void settings.refetch()} />;
  return <LetterSettingsForm saved={settings.data} />;
}

/**
 * The editor checked with the contract's schema (checkForm) as the form's resolver: the same
 * messages as the core, on the editor's fields; a message no field shows goes to `root`.
 */
const lettersResolver: Resolver<LettersForm, unknown, LettersSettingsInput> = (values, _context, options) => {
  const checked = checkForm(values);
  if (Object.keys(checked.errors).length === 0 && checked.other.length === 0) return { values: checked.input, errors: {} };
  const flat: Record<string, FieldError> = Object.fromEntries(Object.entries(checked.errors).map(([path, message]) => [path, { type: 'schema', message }]));
  if (checked.other.length > 0) flat['root'] = { type: 'schema', message: checked.other.join(' ') };
  return { values: {}, errors: toNestErrors(flat, options) };
};

/** The paths of a form's field errors ("templates.receipt.body"). */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (typeof value !== 'object' || value === null || key === 'ref') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return 'message' in value && typeof value.message === 'string' ? [path] : errorPaths(value as FieldErrors, path);
  });
}

function LetterSettingsForm({ saved }: { saved: LettersSettings }) {
  const { t, i18n } = useTranslation('letters');
  const { t: tApp } = useTranslation();
  const qc = useQueryClient();
  const settings = useSettings().data;
  const zone = settings?.timeZone ?? 'WIB';
  const workstation = settings?.workstationCode ?? '';
  // Shared with other PCs through the office archive: a pattern without {ws} may repeat their numbers (warned, not refused).
  const sharedArchive = (useArchiveSettings().data?.archiveRoot ?? '') !== '';
  const now = useCoreClock();
  const form = useForm<LettersForm, unknown, LettersSettingsInput>({ defaultValues: formOf(saved), resolver: lettersResolver, mode: 'onChange' });
  const [kind, setKind] = useState<LetterKind>('notification');
  // The live example and preview follow every keystroke.
  useWatch({ control: form.control });
  const current = form.getValues();
  const checked = checkForm(current);
  const errorKinds = kindsWithErrors(errorPaths(form.formState.errors));

  const state = useSectionSave(form, {
    save: async (input) => {
      const out = await call('letters.settings.save', input);
      qc.setQueryData(letterKeys.settings, out);
      return formOf(out);
    },
    // The core's paths are the contract's: "letterheadLines.1" is the second box not left blank.
    paths: (path) => fieldOfPath(path, form.getValues()) as Path<LettersForm> | null,
    saved: t('settings.saved'),
    invalidNote: (errors) => {
      // The first kind with a problem is shown, if the one on screen has none.
      const kinds = kindsWithErrors(errorPaths(errors));
      const first = [...kinds][0];
      if (first && !kinds.has(kind)) setKind(first);
      const other = errors.root?.message;
      return (
        <Stack gap={2} data-testid="letter-settings-error">
          <Text size="sm">{t('settings.fixErrors')}</Text>
          {other ? <Text size="sm">{other}</Text> : null}
        </Stack>
      );
    },
  });

  // Placeholder insertion goes to the template field used last, at its cursor.
  const [lastField, setLastField] = useState<TemplateTextField>('body');
  const editorRef = useRef<HTMLDivElement>(null);
  const insert = (name: LetterPlaceholder) => {
    const path = `templates.${kind}.${lastField}` as const;
    const el = editorRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${path}"]`);
    const { value, cursor } = insertAt(form.getValues(path), `{${name}}`, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    form.setValue(path, value, { shouldDirty: true, shouldValidate: true });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(cursor, cursor);
    });
  };

  const today = localDate(now(), zone);
  const letterheadError = (i: 0 | 1 | 2) => coreText(form.getFieldState(`letterheadLines.${i}`, form.formState).error?.message);

  return (
    <FormProvider {...form}>
      <SectionForm label={tApp('settings.pages.surat.title')} state={state} testId="letter-settings">
        <Paper withBorder radius="md" p="md">
          <Grid gap="sm">
            <Grid.Col span={6}>
              <TextField<LettersForm>
                name="numberPattern"
                label={t('settings.numberPattern')}
                spellCheck={false}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                description={t('settings.numberPatternHelp')}
              />
              <Text size="sm" mt={4} data-testid="number-example">
                {t('settings.numberExample', { example: numberExample(current.numberPattern, current.templates[kind].code, today, workstation) })}
              </Text>
              {sharedArchive && letterNumberLacksWorkstation(current.numberPattern) ? (
                <Alert color="orange" variant="light" p="xs" mt={4} data-testid="number-pattern-no-ws">
                  <Text size="sm">{t('settings.numberPatternNoWs')}</Text>
                </Alert>
              ) : null}
            </Grid.Col>
            <Grid.Col span={6}>
              <HeadOfUnit />
            </Grid.Col>
            <Grid.Col span={12}>
              <LogoField
                logo={current.logo}
                onChange={(logo) => form.setValue('logo', logo, { shouldDirty: true, shouldValidate: true })}
                error={coreText(form.getFieldState('logo', form.formState).error?.message)}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Text size="sm" fw={500}>
                {t('settings.letterhead')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('settings.letterheadHelp')}
              </Text>
              <Group grow gap="xs" align="flex-start">
                {([0, 1, 2] as const).map((i) => (
                  <TextInput
                    key={i}
                    {...form.register(`letterheadLines.${i}`)}
                    aria-label={t('settings.letterheadLine', { n: i + 1 })}
                    placeholder={t('settings.letterheadLine', { n: i + 1 })}
                    error={letterheadError(i)}
                    aria-invalid={letterheadError(i) ? true : undefined}
                  />
                ))}
              </Group>
            </Grid.Col>
          </Grid>
        </Paper>

        <Paper withBorder radius="md" p="md" data-testid="template-editor" ref={editorRef}>
          <Text size="sm" fw={600} mb="xs">
            {t('settings.templates')}
          </Text>
          <Grid gap="md">
            <Grid.Col span={6}>
              <Stack gap="xs">
                <Select
                  label={t('settings.kind')}
                  data={LETTER_KINDS.map((k) => ({ value: k, label: errorKinds.has(k) ? t('settings.kindHasErrors', { title: letterTitle(k, i18n.language) }) : letterTitle(k, i18n.language) }))}
                  value={kind}
                  onChange={(v) => v && setKind(v as LetterKind)}
                  allowDeselect={false}
                  name="templateKind"
                />
                {/* Keyed by the kind: the boxes are registered afresh under the kind's names. */}
                <TemplateFields key={kind} kind={kind} onFocusField={setLastField} />
                <Placeholders onInsert={insert} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={6}>
              <TemplatePreview kind={kind} valid={Object.keys(checked.errors).length === 0 && checked.other.length === 0} input={checked.input} />
            </Grid.Col>
          </Grid>
        </Paper>
      </SectionForm>
    </FormProvider>
  );
}

/** One kind's template: who signs, subject, body, closing, *tembusan*, code, *sifat*, numbered. */
function TemplateFields({ kind, onFocusField }: { kind: LetterKind; onFocusField: (field: TemplateTextField) => void }) {
  const { t } = useTranslation('letters');
  const { control } = useFormContext<LettersForm>();
  const nature = useController({ control, name: `templates.${kind}.nature` });
  const numbered = useController({ control, name: `templates.${kind}.numbered` });
  const focus = (field: TemplateTextField) => ({ onFocus: () => onFocusField(field) });
  return (
    <>
      <SignerRoles kind={kind} />
      <TextField<LettersForm> name={`templates.${kind}.subject`} label={t('settings.subject')} {...focus('subject')} />
      <TextareaField<LettersForm> name={`templates.${kind}.body`} label={t('settings.body')} description={t('settings.bodyHelp')} autosize minRows={5} maxRows={12} {...focus('body')} />
      <TextareaField<LettersForm> name={`templates.${kind}.closing`} label={t('settings.closing')} autosize minRows={2} maxRows={4} {...focus('closing')} />
      <TextareaField<LettersForm> name={`templates.${kind}.copies`} label={t('settings.copies')} description={t('settings.copiesHelp')} autosize minRows={2} maxRows={5} {...focus('copies')} />
      <Group grow align="flex-start" gap="xs">
        <TextField<LettersForm> name={`templates.${kind}.code`} label={t('settings.code')} description={t('settings.codeHelp')} maxLength={20} />
        <Select
          label={t('settings.nature')}
          data={[...LETTER_NATURES]}
          value={nature.field.value}
          onChange={(v) => v && nature.field.onChange(v)}
          allowDeselect={false}
          name={nature.field.name}
        />
      </Group>
      <Switch
        label={t('settings.numbered')}
        description={t('settings.numberedHelp')}
        checked={numbered.field.value}
        onChange={(e) => numbered.field.onChange(e.currentTarget.checked)}
        name={numbered.field.name}
      />
    </>
  );
}

/**
 * The head of unit as the letters print them: read from the agency profile (issue 10 §2 — one
 * source), with the way to change it; never typed here.
 */
function HeadOfUnit() {
  const { t } = useTranslation('letters');
  const { t: tApp } = useTranslation();
  const agency = useSettings().data?.agency;
  const missing = !agency?.headName || !agency.headNip;
  return (
    <Stack gap={2} data-testid="letters-head">
      <Text size="sm" fw={500}>
        {t('settings.head')}
      </Text>
      {missing ? (
        <Text size="sm" c="red.8">
          {t('settings.headMissing')}
        </Text>
      ) : (
        <Text size="sm">{t('settings.headIs', { name: agency.headName, nip: formatNip(agency.headNip) })}</Text>
      )}
      <Text size="xs" c="dimmed">
        {t('settings.headHelp')}{' '}
        <Anchor href={hrefOf({ name: 'settings', section: 'profil' })} size="xs" underline="always">
          {tApp('settings.openSection', { section: tApp('settings.pages.profil.title') })}
        </Anchor>
      </Text>
    </Stack>
  );
}

/**
 * Per kind: which role signs and who signs under "Mengetahui," (validated by the shared schema:
 * the two must differ, so a change of either checks both).
 */
function SignerRoles({ kind }: { kind: LetterKind }) {
  const { t } = useTranslation('letters');
  const { control, trigger } = useFormContext<LettersForm>();
  const signer = useController({ control, name: `signers.${kind}.signer` });
  const acknowledger = useController({ control, name: `signers.${kind}.acknowledger` });
  const error = coreText(acknowledger.fieldState.error?.message ?? signer.fieldState.error?.message);
  const change = (field: typeof signer.field | typeof acknowledger.field, value: string | null) => {
    if (!value) return;
    field.onChange(value);
    void trigger(`signers.${kind}`);
  };
  return (
    <Group grow align="flex-start" gap="xs" data-testid="signer-roles">
      <Select
        label={t('settings.signer')}
        name={signer.field.name}
        data={SIGNER_ROLES.map((r) => ({ value: r, label: t(`settings.role.${r}`) }))}
        value={signer.field.value}
        onChange={(v) => change(signer.field, v)}
        allowDeselect={false}
      />
      <Select
        label={t('settings.acknowledger')}
        name={acknowledger.field.name}
        data={ACKNOWLEDGER_ROLES.map((r) => ({ value: r, label: t(`settings.role.${r}`) }))}
        value={acknowledger.field.value}
        onChange={(v) => change(acknowledger.field, v)}
        allowDeselect={false}
        error={error}
      />
    </Group>
  );
}

function Placeholders({ onInsert }: { onInsert: (name: LetterPlaceholder) => void }) {
  const { t } = useTranslation('letters');
  const names = Object.keys(LETTER_PLACEHOLDERS) as LetterPlaceholder[];
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('settings.placeholders')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('settings.placeholdersHelp')}
      </Text>
      <Group gap={4} data-testid="placeholders">
        {names.map((name) => (
          <Tooltip key={name} label={LETTER_PLACEHOLDERS[name]} openDelay={300}>
            <UnstyledButton
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(name)}
              aria-label={t('settings.insert', { name: `{${name}}` })}
              px={6}
              py={1}
              style={{ border: '1px solid var(--mantine-color-blue-3)', borderRadius: 4, background: 'var(--mantine-color-blue-0)', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 }}
            >
              {`{${name}}`}
            </UnstyledButton>
          </Tooltip>
        ))}
      </Group>
    </div>
  );
}

function TemplatePreview({ kind, valid, input }: { kind: LetterKind; valid: boolean; input: ReturnType<typeof checkForm>['input'] }) {
  const { t, i18n } = useTranslation('letters');
  const key = JSON.stringify(input);
  const [debounced] = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  const preview = useQuery({
    queryKey: letterKeys.templatePreview(kind, debounced),
    queryFn: () => call('letters.templatePreview', { settings: input, kind, dpi: PREVIEW_DPI }),
    // Only what the schema accepts is sent; the old pages stay while the new ones render.
    enabled: valid && debounced === key,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  const updating = preview.isFetching || debounced !== key;
  let body: ReactNode;
  if (preview.isError) body = <Alert color="red" variant="light" title={t('settings.previewFailed')}>{errorMessage(preview.error)}</Alert>;
  else if (preview.data) body = <PrintPages preview={preview.data} label={letterTitle(kind, i18n.language)} screenWidth={460} />;
  else
    body = (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  return (
    <Stack gap={4} data-testid="template-preview" data-updating={updating ? 'true' : 'false'}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('settings.preview')}
        </Text>
        {updating && valid ? (
          <Group gap={4}>
            <Loader size={12} />
            <Text size="xs" c="dimmed">
              {t('settings.previewUpdating')}
            </Text>
          </Group>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {valid ? t('settings.previewHint') : t('settings.previewInvalid')}
      </Text>
      {/* Focusable and named, so the preview can be scrolled from the keyboard (WCAG 2.1.1). */}
      <ScrollArea h={640} type="auto" bg="gray.1" p="xs" style={{ borderRadius: 4 }} viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('settings.preview') }}>
        {body}
      </ScrollArea>
    </Stack>
  );
}
