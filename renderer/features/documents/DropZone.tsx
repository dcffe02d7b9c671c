/**
 * Drag-and-drop and file picker in one box. The `accept` list only helps the picker: the core
 * decides a file's type from its content (magic bytes), never from its name.
 */
import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { IconUpload } from './icons';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

export function DropZone({
  onFiles,
  inputRef: input,
  disabled = false,
  compact = false,
}: {
  onFiles: (files: File[]) => void;
  /** The hidden file input, so an "Impor berkas" button elsewhere can open the picker. */
  inputRef: RefObject<HTMLInputElement | null>;
  disabled?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation('documents');
  const [over, setOver] = useState(false);

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  const onDragOver = (e: DragEvent) => {
    if (disabled || !hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    setOver(false);
    if (disabled) return;
    e.preventDefault();
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <Paper
      withBorder
      radius="md"
      data-testid="document-dropzone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-4)',
        background: over ? 'var(--mantine-color-blue-0)' : 'var(--mantine-color-gray-0)',
        opacity: disabled ? 0.6 : 1,
      }}
    >
      <UnstyledButton
        w="100%"
        p={compact ? 'sm' : 'md'}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        <Stack align="center" gap={4}>
          <IconUpload size={compact ? 20 : 26} color="var(--mantine-color-blue-7)" />
          <Text size="sm" c={over ? 'blue.8' : 'dimmed'} ta="center">
            {over ? t('panel.dropActive') : t('panel.dropHere')}
          </Text>
        </Stack>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="document-file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Reset so choosing the same file again (after fixing it) fires change again.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </Paper>
  );
}
