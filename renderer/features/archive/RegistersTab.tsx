/**
 * Arsip → Daftar arsip: the ANRI registers (docs/reference.md §3) of the cases closed in a period —
 * Daftar Berkas, Daftar Isi Berkas, the physical archive register — on screen (paged) and as
 * XLSX (one workbook, a sheet per register) or CSV (the register on screen) from the core.
 */
import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { Registers } from '../../../shared/domain/archive';
import { errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useRegisters, useRegistersExport } from './api';
import { offerDownload } from './download';
import { Pager } from './Pager';
import { pageWindow } from './paging';
import { monthPeriod, normalisePeriod, type Period } from './period';
import { uiDate } from '../../i18n/dates';

type Which = 'daftar_berkas' | 'daftar_isi_berkas' | 'fisik';
type Col<R> = { key: string; render: (r: R) => string | number; w?: string | number; mono?: boolean; right?: boolean };

/** "2026-11-24 s.d. 2026-11-25" → "24 November 2026 s.d. 25 November 2026" (on screen; files keep ISO). */
function tanggalText(s: string): string {
  return s.replace(/\d{4}-\d{2}-\d{2}/g, (d) => uiDate(d));
}

const NOMOR_W = 218;
const BERKAS: Col<Registers['daftarBerkas'][number]>[] = [
  { key: 'no', render: (r) => r.no, right: true, w: 44 },
  { key: 'kodeKlasifikasi', render: (r) => r.kodeKlasifikasi, mono: true, w: 90 },
  { key: 'nomorBerkas', render: (r) => r.nomorBerkas, mono: true, w: NOMOR_W },
  { key: 'uraianInformasi', render: (r) => r.uraianInformasi },
  { key: 'kurunWaktu', render: (r) => tanggalText(r.kurunWaktu), w: 136 },
  { key: 'jumlahItem', render: (r) => r.jumlahItem, right: true, w: 64 },
  { key: 'klasifikasiKeamanan', render: (r) => r.klasifikasiKeamanan, w: 96 },
  { key: 'hasilAkhir', render: (r) => r.hasilAkhir, w: 92 },
  { key: 'keterangan', render: (r) => r.keterangan, w: 92 },
];
const ISI: Col<Registers['daftarIsiBerkas'][number]>[] = [
  { key: 'nomorBerkas', render: (r) => r.nomorBerkas, mono: true, w: NOMOR_W },
  { key: 'nomorItem', render: (r) => r.nomorItem, right: true, w: 64 },
  { key: 'kodeKlasifikasi', render: (r) => r.kodeKlasifikasi, mono: true, w: 90 },
  { key: 'uraianInformasi', render: (r) => r.uraianInformasi },
  { key: 'tanggal', render: (r) => tanggalText(r.tanggal), w: 140 },
  { key: 'jumlah', render: (r) => r.jumlah, w: 90 },
  { key: 'keterangan', render: (r) => r.keterangan, w: 110 },
];
const FISIK: Col<Registers['physical'][number]>[] = [
  { key: 'nomorBerkas', render: (r) => r.nomorBerkas, mono: true, w: NOMOR_W },
  { key: 'uraianInformasi', render: (r) => r.uraianInformasi },
  { key: 'tingkatPerkembangan', render: (r) => r.tingkatPerkembangan, w: 110 },
  { key: 'boks', render: (r) => r.boks, w: 90 },
  { key: 'folder', render: (r) => r.folder, w: 70 },
  { key: 'lokasi', render: (r) => r.lokasi, w: 150 },
  { key: 'retensiAktifSampai', render: (r) => tanggalText(r.retensiAktifSampai), w: 130 },
];

function RegisterTable<R>({ rows, cols, testId }: { rows: R[]; cols: Col<R>[]; testId: string }) {
  const { t } = useTranslation('archive');
  const [page, setPage] = useState(0);
  const w = pageWindow(rows.length, page);
  return (
    <Stack gap={4}>
      <Table striped withTableBorder withColumnBorders verticalSpacing={6} fz="sm" data-testid={testId} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            {cols.map((c) => (
              <Table.Th key={c.key} w={c.w} ta={c.right ? 'right' : undefined} fz="xs">
                {t(`registers.cols.${c.key}` as 'registers.cols.no')}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(w.start, w.end).map((r, i) => (
            <Table.Tr key={w.start + i}>
              {cols.map((c) => (
                <Table.Td key={c.key} ta={c.right ? 'right' : undefined} ff={c.mono ? 'monospace' : undefined} fz={c.mono ? 'xs' : undefined} style={c.mono ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } : { overflowWrap: 'break-word' }}
                  title={c.mono ? String(c.render(r)) : undefined}>
                  {c.render(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager w={w} total={rows.length} onPage={setPage} />
    </Stack>
  );
}

export function RegistersTab({ zone }: { zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const today = localDate(new Date(), zone);
  const [picked, setPicked] = useState<Period>(() => monthPeriod(today));
  const [which, setWhich] = useState<Which>('daftar_berkas');
  const period = normalisePeriod(picked);
  const registers = useRegisters(period?.from ?? '', period?.to ?? '', period !== null);
  const exporter = useRegistersExport();

  const download = (format: 'xlsx' | 'csv') => {
    if (!period) return;
    exporter.mutate(
      { ...period, format, register: which },
      {
        onSuccess: (file) => {
          offerDownload(file);
          notifications.show({ color: 'teal', message: t('registers.downloaded', { name: file.fileName }) });
        },
      },
    );
  };

  const data = registers.data;
  return (
    <Section title={t('registers.title')} description={t('registers.intro')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateField label={t('registers.from')} value={picked.from} onChange={(from) => setPicked((p) => ({ ...p, from }))} w={180} />
        <DateField label={t('registers.to')} value={picked.to} onChange={(to) => setPicked((p) => ({ ...p, to }))} w={180} />
        <Button variant="default" onClick={() => setPicked(monthPeriod(today))}>
          {t('registers.thisMonth')}
        </Button>
        <Button variant="default" onClick={() => setPicked(monthPeriod(today, -1))}>
          {t('registers.lastMonth')}
        </Button>
        <Group gap="xs" ml="auto">
          <Button onClick={() => download('xlsx')} loading={exporter.isPending && exporter.variables?.format === 'xlsx'} disabled={!period}>
            {t('registers.downloadXlsx')}
          </Button>
          <Button variant="light" onClick={() => download('csv')} loading={exporter.isPending && exporter.variables?.format === 'csv'} disabled={!period}>
            {t('registers.downloadCsv')}
          </Button>
        </Group>
      </Group>
      {exporter.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(exporter.error)}
        </Alert>
      ) : null}
      <SegmentedControl
        value={which}
        onChange={(v) => setWhich(v as Which)}
        data={(['daftar_berkas', 'daftar_isi_berkas', 'fisik'] as const).map((k) => ({
          value: k,
          label: `${t(`registers.sheets.${k}`)}${data ? ` (${k === 'daftar_berkas' ? data.daftarBerkas.length : k === 'daftar_isi_berkas' ? data.daftarIsiBerkas.length : data.physical.length})` : ''}`,
        }))}
        w="fit-content"
      />
      {!period ? null : registers.isPending ? (
        <Loading />
      ) : registers.isError ? (
        <LoadError error={registers.error} onRetry={() => void registers.refetch()} />
      ) : registers.data.daftarBerkas.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="registers-empty">
          {t('registers.empty')}
        </Text>
      ) : which === 'daftar_berkas' ? (
        <RegisterTable key={`b-${period.from}-${period.to}`} rows={registers.data.daftarBerkas} cols={BERKAS} testId="register-daftar_berkas" />
      ) : which === 'daftar_isi_berkas' ? (
        <RegisterTable key={`i-${period.from}-${period.to}`} rows={registers.data.daftarIsiBerkas} cols={ISI} testId="register-daftar_isi_berkas" />
      ) : (
        <RegisterTable key={`f-${period.from}-${period.to}`} rows={registers.data.physical} cols={FISIK} testId="register-fisik" />
      )}
    </Section>
  );
}
