import { expect, it } from 'vitest';
import { manualClock, openCore } from '../../support/core';
import { type Transport, runSuite, steps } from '../../support/contract-suite';
import { openHost } from '../../support/host';

async function direct(): Promise<Transport> {
  const { core } = await openCore({ now: manualClock() });
  return { name: 'direct', call: (op, input) => core.dispatch(op, input) };
}

async function overHttp(): Promise<Transport & { statuses: number[] }> {
  const { core } = await openCore({ now: manualClock() });
  const host = await openHost(core);
  const statuses: number[] = [];
  return {
    name: 'http',
    statuses,
    call: async (op, input) => {
      const res = await fetch(`${host.url}/api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input),
      });
      statuses.push(res.status);
      return res.json();
    },
  };
}

it('passes the contract suite calling the core directly', async () => {
  await runSuite(await direct());
});

it('passes the contract suite over HTTP, with 404 only for the unknown operation', async () => {
  const http = await overHttp();
  await runSuite(http);
  expect(http.statuses).toEqual(steps.map((s) => (s.op === 'forums.nuke' ? 404 : 200)));
});

it('gives the same results, errors included, over both transports', async () => {
  const [a, b] = await Promise.all([direct().then(runSuite), overHttp().then(runSuite)]);
  expect(b).toEqual(a);
  expect(a).toHaveLength(steps.length);
});
