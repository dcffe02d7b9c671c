/**
 * Pages from a document camera (or a webcam) through getUserMedia: capture each page as a JPEG,
 * review, then store them as one document (issue 4, part 3: camera / document camera).
 */
import { Alert, Button, CloseButton, Group, Image, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { IconCamera } from './icons';
import { Dialog } from '../../components/Dialog';

interface Shot {
  blob: Blob;
  url: string;
}

export function CameraDialog({ opened, onClose, onSave }: { opened: boolean; onClose: () => void; onSave: (shots: Blob[]) => Promise<void> }) {
  const { t } = useTranslation('documents');
  return (
    <Dialog opened={opened} onClose={onClose} title={t('camera.title')} size="xl" centered>
      {opened ? <Camera onClose={onClose} onSave={onSave} /> : null}
    </Dialog>
  );
}

type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'error'; message: 'camera.denied' | 'camera.notFound' };

function Camera({ onClose, onSave }: { onClose: () => void; onSave: (shots: Blob[]) => Promise<void> }) {
  const { t } = useTranslation('documents');
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [shots, setShots] = useState<Shot[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    // A document camera's best picture: ask for a large frame, take what the device gives.
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 2592 }, height: { ideal: 1944 } }, audio: false })
      .then(async (s) => {
        if (stopped) {
          s.getTracks().forEach((tr) => tr.stop());
          return;
        }
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play().catch(() => undefined);
        }
        setState({ kind: 'live' });
      })
      .catch((e: unknown) => {
        const name = e instanceof DOMException ? e.name : '';
        setState({ kind: 'error', message: name === 'NotFoundError' || name === 'OverconstrainedError' ? 'camera.notFound' : 'camera.denied' });
      });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  // Every preview made, so their memory is freed when the dialog closes.
  const urls = useRef<string[]>([]);
  useEffect(() => {
    const made = urls.current;
    return () => made.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  const capture = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return;
        const url = URL.createObjectURL(blob);
        urls.current.push(url);
        setShots((all) => [...all, { blob, url }]);
      },
      'image/jpeg',
      0.92,
    );
  };

  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await onSave(shots.map((s) => s.blob));
      onClose();
    } catch (e) {
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="camera-dialog">
      <Text size="sm" c="dimmed">
        {t('camera.intro')}
      </Text>
      {state.kind === 'error' ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{t(state.message)}</Text>
        </Alert>
      ) : (
        <div style={{ position: 'relative', background: 'var(--mantine-color-dark-8)', borderRadius: 8, overflow: 'hidden' }}>
          <video ref={video} muted playsInline style={{ width: '100%', maxHeight: 360, display: 'block', objectFit: 'contain' }} data-testid="camera-video" />
          {state.kind === 'starting' ? (
            <Group gap="xs" style={{ position: 'absolute', inset: 0, justifyContent: 'center' }}>
              <Loader size="sm" color="gray" />
              <Text c="gray.3" size="sm">
                {t('camera.starting')}
              </Text>
            </Group>
          ) : null}
        </div>
      )}
      {shots.length > 0 ? (
        <>
          <Text size="sm" fw={500}>
            {t('camera.captured', { n: shots.length })}
          </Text>
          <SimpleGrid cols={6} spacing="xs">
            {shots.map((s, i) => (
              <div key={s.url} style={{ position: 'relative' }}>
                <Image src={s.url} alt={t('camera.pageAlt', { n: i + 1 })} radius="sm" h={90} fit="contain" bg="gray.1" />
                <CloseButton
                  size="sm"
                  variant="filled"
                  style={{ position: 'absolute', top: 2, right: 2 }}
                  aria-label={t('camera.removeShot', { n: i + 1 })}
                  onClick={() => {
                    URL.revokeObjectURL(s.url);
                    setShots((all) => all.filter((x) => x !== s));
                  }}
                />
              </div>
            ))}
          </SimpleGrid>
        </>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{errorMessage(failure)}</Text>
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Button leftSection={<IconCamera size={16} />} onClick={capture} disabled={state.kind !== 'live' || saving} variant="light">
          {t('camera.capture')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t('camera.cancel')}
          </Button>
          <Button onClick={() => void save()} disabled={shots.length === 0} loading={saving}>
            {t('camera.save', { n: shots.length })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
