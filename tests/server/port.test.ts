/**
 * The host comes back at the same address after a restart (no --port): the port is remembered
 * next to the database, so pages left open in the browser can reconnect with the new token.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../../electron/server/host';
import { portFileOf, startAtRememberedPort } from '../../electron/server/port';
import { openCore } from '../support/core';
import { tempDir } from '../support/temp';

const portOf = (url: string) => Number(new URL(url).port);

describe('the host port across restarts', () => {
  it('a restart on the same database listens on the same port, with a new token', async () => {
    const { core } = await openCore();
    const file = portFileOf(path.join(tempDir(), 'wethi.db'));
    const first = await startAtRememberedPort(file, undefined, (port) => startHost({ core, port }));
    await first.close();
    const second = await startAtRememberedPort(file, undefined, (port) => startHost({ core, port }));
    try {
      expect(portOf(second.url)).toBe(portOf(first.url));
      expect(second.token).not.toBe(first.token);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(String(portOf(first.url)));
    } finally {
      await second.close();
    }
  });

  it('a remembered port taken by something else gives way to a free one, which is remembered', async () => {
    const { core } = await openCore();
    const file = portFileOf(path.join(tempDir(), 'wethi.db'));
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as net.AddressInfo).port;
    fs.writeFileSync(file, `${taken}\n`);
    const host = await startAtRememberedPort(file, undefined, (port) => startHost({ core, port }));
    try {
      expect(portOf(host.url)).not.toBe(taken);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(String(portOf(host.url)));
    } finally {
      await host.close();
      squatter.close();
    }
  });

  it('an explicit --port is used as given and not remembered', async () => {
    const { core } = await openCore();
    const file = portFileOf(path.join(tempDir(), 'wethi.db'));
    const host = await startAtRememberedPort(file, 0, (port) => startHost({ core, port }));
    await host.close();
    expect(fs.existsSync(file)).toBe(false);
  });
});
