/**
 * The letterhead logo in Settings → Surat: upload a PNG/JPEG (the core checks it from its bytes and
 * stores it, `letters.logo`), or remove it. The form keeps the blob hash; the live preview shows the
 * logo on the letter, and it applies once the settings are saved.
 */
import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api/client';
import { base64Of } from '../documents/upload';

export function LogoField({ logo, onChange, error }: { logo: string; onChange: (logo: string) => void; error?: string }) {
  const { t } = useTranslation('letters');
  const [thumb, setThumb] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => call('letters.logo', { data: await base64Of(file) }),
    onSuccess: (r) => {
      setThumb(r.dataUrl);
      onChange(r.logo);
    },
  });
  const problem = upload.isError ? errorMessage(upload.error) : error;
  return (
    <Stack gap={4} data-testid="logo-field">
      <Text size="sm" fw={500}>
        {t('settings.logo')}
      </Text>
      <Group gap="sm" align="center">
        {thumb && logo ? <Image src={thumb} alt={t('settings.logo')} w={48} h={48} fit="contain" /> : null}
        <Text size="xs" c="dimmed">
          {logo ? t('settings.logoSet') : t('settings.logoNone')}
        </Text>
        <FileButton onChange={(f) => f && upload.mutate(f)} accept="image/png,image/jpeg">
          {(props) => (
            <Button {...props} size="xs" variant="light" loading={upload.isPending}>
              {logo ? t('settings.logoReplace') : t('settings.logoUpload')}
            </Button>
          )}
        </FileButton>
        {logo ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => { setThumb(null); onChange(''); }}>
            {t('settings.logoRemove')}
          </Button>
        ) : null}
      </Group>
      {problem ? (
        <Text size="xs" c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  );
}
