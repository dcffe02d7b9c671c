/**
 * The scan dialog: choose a scanner (SANE, WIA or NAPS2, whichever this PC has), the paper source
 * (ADF or flatbed), resolution, colour mode and duplex, then follow the job page by page. Each
 * complete page is stored in the case as it arrives, so a jam or a stop keeps what was scanned;
 * the scanner's faults come with the core's Indonesian message saying what to do.
 */
import { Alert, Button, Checkbox, Group, Loader, Progress, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanJob, ScanMode, ScanSource } from '../../../shared/contract/features/scanning';
import { DOCUMENT_TYPES, type DocumentMeta, type DocumentType } from '../../../shared/domain/document';
import { call, errorMessage } from '../../api/client';
import { useCoreEvent } from './coreEvents';
import { documentKeys } from '../../api/queryKeys';
import { Dialog } from '../../components/Dialog';

const MODE_LABEL: Record<ScanMode, 'scan.modeGray' | 'scan.modeColor' | 'scan.modeLineart'> = {
  gray: 'scan.modeGray',
  color: 'scan.modeColor',
  lineart: 'scan.modeLineart',
};
const FINISHED: readonly ScanJob['state'][] = ['completed', 'failed', 'cancelled'];

interface Choice {
  source: ScanSource;
  resolution: number;
  mode: ScanMode;
  duplex: boolean;
}

export function ScanDialog({
  opened,
  onClose,
  caseId,
  meta,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  caseId: string;
  meta: DocumentMeta;
  /** Pages were stored in the case (called as they arrive). */
  onSaved: () => void;
}) {
  const { t } = useTranslation('documents');
  return (
    <Dialog opened={opened} onClose={onClose} title={t('scan.title')} size="lg" centered>
      {opened ? <ScanForm caseId={caseId} meta={meta} onSaved={onSaved} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ScanForm({ caseId, meta, onSaved, onClose }: { caseId: string; meta: DocumentMeta; onSaved: () => void; onClose: () => void }) {
  const { t } = useTranslation('documents');
  const qc = useQueryClient();
  const devices = useQuery({ queryKey: documentKeys.devices, queryFn: () => call('scanning.devices', { refresh: false }) });
  const preferred = useQuery({ queryKey: documentKeys.scanningSettings, queryFn: () => call('scanning.settings.get', {}) });
  const refresh = useMutation({
    mutationFn: () => call('scanning.devices', { refresh: true }),
    onSuccess: (out) => qc.setQueryData(documentKeys.devices, out),
  });
  const list = devices.data?.devices ?? [];
  const pref = preferred.data?.settings.preferredScanner ?? null;

  const [deviceId, setDeviceId] = useState<string | null>(null);
  const device = deviceId ?? (pref && list.some((d) => d.id === pref.deviceId) ? pref.deviceId : (list[0]?.id ?? null));
  const caps = useQuery({
    queryKey: documentKeys.capabilities(device ?? ''),
    queryFn: () => call('scanning.capabilities', { deviceId: device ?? '' }),
    enabled: device !== null,
  });
  const [choice, setChoice] = useState<Choice | null>(null);
  const [type, setType] = useState<DocumentType>(meta.type);
  const [failure, setFailure] = useState<unknown>(null);

  // The device's defaults, or the saved preference when it is for this device, once capabilities are known.
  const c = caps.data;
  const current: Choice | null =
    choice ??
    (c
      ? pref && pref.deviceId === c.deviceId
        ? { source: pref.source, resolution: pref.resolution, mode: pref.mode, duplex: pref.duplex && c.duplex }
        : { source: c.defaults.source, resolution: c.defaults.resolution, mode: c.defaults.mode, duplex: false }
      : null);
  const set = (patch: Partial<Choice>) => current && setChoice({ ...current, ...patch });

  // Every job's latest state from its events, kept even before `scanning.start` has answered: a quick
  // failure (a jam on the first sheet) can be announced first and must not be missed.
  const [jobs, setJobs] = useState<Record<string, ScanJob>>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const job = jobId ? (jobs[jobId] ?? null) : null;
  useCoreEvent('scanning.job', (j) => {
    if (j.caseId === caseId) setJobs((all) => ({ ...all, [j.id]: j }));
  });
  const began = (j: ScanJob) => {
    // The answer to start is the job's first state: an event already received is newer.
    setJobs((all) => (all[j.id] ? all : { ...all, [j.id]: j }));
    setJobId(j.id);
  };
  // Pages are stored as they arrive: refresh the case's documents then, and at the end.
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });
  const pagesSaved = job?.pagesSaved ?? 0;
  const ended = job !== null && FINISHED.includes(job.state);
  useEffect(() => {
    if (pagesSaved > 0 || ended) onSavedRef.current();
  }, [pagesSaved, ended]);

  // `into`: append to that document (flatbed page by page, or the pages left after a jam).
  const start = useMutation({
    mutationFn: (into: string | null) => {
      if (!device || !current) throw new Error('no device');
      setFailure(null);
      return call('scanning.start', {
        ...(into ? { documentId: into } : {}),
        caseId,
        deviceId: device,
        documentType: type,
        developmentLevel: meta.developmentLevel,
        source: current.source,
        resolution: current.resolution,
        mode: current.mode,
        duplex: current.source === 'adf' && current.duplex,
      });
    },
    onSuccess: began,
    onError: setFailure,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => call('scanning.cancel', { jobId: id }),
    onSuccess: (j) => setJobs((all) => ({ ...all, [j.id]: FINISHED.includes(all[j.id]?.state ?? 'starting') ? (all[j.id] ?? j) : j })),
    onError: setFailure,
  });

  const running = job !== null && !FINISHED.includes(job.state);

  const unavailable = (devices.data?.backends ?? []).filter((b) => !b.available && b.message);

  return (
    <Stack gap="sm" data-testid="scan-dialog">
      {devices.isPending || refresh.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('scan.searching')}
          </Text>
        </Group>
      ) : null}
      {devices.isError ? <Alert color="red" variant="light">{errorMessage(devices.error)}</Alert> : null}
      {devices.data && list.length === 0 && !refresh.isPending ? (
        <Alert color="yellow" variant="light" data-testid="no-scanner">
          <Text size="sm">{t('scan.noDevices')}</Text>
        </Alert>
      ) : null}
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={t('scan.device')}
          placeholder={t('scan.devicePlaceholder')}
          data={list.map((d) => ({ value: d.id, label: d.label }))}
          value={device}
          onChange={(v) => {
            setDeviceId(v);
            setChoice(null);
          }}
          allowDeselect={false}
          disabled={running}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={() => refresh.mutate()} loading={refresh.isPending} disabled={running}>
          {t('scan.refresh')}
        </Button>
      </Group>
      {unavailable.length > 0 ? (
        <Stack gap={0}>
          {unavailable.map((b) => (
            <Text key={b.backend} size="xs" c="dimmed">
              {b.message}
            </Text>
          ))}
        </Stack>
      ) : null}
      {caps.isError ? <Alert color="red" variant="light">{errorMessage(caps.error)}</Alert> : null}
      {c && current ? (
        <>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('scan.source')}
            </Text>
            <SegmentedControl
              fullWidth
              disabled={running}
              value={current.source}
              onChange={(v) => set({ source: v as ScanSource })}
              data={c.sources.map((s) => ({ value: s, label: s === 'adf' ? t('scan.sourceAdf') : t('scan.sourceFlatbed') }))}
            />
          </div>
          <Group grow gap="sm" align="flex-start">
            <Select
              label={t('scan.resolution')}
              data={c.resolutions.map((r) => ({ value: String(r), label: t('scan.dpi', { n: r }) }))}
              value={String(current.resolution)}
              onChange={(v) => v && set({ resolution: Number(v) })}
              allowDeselect={false}
              disabled={running}
            />
            <Select
              label={t('scan.mode')}
              data={c.modes.map((m) => ({ value: m, label: t(MODE_LABEL[m]) }))}
              value={current.mode}
              onChange={(v) => v && set({ mode: v as ScanMode })}
              allowDeselect={false}
              disabled={running}
            />
          </Group>
          {c.duplex && current.source === 'adf' ? (
            <Checkbox
              label={t('scan.duplex')}
              description={t('scan.duplexHint')}
              checked={current.duplex}
              onChange={(e) => set({ duplex: e.currentTarget.checked })}
              disabled={running}
            />
          ) : null}
          <Select
            label={t('scan.recordAs')}
            data={DOCUMENT_TYPES.map((v) => ({ value: v, label: t(`documentTypes.${v}`) }))}
            value={type}
            onChange={(v) => v && setType(v as DocumentType)}
            allowDeselect={false}
            disabled={running}
          />
        </>
      ) : device !== null && caps.isPending ? (
        <Loader size="sm" />
      ) : null}

      {job ? <JobStatus job={job} /> : null}
      {failure ? (
        <Alert color="red" variant="light" title={t('scan.failedTitle')} role="alert">
          <Text size="sm">{errorMessage(failure)}</Text>
        </Alert>
      ) : null}

      <Group justify="flex-end" mt="xs">
        {running ? (
          <Button color="red" variant="light" onClick={() => job && cancel.mutate(job.id)} loading={cancel.isPending}>
            {t('scan.cancel')}
          </Button>
        ) : (
          <>
            <Button variant="default" onClick={onClose}>
              {t('scan.close')}
            </Button>
            {job?.documentId ? (
              <Button variant="light" onClick={() => start.mutate(job.documentId)} loading={start.isPending} disabled={!device || !current}>
                {t('scan.continue')}
              </Button>
            ) : null}
            <Button onClick={() => start.mutate(null)} loading={start.isPending} disabled={!device || !current}>
              {job?.documentId ? t('scan.startNew') : t('scan.start')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

function JobStatus({ job }: { job: ScanJob }) {
  const { t } = useTranslation('documents');
  if (job.state === 'failed')
    return (
      <Alert color="red" variant="light" title={t('scan.failedTitle')} role="alert" data-testid="scan-fault">
        <Text size="sm">{job.fault?.message ?? job.note}</Text>
        {job.pagesSaved > 0 ? (
          <Text size="sm" mt={4}>
            {t('scan.pagesDone', { n: job.pagesSaved })}
          </Text>
        ) : null}
      </Alert>
    );
  if (job.state === 'cancelled')
    return (
      <Alert color="gray" variant="light" data-testid="scan-cancelled">
        {/* The core's note says exactly what was kept and what to rescan; ours is the fallback. */}
        <Text size="sm">{job.note || t('scan.cancelled')}</Text>
      </Alert>
    );
  if (job.state === 'completed')
    return (
      <Alert color="green" variant="light" data-testid="scan-done">
        <Text size="sm">{t('scan.done', { n: job.pagesSaved, type: t(`documentTypes.${job.documentType}`) })}</Text>
      </Alert>
    );
  const status =
    job.pagePercent !== null
      ? t('scan.scanningPage', { n: job.pagesScanned + 1, percent: Math.round(job.pagePercent) })
      : job.pagesScanned > 0
        ? t('scan.scanned', { n: job.pagesScanned })
        : t('scan.starting');
  return (
    <Stack gap={4} data-testid="scan-progress">
      <Group justify="space-between">
        {/* The scanner may run ahead of the saving: say what each side has done. */}
        <Text size="sm">{status}</Text>
        <Text size="sm" c="dimmed">
          {t('scan.pagesDone', { n: job.pagesSaved })}
        </Text>
      </Group>
      <Progress value={job.pagePercent ?? 100} animated={job.pagePercent === null} size="md" aria-label={status} />
    </Stack>
  );
}
