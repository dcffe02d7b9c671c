/** Renderer entry: providers (Mantine, dates in Indonesian, notifications, TanStack Query, i18n). */
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import 'dayjs/locale/id';
import 'dayjs/locale/en';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ApiError } from './api/client';
import { App } from './App';
import { i18n } from './i18n';
import { localizedTheme } from './theme';
import { cssVariablesResolver } from './themeContrast';

// The CSP forbids eval; zod would probe for it (and log a violation) to compile fast parsers.
z.config({ jitless: true });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The core is local: data changes only through it, and it announces changes (cases.changed).
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Validation, not-found and corrupt-file answers will not improve by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.code !== 'storage' && error.code !== 'internal') && count < 2,
    },
    mutations: { retry: false },
  },
});

/** Mantine's date pickers follow the UI language; the week starts on Monday (Senin) in Indonesia. */
function Dates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/** Mantine with the theme whose built-in button names follow the UI language. */
function Themed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // react-i18next gives a new `t` when the language changes.
  const theme = useMemo(() => localizedTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Themed>
        <Dates>
          <Notifications position="top-right" limit={3} />
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </Dates>
      </Themed>
    </I18nextProvider>
  </StrictMode>,
);
