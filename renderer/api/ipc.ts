/** The contract over the Electron preload bridge (`window.wethi`). */
import type { Transport } from '../../shared/api-client';
import type { WethiBridge } from '../../shared/bridge';

export const ipcTransport = (bridge: WethiBridge): Transport => ({
  invoke: (op, input) => bridge.invoke(op, input ?? {}),
  subscribe: (listener) => bridge.onChange(listener),
});
