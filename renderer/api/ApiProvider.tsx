/** Makes the connection available to every screen and keeps cached data in step with change events. */
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { Api } from '../../shared/contract';
import type { Connection } from './index';
import { invalidateFor } from './query-keys';

const ConnectionContext = createContext<Connection | null>(null);

export function ApiProvider({ connection, client, children }: { connection: Connection; client: QueryClient; children: ReactNode }) {
  useEffect(() => connection.api.onChange((event) => invalidateFor(client, event)), [connection, client]);
  return (
    <ConnectionContext.Provider value={connection}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ConnectionContext.Provider>
  );
}

function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useApi outside ApiProvider');
  return connection;
}

export const useApi = (): Api => useConnection().api;
export const useOpenProjector = () => useConnection().openProjector;
/** Browser mode: take a restarted host's new token (undefined in Electron, which has no token). */
export const useReconnect = () => useConnection().reconnect;
