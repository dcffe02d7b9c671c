/**
 * The drill-down (issue 11 §2): the cases behind a figure, by case number, each a link to its case
 * page (`caseIds` in the report maps numbers to ids; docs/reports.md) or, for the office archive,
 * to its bag's read-only view (`bags`; issue 12 §2). Paged like the archive's tables.
 */
import { Anchor, Drawer, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n';
import { hrefOf } from '../../router/routes';
import { Pager } from '../archive/Pager';
import { pageWindow } from '../archive/paging';
import { ArchivedCaseLink, type ArchivedRef } from '../office/ArchivedCaseDialog';

export interface Drill {
  what: string;
  cases: readonly string[];
}

/** A page of links fits the drawer's height at 1366×768. */
const PER_PAGE = 20;

/** Where a case number leads: this PC's case page (`caseIds`), or a bag on the share (`bags`, opened by `onOpenBag`). */
export interface CaseTargets {
  caseIds: Readonly<Record<string, string>>;
  bags: Readonly<Record<string, string>>;
  onOpenBag: (ref: ArchivedRef) => void;
}

export function CasesDrawer({ drill, targets, onClose }: { drill: Drill | null; targets: CaseTargets; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Drawer opened={drill !== null} onClose={onClose} position="right" size="md" title={drill ? t('reports.drill.title', { what: drill.what }) : ''}>
      {drill ? <CaseLinks key={drill.what} cases={drill.cases} targets={targets} count={formatCount(drill.cases.length, i18n.language)} /> : null}
    </Drawer>
  );
}

function CaseLinks({ cases, targets, count }: { cases: readonly string[]; targets: CaseTargets; count: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  if (cases.length === 0) return <Text size="sm" c="dimmed">{t('reports.drill.empty')}</Text>;
  const w = pageWindow(cases.length, page, PER_PAGE);
  return (
    <Stack gap="sm" data-testid="report-drill">
      <Text size="sm" fw={600}>{t('reports.drill.count', { n: count })}</Text>
      <Stack gap={4}>
        {cases.slice(w.start, w.end).map((n) => {
          const id = targets.caseIds[n];
          const bag = targets.bags[n];
          if (bag) return <ArchivedCaseLink key={n} bag={bag} caseNumber={n} onOpen={targets.onOpenBag} />;
          return id ? (
            <Anchor key={n} href={hrefOf({ name: 'case', id })} ff="monospace" size="sm" data-case-id={id} style={{ whiteSpace: 'nowrap' }}>
              {n}
            </Anchor>
          ) : (
            <Text key={n} ff="monospace" size="sm">{n}</Text>
          );
        })}
      </Stack>
      <Pager w={w} total={cases.length} onPage={setPage} />
    </Stack>
  );
}
