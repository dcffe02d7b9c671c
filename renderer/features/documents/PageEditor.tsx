/**
 * The page editor: thumbnails of one document's pages to rotate, reorder (drag, or the arrow
 * buttons from the keyboard), delete, and split into several documents (one ADF batch holding the
 * letter and the SK). Blank-looking pages are flagged for the admin, never removed silently
 * (issue 4, part 4). Edits are collected here and sent to the core only on "Simpan susunan".
 */
import { Alert, Badge, Box, Button, Divider, Group, Image, Loader, Modal, Paper, Select, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract/contract';
import { DOCUMENT_TYPES, type CaseDocument, type DocumentType } from '../../../shared/domain/document';
import { call, errorMessage } from '../../api/client';
import { documentKeys } from '../../api/queryKeys';
import { IconTrash } from '../../components/icons';
import { IconChevronRight, IconChevronLeft, IconRotateLeft, IconRotateRight, IconScissors } from './icons';
import {
  arrangedParts, initialArrangement, move, partOf, planEdits, rotate, setPartType, toggleRemoved, toggleSplit, type Arrangement, type EditorPage,
} from './pageArrangement';

type Saved = (out?: MethodOutput<'documents.list'>) => void;

export function PageEditor({ caseId, doc, onClose, onSaved }: { caseId: string; doc: CaseDocument; onClose: () => void; onSaved: Saved }) {
  const { t } = useTranslation('documents');
  const [arrangement, setArrangement] = useState<Arrangement>(() => initialArrangement(doc.pages, doc.type));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const typeLabel = t(`documentTypes.${doc.type}`);
  const blanks = arrangement.pages.filter((p) => p.blank && !p.removed).length;
  const parts = partOf(arrangement);
  const result = arrangedParts(arrangement);

  const doMove = (from: number, to: number) => {
    const next = move(arrangement, from, to);
    if (next === arrangement) return;
    setArrangement(next);
    setAnnounce(t('editor.moved', { from: from + 1, to: to + 1 }));
  };

  const save = async () => {
    if (!result.ok) return;
    const edits = planEdits(doc.pages, result.parts);
    if (edits.length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      // One core call per kind of edit; each is saved durably on its own (the order keeps page ids valid).
      for (const e of edits) {
        let out: MethodOutput<'documents.list'>;
        switch (e.kind) {
          case 'delete':
            out = await call('documents.deletePages', { caseId, pageIds: e.pageIds });
            break;
          case 'rotate':
            out = await call('documents.rotatePages', { caseId, pageIds: e.pageIds, turn: e.turn });
            break;
          case 'reorder':
            out = await call('documents.reorderPages', { caseId, documentId: doc.id, pageIds: e.pageIds });
            break;
          case 'split':
            out = await call('documents.split', { caseId, documentId: doc.id, fromPageId: e.fromPageId, type: e.type });
            break;
        }
        onSaved(out);
      }
      notifications.show({
        color: 'green',
        message: result.parts.length > 1 ? t('editor.savedSplit', { n: result.parts.length }) : t('editor.saved'),
      });
      onClose();
    } catch (e) {
      // What was saved before the failure stays saved; the list shows the document as it now is.
      onSaved();
      setFailure(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  // Pages grouped by the document they will belong to, keeping their global positions.
  const groups: { part: number; items: { page: EditorPage; index: number }[] }[] = [];
  arrangement.pages.forEach((page, index) => {
    const part = parts[index] ?? 0;
    const group = groups[groups.length - 1];
    if (group && group.part === part) group.items.push({ page, index });
    else groups.push({ part, items: [{ page, index }] });
  });

  return (
    <Modal opened onClose={onClose} title={t('editor.title', { type: typeLabel })} size="calc(100vw - 80px)" centered closeOnClickOutside={false}>
      <Stack gap="sm" data-testid="page-editor">
        <Text size="sm" c="dimmed">
          {t('editor.intro')} {t('editor.dragHint')}
        </Text>
        {blanks > 0 ? (
          <Alert color="yellow" variant="light" py="xs" data-testid="blank-summary">
            <Text size="sm">{t('editor.blankSummary', { n: blanks })}</Text>
          </Alert>
        ) : null}
        <Box aria-live="polite" className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {announce}
        </Box>
        <Stack gap="xs" mah="calc(100vh - 300px)" style={{ overflowY: 'auto' }} pr={4}>
          {groups.map((g) => (
            <Stack key={`${g.part}-${g.items[0]?.page.id ?? ''}`} gap={6}>
              {groups.length > 1 ? (
                <Group gap="sm" align="center">
                  <Text fw={600} size="sm">
                    {t('editor.part', { n: g.part + 1 })}
                  </Text>
                  {g.part === 0 ? (
                    // The first part stays this document, with its type.
                    <Text size="sm">{typeLabel}</Text>
                  ) : (
                    <Select
                      aria-label={t('editor.partType', { n: g.part + 1 })}
                      size="xs"
                      w={200}
                      data={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`documentTypes.${v}`) }))}
                      value={arrangement.partTypes[g.part] ?? 'supplementary'}
                      onChange={(v) => v && setArrangement(setPartType(arrangement, g.part, v as DocumentType))}
                      allowDeselect={false}
                    />
                  )}
                  <Divider style={{ flex: 1 }} />
                </Group>
              ) : null}
              <SimpleGrid cols={6} spacing="sm">
                {g.items.map(({ page, index }) => (
                  <PageCard
                    key={page.id}
                    caseId={caseId}
                    page={page}
                    storedRotation={doc.pages.find((p) => p.id === page.id)?.rotation ?? 0}
                    index={index}
                    count={arrangement.pages.length}
                    dragging={dragFrom === index}
                    onDragStart={() => setDragFrom(index)}
                    onDropOn={() => {
                      if (dragFrom !== null) doMove(dragFrom, index);
                      setDragFrom(null);
                    }}
                    onMove={(to) => doMove(index, to)}
                    onRotate={(d) => setArrangement(rotate(arrangement, index, d))}
                    onRemove={() => setArrangement(toggleRemoved(arrangement, index))}
                    onSplit={() => setArrangement(toggleSplit(arrangement, index))}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
        {!result.ok ? (
          <Alert color="orange" variant="light" py="xs">
            <Text size="sm">{result.problem === 'all_removed' ? t('editor.allRemoved') : t('editor.emptyPart')}</Text>
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" variant="light" title={t('editor.failedTitle')} role="alert">
            <Text size="sm">{failure}</Text>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t('editor.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving} disabled={!result.ok}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PageCard(props: {
  caseId: string;
  page: EditorPage;
  storedRotation: number;
  index: number;
  count: number;
  dragging: boolean;
  onDragStart: () => void;
  onDropOn: () => void;
  onMove: (to: number) => void;
  onRotate: (direction: 1 | -1) => void;
  onRemove: () => void;
  onSplit: () => void;
}) {
  const { t } = useTranslation('documents');
  const { page, index } = props;
  const n = index + 1;
  // Thumbnails come with the stored rotation applied; the unsaved turn is shown by CSS.
  const thumb = useQuery({
    queryKey: documentKeys.thumbnail(props.caseId, page.id, props.storedRotation),
    queryFn: () => call('documents.thumbnail', { caseId: props.caseId, pageId: page.id, size: 240 }),
    staleTime: Infinity,
  });
  const extra = (((page.rotation - props.storedRotation) % 360) + 360) % 360;
  const border = page.removed ? 'var(--mantine-color-red-5)' : page.blank ? 'var(--mantine-color-yellow-5)' : 'var(--mantine-color-gray-3)';
  const allow = (e: DragEvent) => e.preventDefault();

  return (
    <Paper
      withBorder
      radius="md"
      p={6}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        props.onDragStart();
      }}
      onDragOver={allow}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropOn();
      }}
      style={{ borderColor: border, borderWidth: page.removed || page.blank ? 2 : 1, opacity: props.dragging ? 0.4 : 1, cursor: 'grab' }}
      data-testid="page-card"
      data-page-id={page.id}
      aria-label={t('editor.page', { n })}
      role="group"
    >
      <Stack gap={4}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="xs" fw={600}>
            {t('editor.page', { n })}
          </Text>
          {page.removed ? (
            <Badge size="xs" color="red" variant="light" tt="none">
              {t('editor.removed')}
            </Badge>
          ) : page.blank ? (
            <Tooltip label={t('editor.blankHint')} multiline w={240}>
              <Badge size="xs" color="yellow" variant="light" tt="none" data-testid="blank-badge">
                {t('editor.blank')}
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
        {index > 0 && page.splitBefore ? (
          <Badge size="xs" color="grape" variant="light" tt="none" leftSection={<IconScissors size={10} />}>
            {t('editor.splitMark')}
          </Badge>
        ) : null}
        <Box h={124} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'var(--mantine-color-gray-1)', borderRadius: 4, overflow: 'hidden' }}>
          {thumb.data ? (
            <Image
              src={thumb.data.dataUrl}
              alt={t('editor.pageAlt', { n })}
              fit="contain"
              mah={extra === 90 || extra === 270 ? 90 : 124}
              maw="100%"
              draggable={false}
              style={{ transform: `rotate(${extra}deg)`, transition: 'transform 120ms', opacity: page.removed ? 0.35 : 1 }}
            />
          ) : thumb.isError ? (
            <Text size="xs" c="red" p={4}>
              {errorMessage(thumb.error)}
            </Text>
          ) : (
            <Loader size="xs" aria-label={t('editor.loadingPage')} />
          )}
        </Box>
        <Group gap={2} justify="center" wrap="nowrap">
          <Tooltip label={t('editor.moveUp', { n })}>
            <Button size="compact-xs" variant="subtle" px={4} aria-label={t('editor.moveUp', { n })} disabled={index === 0} onClick={() => props.onMove(index - 1)}>
              <IconChevronLeft size={14} />
            </Button>
          </Tooltip>
          <Tooltip label={t('editor.rotateLeft', { n })}>
            <Button size="compact-xs" variant="subtle" px={4} aria-label={t('editor.rotateLeft', { n })} onClick={() => props.onRotate(-1)}>
              <IconRotateLeft size={14} />
            </Button>
          </Tooltip>
          <Tooltip label={t('editor.rotateRight', { n })}>
            <Button size="compact-xs" variant="subtle" px={4} aria-label={t('editor.rotateRight', { n })} onClick={() => props.onRotate(1)}>
              <IconRotateRight size={14} />
            </Button>
          </Tooltip>
          <Tooltip label={page.removed ? t('editor.restore', { n }) : t('editor.remove', { n })}>
            <Button
              size="compact-xs"
              variant={page.removed ? 'light' : 'subtle'}
              color="red"
              px={4}
              aria-label={page.removed ? t('editor.restore', { n }) : t('editor.remove', { n })}
              aria-pressed={page.removed}
              onClick={props.onRemove}
            >
              <IconTrash size={14} />
            </Button>
          </Tooltip>
          <Tooltip label={t('editor.moveDown', { n })}>
            <Button
              size="compact-xs"
              variant="subtle"
              px={4}
              aria-label={t('editor.moveDown', { n })}
              disabled={index === props.count - 1}
              onClick={() => props.onMove(index + 1)}
            >
              <IconChevronRight size={14} />
            </Button>
          </Tooltip>
        </Group>
        {index > 0 ? (
          <Button
            size="compact-xs"
            variant={page.splitBefore ? 'light' : 'default'}
            color="grape"
            leftSection={<IconScissors size={12} />}
            aria-pressed={page.splitBefore}
            onClick={props.onSplit}
          >
            {page.splitBefore ? t('editor.unsplit', { n }) : t('editor.splitBefore', { n })}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
