/**
 * Previewing and printing one letter of a case, shared by the letters section and the step forms.
 * Print = `letters.issue` (the number, the archived copy) → `letters.preview` (PNG pages) → the
 * print view, which opens the print dialog. For the step-8 notice while the temporary password is
 * still in core memory, the operator first chooses whether the paper carries it (issue 5 §2): the
 * archived copy never does, and the pages with it live only in this component's state — dropped
 * when the view closes.
 */
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { CaseLetter, IssuedLetter } from '../../../shared/domain/letters';
import { ApiError, call } from '../../api/client';
import { letterDate, letterTitle, shortHash } from './format';
import { IconKey, IconPrinter } from './icons';
import { PdfPreviewDialog } from './PdfPreviewDialog';
import { useLettersChanged } from './queries';
import { Dialog } from '../../components/Dialog';

/** Print resolution: sharp text on paper at a few hundred KB per A4 page (PNG). */
const PRINT_DPI = 150;

type Mode = 'print' | 'preview';
interface Viewer {
  letter: CaseLetter;
  mode: Mode;
  includePassword: boolean;
  issued: IssuedLetter | null;
  preview?: MethodOutput<'letters.preview'>;
  error?: unknown;
}

export function useLetterPrint(caseId: string): { open: (letter: CaseLetter, mode: Mode) => void; view: ReactNode } {
  const { t, i18n } = useTranslation('letters');
  const changed = useLettersChanged(caseId);
  const [choosing, setChoosing] = useState<CaseLetter | null>(null);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  // Answers of a view the operator already closed (or replaced) are dropped.
  const run = useRef(0);

  const show = useCallback(
    async (letter: CaseLetter, mode: Mode, includePassword: boolean) => {
      const token = ++run.current;
      const base: Viewer = { letter, mode, includePassword, issued: letter.issued };
      setViewer(base);
      const ref = { id: caseId, kind: letter.kind, visit: letter.visit };
      try {
        let issued = letter.issued;
        if (mode === 'print') {
          issued = await call('letters.issue', ref);
          changed();
        }
        let withPassword = includePassword;
        let preview: MethodOutput<'letters.preview'>;
        try {
          preview = await call('letters.preview', { ...ref, includePassword: withPassword, dpi: PRINT_DPI });
        } catch (e) {
          // The password left core memory between the list and the print (SOP step 8 recorded, app restarted).
          if (!(withPassword && e instanceof ApiError && e.code === 'not_found')) throw e;
          notifications.show({ color: 'orange', message: t('password.gone') });
          withPassword = false;
          preview = await call('letters.preview', { ...ref, includePassword: false, dpi: PRINT_DPI });
        }
        if (run.current === token) setViewer({ ...base, includePassword: withPassword, issued, preview });
      } catch (e) {
        if (run.current === token) setViewer({ ...base, error: e });
      }
    },
    [caseId, changed, t],
  );

  const open = useCallback(
    (letter: CaseLetter, mode: Mode) => {
      if (mode === 'print' && letter.kind === 'notification' && letter.passwordAvailable) setChoosing(letter);
      else void show(letter, mode, false);
    },
    [show],
  );

  const close = () => {
    run.current++;
    setViewer(null);
  };

  const title = viewer ? letterTitle(viewer.letter.kind, i18n.language) : '';
  const view = (
    <>
      <PasswordChoice
        letter={choosing}
        onCancel={() => setChoosing(null)}
        onChoose={(withPassword) => {
          const letter = choosing;
          setChoosing(null);
          if (letter) void show(letter, 'print', withPassword);
        }}
      />
      <PdfPreviewDialog
        opened={viewer !== null}
        onClose={close}
        title={title}
        preview={viewer?.preview}
        error={viewer?.error}
        loadingText={t('viewer.loading')}
        autoPrint={viewer?.mode === 'print'}
        // A preview may be a draft (not issued yet, or the case changed since): printing issues it first.
        onPrint={viewer?.mode === 'preview' && (viewer.letter.issued === null || viewer.letter.stale) ? () => open(viewer.letter, 'print') : undefined}
        details={viewer ? <LetterDetails viewer={viewer} /> : null}
      />
    </>
  );
  return { open, view };
}

function LetterDetails({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('letters');
  const number = viewer.preview?.number ?? viewer.issued?.number ?? '';
  const hash = viewer.preview?.contentHash ?? viewer.issued?.contentHash ?? '';
  // What `letters.preview` renders when the letter was never issued or the case changed since (core: a draft).
  const draft = viewer.mode === 'preview' && (viewer.letter.issued === null || viewer.letter.stale);
  return (
    <Stack gap={4} data-testid="letter-details">
      <Group gap="lg" wrap="nowrap">
        <Detail label={t('viewer.number')} testId="letter-number">
          {number || (draft ? t('viewer.numberOnPrint') : t('viewer.unnumbered'))}
        </Detail>
        <Detail label={t('viewer.date')}>{draft ? t('viewer.dateOnPrint') : letterDate(viewer.issued?.date)}</Detail>
        <Detail label={t('viewer.hash')} title={hash ? `${hash}\n${t('viewer.hashHint')}` : undefined}>
          {hash ? shortHash(hash) : '—'}
        </Detail>
        {viewer.includePassword ? (
          <Badge color="red" variant="filled" tt="none" leftSection={<IconKey size={12} />} data-testid="with-password">
            {t('viewer.withPassword')}
          </Badge>
        ) : null}
      </Group>
      {draft ? (
        <Text size="xs" c="orange.8" data-testid="letter-draft">
          {t('viewer.draftHint')}
        </Text>
      ) : null}
      {viewer.includePassword ? (
        <Text size="xs" c="red.8">
          {t('viewer.withPasswordHint')}
        </Text>
      ) : null}
    </Stack>
  );
}

function Detail({ label, children, testId, title }: { label: string; children: ReactNode; testId?: string; title?: string }) {
  return (
    <div title={title}>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text size="sm" fw={600} ff="monospace" data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** Step 8 with the password in memory: on the paper or not (never in the archive either way). */
function PasswordChoice({ letter, onChoose, onCancel }: { letter: CaseLetter | null; onChoose: (withPassword: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation('letters');
  return (
    <Dialog opened={letter !== null} onClose={onCancel} title={t('password.title')} size="lg" centered>
      <Stack gap="md">
        <Text size="sm">{t('password.intro')}</Text>
        <Stack gap="xs">
          <Button color="red" leftSection={<IconKey size={16} />} onClick={() => onChoose(true)} justify="flex-start" data-testid="print-with-password">
            {t('password.withPassword')}
          </Button>
          <Text size="xs" c="dimmed" mt={-4}>
            {t('password.withPasswordHint')}
          </Text>
          <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => onChoose(false)} justify="flex-start" data-testid="print-without-password">
            {t('password.withoutPassword')}
          </Button>
          <Text size="xs" c="dimmed" mt={-4}>
            {t('password.withoutPasswordHint')}
          </Text>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('password.cancel')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
