/**
 * Outputs of our own handlers: checked strictly wherever tests run (an extra key the schema would
 * strip, or a value it would change, is a handler bug and fails), and not re-validated in
 * production, where the same handlers run unchanged.
 */
import { expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import { CHECK_OUTPUTS_BY_DEFAULT, dispatch } from '../../../electron/core/dispatch';
import { openCore } from '../../support/core';

it('is on in every test run', () => {
  expect(CHECK_OUTPUTS_BY_DEFAULT).toBe(true);
});

it('refuses a handler output with a key its schema would strip, or a value it would change', async () => {
  const t = await openCore();
  const forum = await t.call('forums.create', { title: 'เวที', date: '2026-11-23' });
  const get = t.core.handlers['forums.get'];
  const withSecret = { ...t.core.handlers, 'forums.get': async (input: { id: string }) => ({ ...(await get(input)), phone: '0812345678' }) } as Handlers;
  const broken = { ...t.core.handlers, 'forums.get': async (input: { id: string }) => ({ ...(await get(input)), title: 42 }) } as unknown as Handlers;

  expect(await dispatch(t.core.handlers, 'forums.get', { id: forum.id })).toMatchObject({ ok: true, value: { id: forum.id } });
  expect(await dispatch(withSecret, 'forums.get', { id: forum.id })).toMatchObject({
    ok: false,
    error: { code: 'internal', message: expect.stringContaining('not exactly what its schema describes') },
  });
  expect(await dispatch(broken, 'forums.get', { id: forum.id })).toMatchObject({ ok: false, error: { code: 'internal' } });

  // Production: the handler's own value, unchecked (the tests above are what keep it right).
  const unchecked = await dispatch(withSecret, 'forums.get', { id: forum.id }, false);
  expect(unchecked).toMatchObject({ ok: true, value: { id: forum.id, phone: '0812345678' } });
});
