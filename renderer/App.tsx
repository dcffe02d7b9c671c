/** Routes and app-wide wiring (core events, language from settings). */
import { Button, EmptyState } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreEvents, useSettings } from './api/hooks';
import { AppLayout } from './components/AppLayout';
import { ArchivePage } from './features/archive/ArchivePage';
import { CasePage } from './features/case/CasePage';
import { EditCasePage, NewCasePage } from './features/intake/IntakePages';
import { emptyFilters, type RegisterFilters } from './features/register/filters';
import { RegisterPage } from './features/register/RegisterPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { InboxPage } from './features/inbox/InboxPage';
import { OperatorGate } from './features/operators/OperatorGate';
import { QueuePage } from './features/queue/QueuePage';
import { ReportsPage } from './features/reports/ReportsPage';
import { useStartOnQueue } from './features/queue/useStartOnQueue';
import { useRoute } from './router/hashRouter';
import { hrefOf } from './router/routes';

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  // Kept here so the register's search survives opening a case and coming back.
  const [filters, setFilters] = useState<RegisterFilters>(emptyFilters);
  useCoreEvents();
  useStartOnQueue();

  // Apply the saved language when it is loaded or changes; a switch in the header that is not
  // saved yet (profile not filled in) must not be undone by the next render.
  const savedLanguage = settings.data?.language;
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!savedLanguage || applied.current === savedLanguage) return;
    applied.current = savedLanguage;
    void i18n.changeLanguage(savedLanguage);
  }, [savedLanguage, i18n]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  let page;
  switch (route.name) {
    case 'register':
      page = <RegisterPage filters={filters} onFilters={setFilters} />;
      break;
    case 'caseNew':
      page = <NewCasePage />;
      break;
    case 'case':
      page = <CasePage key={route.id} id={route.id} />;
      break;
    case 'caseEdit':
      page = <EditCasePage key={route.id} id={route.id} />;
      break;
    case 'inbox':
      page = <InboxPage />;
      break;
    case 'queue':
      page = <QueuePage />;
      break;
    case 'settings':
      page = <SettingsPage section={route.section} />;
      break;
    case 'archive':
      page = <ArchivePage tab={route.tab} />;
      break;
    case 'reports':
      page = <ReportsPage />;
      break;
    case 'notFound':
      page = (
        <EmptyState title={t('app.notFoundTitle')} description={t('app.notFoundBody', { path: route.path })} py="xl">
          <EmptyState.Actions>
            <Button component="a" href={hrefOf({ name: 'register' })}>
              {t('app.backToRegister')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      );
      break;
  }

  return (
    <OperatorGate>
      <AppLayout route={route} fill={route.name === 'register'}>
        {page}
      </AppLayout>
    </OperatorGate>
  );
}
