/** The virtualised register: only the rows on screen are in the DOM, pages load as they appear. */
import { Badge, Skeleton, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseSummary } from '../../../shared/domain/case';
import { formatNip } from '../../../shared/nip';
import { StatusBadge } from '../../components/StatusBadge';
import { navigate } from '../../router/hashRouter';
import { hrefOf } from '../../router/routes';
import { rowAt } from './paging';
import classes from './RegisterTable.module.css';
import { uiDate, uiTime } from '../../i18n/dates';

const ROW_HEIGHT = 40;

interface Props {
  total: number;
  pages: ReadonlyMap<number, readonly CaseSummary[]>;
  zone: ZonaWaktu;
  refreshing: boolean;
  onVisibleChange: (range: { first: number; last: number }) => void;
}

export function RegisterTable({ total, pages, zone, refreshing, onVisibleChange }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's instance is read during render by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    onVisibleChange({ first, last });
  }, [first, last, onVisibleChange]);

  const columns = [
    t('register.columns.caseNumber'),
    t('register.columns.receivedAt'),
    t('register.columns.name'),
    t('register.columns.nip'),
    t('register.columns.userId'),
    t('register.columns.kind'),
    t('register.columns.status'),
  ];

  return (
    <div className={classes.table} role="table" aria-label={t('register.title')} aria-rowcount={total + 1} data-testid="register-table">
      <div className={`${classes.grid} ${classes.head}`} role="row" aria-rowindex={1}>
        {columns.map((c) => (
          <div key={c} role="columnheader" className={classes.cell}>
            {c}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={`${classes.scroller} ${refreshing ? classes.refreshing : ''}`} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = rowAt(pages, v.index);
            const style = { transform: `translateY(${v.start}px)` };
            if (!row)
              return (
                <div key={v.key} className={`${classes.grid} ${classes.row}`} style={style} role="row" aria-rowindex={v.index + 2} aria-busy>
                  <Skeleton height={10} radius="sm" aria-label={t('register.rowLoading')} />
                  <Skeleton height={10} radius="sm" />
                  <Skeleton height={10} radius="sm" />
                  <Skeleton height={10} radius="sm" />
                  <Skeleton height={10} radius="sm" />
                  <Skeleton height={10} radius="sm" />
                  <Skeleton height={10} radius="sm" />
                </div>
              );
            const open = () => navigate(hrefOf({ name: 'case', id: row.id }));
            return (
              <div
                key={v.key}
                className={`${classes.grid} ${classes.row}`}
                style={style}
                role="row"
                aria-rowindex={v.index + 2}
                tabIndex={0}
                aria-label={t('register.openCase', { caseNumber: row.caseNumber })}
                data-case-id={row.id}
                onClick={open}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open();
                  }
                }}
              >
                <div role="cell" className={classes.cell} title={row.caseNumber}>
                  <Text span fz={13} fw={600} className={classes.mono}>
                    {row.caseNumber}
                  </Text>
                </div>
                <div role="cell" className={`${classes.cell} ${classes.mono}`} title={uiTime(row.receivedAt, zone)}>
                  {uiDate(localDate(new Date(row.receivedAt), zone))}
                </div>
                <div role="cell" className={classes.cell} title={`${row.name} — ${row.agency}`}>
                  {row.name}
                </div>
                <div role="cell" className={`${classes.cell} ${classes.mono}`}>
                  {formatNip(row.nip)}
                </div>
                <div role="cell" className={classes.cell} title={row.userId}>
                  {row.userId}
                </div>
                <div role="cell" className={classes.cell} title={t(`kind.${row.kind}`)}>
                  {t(`kindShort.${row.kind}`)}
                </div>
                <div role="cell" className={classes.cell}>
                  {/* Issue 12 §5: a case handed over is another workstation's work now. */}
                  {row.handedOverTo ? (
                    <Badge color="gray" variant="outline" size="sm" radius="sm" tt="none" maw="100%" title={t('register.handedOverTitle', { to: row.handedOverTo })}>
                      {t('register.handedOver', { to: row.handedOverTo })}
                    </Badge>
                  ) : (
                    <StatusBadge status={row.status} size="sm" short />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
