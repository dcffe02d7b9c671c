/**
 * Settings → "Surat" (issue 5 §1): the letter number pattern with a live example, the head of unit
 * (read from the agency profile, issue 10 §2), per kind who signs and who acknowledges,
 * extra letterhead lines, and per kind the template (subject, body, closing, *tembusan*, code,
 * *sifat*, numbered) with the placeholder list (click to insert) and a live preview rendered by the
 * core from the unsaved settings (`letters.templatePreview`, debounced). Saved with
 * `letters.settings.save`; the core's field errors land under their fields.
 */
import {
  Alert, Badge, Button, Center, Grid, Group, Loader, Paper, ScrollArea, Select, Stack, Switch, Text, Textarea, TextInput, Tooltip, UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/dates';
import { formatNip } from '../../../shared/nip';
import {
  ACKNOWLEDGER_ROLES, LETTER_KINDS, LETTER_NATURES, LETTER_PLACEHOLDERS, SIGNER_ROLES, type AcknowledgerRole, type LetterKind, type LetterPlaceholder, type LetterSigners,
  type LettersSettings, type SignerRole,
} from '../../../shared/domain/letters';
import { ApiError, call, errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { letterNumberLacksWorkstation } from '../../../shared/domain/letterNumber';
import { useArchiveSettings } from '../archive/api';
import { PrintPages } from '../../components/PrintPages';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { letterTitle } from './format';
import { LogoField } from './LogoField';
import { letterKeys } from '../../api/queryKeys';
import { useLettersSettings } from './queries';
import {
  checkForm, formOf, insertAt, kindsWithErrors, mapErrors, numberExample, type FieldErrorMap, type LettersForm, type TemplateForm, type TemplateTextField,
} from './settingsForm';

/** Quiet time after the last keystroke before the core renders the preview (it is a full PDF render). */
const PREVIEW_DEBOUNCE_MS = 600;
/** Small enough to render fast, sharp enough to read at the preview's width. */
const PREVIEW_DPI = 80;

export function LetterSettingsSection() {
  const { t } = useTranslation('letters');
  const settings = useLettersSettings();
  return (
    <Stack gap="md" maw={1120} mt="md" id="letters-settings" data-testid="letter-settings">
      <Section title={t('settings.title')} description={t('settings.intro')}>
        {settings.isPending ? <Loading /> : null}
        {settings.isError ? <LoadError error={settings.error} title={t('settings.loadFailed')} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? <LetterSettingsForm saved={settings.data} /> : null}
      </Section>
    </Stack>
  );
}

function LetterSettingsForm({ saved }: { saved: LettersSettings }) {
  const { t, i18n } = useTranslation('letters');
  const qc = useQueryClient();
  const settings = useSettings().data;
  const zone = settings?.timeZone ?? 'WIB';
  const workstation = settings?.workstationCode ?? '';
  // Shared with other PCs through the office archive: a pattern without {ws} may repeat their numbers (warned, not refused).
  const sharedArchive = (useArchiveSettings().data?.archiveRoot ?? '') !== '';
  const [form, setForm] = useState<LettersForm>(() => formOf(saved));
  const [base, setBase] = useState<LettersForm>(() => formOf(saved));
  const [kind, setKind] = useState<LetterKind>('notification');
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const dirty = JSON.stringify(form) !== JSON.stringify(base);
  const leave = useLeaveGuard(dirty);

  // The schema's own messages as the admin types (the same Indonesian text the core would answer).
  const checked = useMemo(() => checkForm(form), [form]);
  const errors: FieldErrorMap = { ...serverErrors, ...checked.errors };
  const errorKinds = kindsWithErrors(errors);

  const update = (path: string, apply: (f: LettersForm) => LettersForm) => {
    setForm(apply);
    // A field edited after the core refused it: its old message no longer applies.
    if (serverErrors[path]) setServerErrors(({ [path]: _gone, ...rest }) => rest);
  };
  const setTemplate = (k: LetterKind, field: keyof TemplateForm, value: TemplateForm[keyof TemplateForm]) =>
    update(`templates.${k}.${field}`, (f) => ({ ...f, templates: { ...f.templates, [k]: { ...f.templates[k], [field]: value } } }));

  // Placeholder insertion goes to the template field used last, at its cursor.
  const [lastField, setLastField] = useState<TemplateTextField>('body');
  const editorRef = useRef<HTMLDivElement>(null);
  const insert = (name: LetterPlaceholder) => {
    const field = lastField;
    const el = editorRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="templates.${kind}.${field}"]`);
    const current = form.templates[kind][field];
    const { value, cursor } = insertAt(current, `{${name}}`, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    setTemplate(kind, field, value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(cursor, cursor);
    });
  };

  const save = useMutation({
    mutationFn: () => call('letters.settings.save', checked.input),
    onSuccess: (out) => {
      qc.setQueryData(letterKeys.settings, out);
      const next = formOf(out);
      setForm(next);
      setBase(next);
      setServerErrors({});
      setFailure(null);
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
    onError: (e) => {
      const mapped = e instanceof ApiError ? mapErrors(e.fields, form) : { fields: {}, other: [] };
      setServerErrors(mapped.fields);
      setFailure([errorMessage(e), ...mapped.other.filter((m) => m !== errorMessage(e))]);
    },
  });
  const trySave = () => {
    if (Object.keys(checked.errors).length > 0 || checked.other.length > 0) {
      setFailure([t('settings.fixErrors'), ...checked.other]);
      const firstKind = [...kindsWithErrors(checked.errors)][0];
      if (firstKind && !kindsWithErrors(checked.errors).has(kind)) setKind(firstKind);
      return;
    }
    save.mutate();
  };

  const today = localDate(new Date(), zone);
  const template = form.templates[kind];
  const fieldError = (name: string) => errors[name];
  const textProps = (field: TemplateTextField) => ({
    onFocus: () => setLastField(field),
    name: `templates.${kind}.${field}`,
    error: fieldError(`templates.${kind}.${field}`),
  });

  return (
    <Stack gap="md">
      {leave.modal}
      <Grid gap="sm">
        <Grid.Col span={5}>
          <TextInput
            label={t('settings.numberPattern')}
            name="numberPattern"
            value={form.numberPattern}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update('numberPattern', (f) => ({ ...f, numberPattern: v }));
            }}
            error={fieldError('numberPattern')}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            description={t('settings.numberPatternHelp')}
          />
          <Text size="sm" mt={4} data-testid="number-example">
            {t('settings.numberExample', { example: numberExample(form.numberPattern, template.code, today, workstation) })}
          </Text>
          {sharedArchive && letterNumberLacksWorkstation(form.numberPattern) ? (
            <Alert color="orange" variant="light" p="xs" mt={4} data-testid="number-pattern-no-ws">
              <Text size="sm">{t('settings.numberPatternNoWs')}</Text>
            </Alert>
          ) : null}
        </Grid.Col>
        <Grid.Col span={7}>
          <HeadOfUnit />
        </Grid.Col>
        <Grid.Col span={12}>
          <LogoField logo={form.logo} onChange={(logo) => update('logo', (f) => ({ ...f, logo }))} error={fieldError('logo')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Text size="sm" fw={500}>
            {t('settings.letterhead')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('settings.letterheadHelp')}
          </Text>
          <Group grow gap="xs" align="flex-start">
            {form.letterheadLines.map((line, i) => (
              <TextInput
                key={i}
                aria-label={t('settings.letterheadLine', { n: i + 1 })}
                placeholder={t('settings.letterheadLine', { n: i + 1 })}
                name={`letterheadLines.${i}`}
                value={line}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  update(`letterheadLines.${i}`, (f) => {
                    const lines: LettersForm['letterheadLines'] = [...f.letterheadLines];
                    lines[i] = v;
                    return { ...f, letterheadLines: lines };
                  });
                }}
                error={fieldError(`letterheadLines.${i}`)}
              />
            ))}
          </Group>
        </Grid.Col>
      </Grid>

      <Paper withBorder radius="sm" p="sm" data-testid="template-editor" ref={editorRef}>
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
              <SignerRoles
                kind={kind}
                value={form.signers[kind]}
                onChange={(next) => update(`signers.${kind}.acknowledger`, (f) => ({ ...f, signers: { ...f.signers, [kind]: next } }))}
                error={fieldError(`signers.${kind}.acknowledger`) ?? fieldError(`signers.${kind}.signer`)}
              />
              <TextInput label={t('settings.subject')} value={template.subject} onChange={(e) => setTemplate(kind, 'subject', e.currentTarget.value)} {...textProps('subject')} />
              <Textarea
                label={t('settings.body')}
                description={t('settings.bodyHelp')}
                value={template.body}
                onChange={(e) => setTemplate(kind, 'body', e.currentTarget.value)}
                autosize
                minRows={5}
                maxRows={12}
                {...textProps('body')}
              />
              <Textarea label={t('settings.closing')} value={template.closing} onChange={(e) => setTemplate(kind, 'closing', e.currentTarget.value)} autosize minRows={2} maxRows={4} {...textProps('closing')} />
              <Textarea
                label={t('settings.copies')}
                description={t('settings.copiesHelp')}
                value={template.copies}
                onChange={(e) => setTemplate(kind, 'copies', e.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={5}
                {...textProps('copies')}
              />
              <Group grow align="flex-start" gap="xs">
                <TextInput
                  label={t('settings.code')}
                  description={t('settings.codeHelp')}
                  name={`templates.${kind}.code`}
                  value={template.code}
                  onChange={(e) => setTemplate(kind, 'code', e.currentTarget.value)}
                  error={fieldError(`templates.${kind}.code`)}
                  maxLength={20}
                />
                <Select
                  label={t('settings.nature')}
                  data={[...LETTER_NATURES]}
                  value={template.nature}
                  onChange={(v) => v && setTemplate(kind, 'nature', v as TemplateForm['nature'])}
                  allowDeselect={false}
                  name={`templates.${kind}.nature`}
                />
              </Group>
              <Switch
                label={t('settings.numbered')}
                description={t('settings.numberedHelp')}
                checked={template.numbered}
                onChange={(e) => setTemplate(kind, 'numbered', e.currentTarget.checked)}
                name={`templates.${kind}.numbered`}
              />
              <Placeholders onInsert={insert} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={6}>
            <TemplatePreview kind={kind} valid={Object.keys(checked.errors).length === 0 && checked.other.length === 0} input={checked.input} />
          </Grid.Col>
        </Grid>
      </Paper>

      {failure ? (
        <Alert color="red" variant="light" title={t('settings.saveFailed')} role="alert" data-testid="letter-settings-error">
          <Stack gap={2}>
            {failure.map((m) => (
              <Text key={m} size="sm">
                {m}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs">
        {dirty ? (
          <Badge color="orange" variant="light" tt="none">
            {t('settings.unsaved')}
          </Badge>
        ) : null}
        <Button
          variant="default"
          disabled={!dirty}
          onClick={() => {
            setForm(base);
            setServerErrors({});
            setFailure(null);
          }}
        >
          {t('settings.reset')}
        </Button>
        <Button onClick={trySave} loading={save.isPending} data-testid="save-letter-settings">
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The head of unit as the letters print them: read from the agency profile (issue 10 §2 — one
 * source), with the way to change it; never typed here.
 */
function HeadOfUnit() {
  const { t } = useTranslation('letters');
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
        {t('settings.headHelp')}
      </Text>
    </Stack>
  );
}

/** Per kind: which role signs and who signs under "Mengetahui," (validated by the shared schema). */
function SignerRoles({ kind, value, onChange, error }: { kind: LetterKind; value: LetterSigners; onChange: (next: LetterSigners) => void; error: string | undefined }) {
  const { t } = useTranslation('letters');
  return (
    <Group grow align="flex-start" gap="xs" data-testid="signer-roles">
      <Select
        label={t('settings.signer')}
        name={`signers.${kind}.signer`}
        data={SIGNER_ROLES.map((r) => ({ value: r, label: t(`settings.role.${r}`) }))}
        value={value.signer}
        onChange={(v) => v && onChange({ ...value, signer: v as SignerRole })}
        allowDeselect={false}
      />
      <Select
        label={t('settings.acknowledger')}
        name={`signers.${kind}.acknowledger`}
        data={ACKNOWLEDGER_ROLES.map((r) => ({ value: r, label: t(`settings.role.${r}`) }))}
        value={value.acknowledger}
        onChange={(v) => v && onChange({ ...value, acknowledger: v as AcknowledgerRole })}
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
