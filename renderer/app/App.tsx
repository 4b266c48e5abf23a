/** The root: theme, language, connection; then either the control window or the projector view. */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../api';
import { ApiProvider } from '../api/ApiProvider';
import { useAuthState } from '../api/auth-state';
import { ProjectorPage } from './ProjectorPage';
import { ControlApp } from './ControlApp';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from '../ui/route';
import { ReconnectBanner } from './ReconnectBanner';
import { cssVariablesResolver, themeIn } from './theme';
import { UnauthorizedScreen } from './UnauthorizedScreen';

const newClient = () =>
  new QueryClient({
    // Change events invalidate what changed; a local host either answers or is gone, so no retries.
    defaultOptions: { queries: { staleTime: 60_000, retry: false }, mutations: { retry: false } },
  });

export function App({ connection }: { connection: Connection | null }) {
  const [client] = useState(newClient);
  const auth = useAuthState();
  const route = useRoute();
  const { t } = useTranslation();
  const [closeWindow, closeMessage] = [t('common.closeWindow'), t('common.closeMessage')];
  const theme = useMemo(() => themeIn({ closeWindow, closeMessage }), [closeWindow, closeMessage]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {/* Bottom left: after a check-in that column is empty (the search has cleared), and it stays
          clear of the counter, the latest check-ins and a drawer's buttons on the right. */}
      <Notifications position="bottom-left" limit={3} />
      <ErrorBoundary>
        {!connection || auth === 'refused' ? (
          <UnauthorizedScreen />
        ) : (
          <ApiProvider connection={connection} client={client}>
            {/* Refused after working (the host restarted): the page stays, with what was typed in it.
                The projector, in front of the hall, waits quietly for the new token. */}
            {auth === 'reconnect' && route.name !== 'projector' ? <ReconnectBanner /> : null}
            {route.name === 'projector' ? <ProjectorPage forumId={route.forumId} /> : <ControlApp route={route} />}
          </ApiProvider>
        )}
      </ErrorBoundary>
    </MantineProvider>
  );
}
