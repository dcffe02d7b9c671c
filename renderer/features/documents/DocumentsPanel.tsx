/**
 * The case page's documents (SOP step 1 and *Pencatatan*: the paper request recorded as electronic
 * data): the list of scanned/imported documents and the ways paper comes in — scanner, camera,
 * file (drag-and-drop or picker) — plus page editing and the archival PDF/A-2b of each document.
 */
import { Alert, Badge, Button, Group, Progress, Radio, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord } from '../../../shared/domain/case';
import { DEVELOPMENT_LEVELS, DOCUMENT_TYPES, type CaseDocument, type DevelopmentLevel, type DocumentMeta, type DocumentType } from '../../../shared/domain/document';
import { call, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { IconTrash } from '../../components/icons';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { hrefOf } from '../../router/routes';
import { DocumentPdfDialog } from '../letters/DocumentPdfDialog';
import { CameraDialog } from './CameraDialog';
import { DropZone } from './DropZone';
import { formatBytes } from './format';
import { newTaskId, useDocuments, useDocumentsSaved, useTaskProgress } from './hooks';
import { IconCamera, IconFilePdf, IconPages, IconScanner, IconSparkles, IconUpload } from './icons';
import { PageEditor } from './PageEditor';
import { ScanDialog } from './ScanDialog';
import { uploadFile } from './upload';
import { Dialog } from '../../components/Dialog';
import { handedOverTo } from '../../../shared/domain/workflowFold';
import { uiDate } from '../../i18n/dates';

interface UploadRow {
  key: string;
  name: string;
  taskId: string;
  sent: number;
}
interface Failure {
  key: string;
  title: string;
  message: string;
}

/** The type a new document most likely is: the letter first, then the SK (SOP step 1 needs both). */
function nextType(docs: readonly CaseDocument[]): DocumentType {
  if (!docs.some((d) => d.type === 'request_letter')) return 'request_letter';
  if (!docs.some((d) => d.type === 'sk')) return 'sk';
  return 'supplementary';
}

export function DocumentsPanel({ caseRecord, zone }: { caseRecord: CaseRecord; zone: ZonaWaktu }) {
  const { t } = useTranslation('documents');
  const caseId = caseRecord.id;
  const list = useDocuments(caseId);
  const saved = useDocumentsSaved(caseId);
  const { percentOf } = useTaskProgress();
  const docs = list.data?.documents ?? [];
  // A closed case is archived as it stands; the core refuses every document change to it, so
  // nothing that would change it is offered (issue 10): the documents can only be viewed.
  const handedTo = handedOverTo(caseRecord.events);
  const readOnly = caseRecord.status === 'closed' || handedTo !== null;

  const [chosenType, setChosenType] = useState<DocumentType | null>(null);
  const [level, setLevel] = useState<DevelopmentLevel>('asli');
  const [received, setReceived] = useState(() => localDate(new Date(caseRecord.intake.receivedAt), zone));
  const meta: DocumentMeta = { type: chosenType ?? nextType(docs), developmentLevel: level, receivedDate: received };

  const [uploads, setUploads] = useState<UploadRow[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [dialog, setDialog] = useState<'scan' | 'camera' | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CaseDocument | null>(null);
  const [viewing, setViewing] = useState<CaseDocument | null>(null);
  const [building, setBuilding] = useState<Record<string, string>>({});
  const picker = useRef<HTMLInputElement>(null);

  const fail = (title: string, e: unknown) =>
    setFailures((all) => [...all, { key: newTaskId(), title, message: errorMessage(e) }]);
  // Tasks the admin stopped: their "dibatalkan" answer is expected, not a failure to report.
  const stopped = useRef(new Set<string>());
  const stop = (taskId: string) => {
    stopped.current.add(taskId);
    void call('documents.cancel', { taskId }).catch(() => undefined);
  };

  const importFiles = async (files: File[]) => {
    // One at a time: the core checks and decodes each file in a worker; two cores are shared.
    for (const file of files) {
      const row: UploadRow = { key: newTaskId(), name: file.name, taskId: newTaskId(), sent: 0 };
      setUploads((all) => [...all, row]);
      try {
        const out = await uploadFile({
          caseId,
          file,
          name: file.name,
          meta,
          taskId: row.taskId,
          onSent: (sent) => setUploads((all) => all.map((u) => (u.key === row.key ? { ...u, sent } : u))),
        });
        notifications.show({
          color: 'green',
          message: t('panel.imported', { name: file.name, type: t(`documentTypes.${out.document.type}`), pages: out.document.pages.length }),
        });
      } catch (e) {
        fail(t('panel.importFailedTitle', { name: file.name }), e);
      } finally {
        setUploads((all) => all.filter((u) => u.key !== row.key));
        saved();
      }
    }
    setChosenType(null);
  };

  const buildPdf = useMutation({
    mutationFn: ({ doc, taskId }: { doc: CaseDocument; taskId: string }) => {
      setBuilding((b) => ({ ...b, [doc.id]: taskId }));
      return call('documents.buildPdf', { caseId, documentId: doc.id, ocr: true, taskId });
    },
    onSuccess: (out) => notifications.show({ color: 'green', message: t('panel.pdfReady', { type: t(`documentTypes.${out.document.type}`) }) }),
    onError: (e, { taskId }) => {
      if (!stopped.current.has(taskId)) fail(t('panel.pdfFailed'), e);
    },
    onSettled: (_out, _e, { doc }) => {
      setBuilding((b) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== doc.id)));
      saved();
    },
  });
  const updateMeta = useMutation({
    mutationFn: ({ doc, meta: next }: { doc: CaseDocument; meta: DocumentMeta }) => call('documents.updateMeta', { caseId, documentId: doc.id, meta: next }),
    onSuccess: (out) => saved(out),
    onError: (e) => fail(t('panel.metaFailed'), e),
  });
  const remove = useMutation({
    mutationFn: (doc: CaseDocument) => call('documents.delete', { caseId, documentId: doc.id }),
    onSuccess: (out) => saved(out),
    onError: (e) => fail(t('panel.deleteDocument'), e),
  });

  const editingDoc = docs.find((d) => d.id === editing) ?? null;

  return (
    <Section title={t('panel.title')} description={t('panel.description')}>
      {readOnly ? (
        <Text size="sm" c="dimmed" data-testid="documents-read-only">
          {handedTo ? t('panel.readOnlyHandedOver', { to: handedTo }) : t('panel.readOnly')}
        </Text>
      ) : (
        <>
          <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <Button leftSection={<IconScanner size={16} />} onClick={() => setDialog('scan')}>
                {t('panel.scan')}
              </Button>
              <Button variant="light" leftSection={<IconCamera size={16} />} onClick={() => setDialog('camera')}>
                {t('panel.camera')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconUpload size={16} />}
                onClick={() => picker.current?.click()}
              >
                {t('panel.importFile')}
              </Button>
            </Group>
            {docs.length > 0 ? (
              <Button component="a" href={hrefOf({ name: 'caseEdit', id: caseId })} variant="subtle" size="sm" leftSection={<IconSparkles size={16} />}>
                {t('panel.suggestions')}
              </Button>
            ) : null}
          </Group>

          <Group gap="md" align="flex-end" wrap="nowrap" data-testid="new-document-defaults">
            <Text size="sm" fw={500} pb={6} style={{ whiteSpace: 'nowrap' }}>
              {t('panel.importDefaultsTitle')}
            </Text>
            <Select
              label={t('docFields.type')}
              size="xs"
              w={190}
              data={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`documentTypes.${v}`) }))}
              value={meta.type}
              onChange={(v) => v && setChosenType(v as DocumentType)}
              allowDeselect={false}
            />
            <Radio.Group label={t('docFields.level')} value={level} onChange={(v) => setLevel(v as DevelopmentLevel)} size="xs">
              <Group gap="sm" mt={6} mb={6}>
                {DEVELOPMENT_LEVELS.map((l) => (
                  <Radio key={l} value={l} label={t(`levels.${l}`)} />
                ))}
              </Group>
            </Radio.Group>
            <DateField label={t('docFields.received')} size="xs" w={170} value={received} onChange={(v) => v && setReceived(v)} />
          </Group>
        </>
      )}

      {failures.map((f) => (
        <Alert
          key={f.key}
          color="red"
          variant="light"
          title={f.title}
          role="alert"
          withCloseButton
          closeButtonLabel={t('panel.closeMessage')}
          onClose={() => setFailures((all) => all.filter((x) => x.key !== f.key))}
          data-testid="document-error"
        >
          <Text size="sm">{f.message}</Text>
        </Alert>
      ))}
      {uploads.map((u) => {
        const importing = u.sent >= 1;
        const percent = importing ? (percentOf(u.taskId) ?? 100) : Math.round(u.sent * 100);
        const label = importing ? t('panel.importing', { name: u.name }) : t('panel.uploading', { name: u.name, percent });
        return (
          <Stack key={u.key} gap={2} data-testid="upload-progress">
            <Text size="xs">{label}</Text>
            <Progress value={percent} size="sm" animated={importing} aria-label={label} />
          </Stack>
        );
      })}

      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && docs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {readOnly ? t('panel.emptyClosed') : t('panel.empty')}
        </Text>
      ) : null}
      {docs.length > 0 ? (
        <Table withTableBorder verticalSpacing={6} data-testid="documents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('panel.table.type')}</Table.Th>
              <Table.Th w={56} ta="right">
                {t('panel.table.pages')}
              </Table.Th>
              <Table.Th>{t('panel.table.source')}</Table.Th>
              <Table.Th>{t('panel.table.level')}</Table.Th>
              <Table.Th>{t('panel.table.received')}</Table.Th>
              <Table.Th>{t('panel.table.pdf')}</Table.Th>
              {readOnly ? null : <Table.Th ta="right">{t('panel.table.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((d) => (
              <DocumentRow
                key={d.id}
                doc={d}
                readOnly={readOnly}
                buildPercent={d.id in building ? (percentOf(building[d.id]) ?? 0) : null}
                onStopBuild={() => {
                  const taskId = building[d.id];
                  if (taskId) stop(taskId);
                }}
                onEdit={() => setEditing(d.id)}
                onView={() => setViewing(d)}
                onMeta={(patch) =>
                  updateMeta.mutate({ doc: d, meta: { type: d.type, developmentLevel: d.developmentLevel, receivedDate: d.receivedDate, ...patch } })
                }
                onBuild={() => buildPdf.mutate({ doc: d, taskId: newTaskId() })}
                onDelete={() => setDeleting(d)}
              />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}

      {readOnly ? null : <DropZone onFiles={(files) => void importFiles(files)} inputRef={picker} compact={docs.length > 0} />}

      <ScanDialog opened={dialog === 'scan'} onClose={() => setDialog(null)} caseId={caseId} meta={meta} onSaved={() => saved()} />
      <CameraDialog
        opened={dialog === 'camera'}
        onClose={() => setDialog(null)}
        onSave={async (shots) => {
          let documentId: string | undefined;
          for (const [i, shot] of shots.entries()) {
            const out = await uploadFile({ caseId, file: shot, name: `kamera-${i + 1}.jpg`, meta, source: 'camera', ...(documentId ? { documentId } : {}) });
            documentId = out.document.id;
          }
          saved();
        }}
      />
      <DocumentPdfDialog caseId={caseId} doc={viewing} onClose={() => setViewing(null)} />
      {editingDoc && !readOnly ? <PageEditor key={editingDoc.id} caseId={caseId} doc={editingDoc} onClose={() => setEditing(null)} onSaved={saved} /> : null}
      <Dialog opened={deleting !== null} onClose={() => setDeleting(null)} title={t('panel.deleteDocument')} centered>
        {deleting ? (
          <>
            <Text size="sm">{t('panel.deleteConfirm', { type: t(`documentTypes.${deleting.type}`), pages: deleting.pages.length })}</Text>
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('panel.cancel')}
              </Button>
              <Button
                color="red"
                onClick={() => {
                  remove.mutate(deleting);
                  setDeleting(null);
                }}
              >
                {t('panel.confirmDelete')}
              </Button>
            </Group>
          </>
        ) : null}
      </Dialog>
    </Section>
  );
}

function DocumentRow({
  doc,
  buildPercent,
  onEdit,
  onView,
  onMeta,
  onBuild,
  onStopBuild,
  onDelete,
  readOnly,
}: {
  doc: CaseDocument;
  /** A closed case: type and level as text, no page editor, no rebuild, no delete. */
  readOnly: boolean;
  onMeta: (patch: Partial<DocumentMeta>) => void;
  buildPercent: number | null;
  onStopBuild: () => void;
  onEdit: () => void;
  /** Opens the archival PDF's pages (issue 4 "view the built PDF"). */
  onView: () => void;
  onBuild: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation('documents');
  const { t: tl } = useTranslation('letters');
  const blanks = doc.pages.filter((p) => p.blankSuggested).length;
  const typeLabel = t(`documentTypes.${doc.type}`);
  return (
    <Table.Tr data-testid="document-row" data-document-id={doc.id}>
      <Table.Td>
        {readOnly ? (
          <Text size="sm" fw={600}>
            {typeLabel}
          </Text>
        ) : (
          <Select
            size="xs"
            variant="filled"
            fw={600}
            w={180}
            aria-label={`${t('docFields.type')}: ${typeLabel}`}
            data={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`documentTypes.${v}`) }))}
            value={doc.type}
            onChange={(v) => v && v !== doc.type && onMeta({ type: v as DocumentType })}
            allowDeselect={false}
          />
        )}
        {blanks > 0 ? (
          <Badge mt={4} color="yellow" variant="light" size="sm" tt="none">
            {t('panel.blankBadge', { count: blanks })}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">{doc.pages.length}</Table.Td>
      <Table.Td>{t(`sources.${doc.source}`)}</Table.Td>
      <Table.Td>
        {readOnly ? (
          <Text size="sm">{t(`levels.${doc.developmentLevel}`)}</Text>
        ) : (
          <Select
            size="xs"
            variant="filled"
            w={100}
            aria-label={`${t('docFields.level')}: ${typeLabel}`}
            data={DEVELOPMENT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={doc.developmentLevel}
            onChange={(v) => v && v !== doc.developmentLevel && onMeta({ developmentLevel: v as DevelopmentLevel })}
            allowDeselect={false}
          />
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{uiDate(doc.receivedDate)}</Table.Td>
      <Table.Td miw={150}>
        {buildPercent !== null ? (
          <Stack gap={2}>
            <Group gap={4} justify="space-between" wrap="nowrap">
              <Text size="xs">{t('panel.buildingPdf', { percent: buildPercent })}</Text>
              <Button size="compact-xs" variant="subtle" color="red" onClick={onStopBuild}>
                {t('panel.stop')}
              </Button>
            </Group>
            <Progress value={buildPercent} size="sm" animated aria-label={t('panel.buildingPdf', { percent: buildPercent })} />
          </Stack>
        ) : doc.pdf ? (
          <Stack gap={2} align="flex-start">
            <Tooltip label={doc.pdf.searchable ? t('panel.pdfSearchable') : t('panel.pdfImageOnly')}>
              <Stack gap={0} align="flex-start">
                <Badge color="green" variant="light" tt="none" leftSection={<IconFilePdf size={12} />} data-testid="pdf-built">
                  {t('panel.pdfBuilt')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('panel.pdfSize', { size: formatBytes(doc.pdf.bytes, i18n.language), pages: doc.pdf.pages })}
                </Text>
              </Stack>
            </Tooltip>
            <Button size="compact-xs" variant="light" onClick={onView} aria-label={`${tl('viewer.viewPdf')}: ${typeLabel}`} data-testid="view-pdf">
              {tl('viewer.viewPdf')}
            </Button>
          </Stack>
        ) : (
            <Badge color="gray" variant="light" tt="none">
              {t('panel.pdfNone')}
            </Badge>
        )}
      </Table.Td>
      {readOnly ? null : (
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button size="compact-sm" variant="light" leftSection={<IconPages size={14} />} onClick={onEdit} aria-label={`${t('panel.editPages')}: ${typeLabel}`}>
              {t('panel.editPages')}
            </Button>
            <Button
              size="compact-sm"
              variant={doc.pdf ? 'subtle' : 'filled'}
              leftSection={<IconFilePdf size={14} />}
              onClick={onBuild}
              disabled={buildPercent !== null || doc.pages.length === 0}
              aria-label={`${doc.pdf ? t('panel.rebuildPdf') : t('panel.buildPdf')}: ${typeLabel}`}
            >
              {doc.pdf ? t('panel.rebuildPdf') : t('panel.buildPdf')}
            </Button>
            <Tooltip label={t('panel.deleteDocument')}>
              <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete} aria-label={`${t('panel.deleteDocument')}: ${typeLabel}`}>
                <IconTrash size={14} />
              </Button>
            </Tooltip>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
