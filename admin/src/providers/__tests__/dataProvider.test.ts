import { CSRF_COOKIE, CSRF_HEADER } from '@dev-coach/frontend-api';
import { afterEach, describe, expect, it } from 'vitest';
import { userFixture } from '../../test/fixtures';
import type { User } from '../../users/types';
import { clearCookie, json, setCookie, stubFetch } from '../../test/fetchStub';
import { createDataProvider } from '../dataProvider';

const USER_URL = '/api/v1/admin/users/3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

describe('dataProvider.update', () => {
  it('should send a PATCH with only the changed fields when a user is edited', async () => {
    const previous = userFixture();
    const { calls } = stubFetch({
      [`PATCH ${USER_URL}`]: () => json(200, { ...previous, firstName: 'Annie' }),
    });

    const { data } = await createDataProvider().update<User>('users', {
      id: previous.id,
      data: { ...previous, firstName: 'Annie' },
      previousData: previous,
    });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('PATCH');
    expect(calls[0]?.body).toEqual({ firstName: 'Annie' });
    expect(data).toMatchObject({ firstName: 'Annie' });
  });

  it('should leave out read-only fields when the form changed them', async () => {
    const previous = userFixture();
    const { calls } = stubFetch({ [`PATCH ${USER_URL}`]: () => json(200, previous) });

    await createDataProvider().update('users', {
      id: previous.id,
      data: { ...previous, isActive: false, emailVerified: false, email: 'x@example.com', updatedAt: 'now' },
      previousData: previous,
    });

    expect(calls[0]?.body).toEqual({ isActive: false });
  });

  it('should send an empty string when a name was cleared in the form', async () => {
    const previous = userFixture();
    const { calls } = stubFetch({ [`PATCH ${USER_URL}`]: () => json(200, { ...previous, lastName: '' }) });

    await createDataProvider().update('users', {
      id: previous.id,
      data: { ...previous, lastName: null },
      previousData: previous,
    });

    expect(calls[0]?.body).toEqual({ lastName: '' });
  });

  it('should not call the API when nothing changed', async () => {
    const previous = userFixture();
    const { calls } = stubFetch({});

    const { data } = await createDataProvider().update<User>('users', {
      id: previous.id,
      data: { ...previous },
      previousData: previous,
    });

    expect(calls).toEqual([]);
    expect(data).toBe(previous);
  });
});

describe('dataProvider.updateMany', () => {
  it('should PATCH each record with the writable fields when several users are updated', async () => {
    const { calls } = stubFetch({
      'PATCH /api/v1/admin/users/a': () => json(200, { id: 'a' }),
      'PATCH /api/v1/admin/users/b': () => json(200, { id: 'b' }),
    });

    const { data } = await createDataProvider().updateMany('users', {
      ids: ['a', 'b'],
      data: { isActive: false, id: 'ignored', createdAt: 'ignored' },
    });

    expect(data).toEqual(['a', 'b']);
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['PATCH', '/api/v1/admin/users/a', { isActive: false }],
      ['PATCH', '/api/v1/admin/users/b', { isActive: false }],
    ]);
  });
});

describe('dataProvider.create', () => {
  it('should leave out empty optional fields when a user is created', async () => {
    const { calls } = stubFetch({ 'POST /api/v1/admin/users': () => json(201, userFixture()) });

    await createDataProvider().create('users', {
      data: { email: 'ann@example.com', firstName: null, lastName: '', role: 'user' },
    });

    expect(calls[0]?.body).toEqual({ email: 'ann@example.com', role: 'user' });
  });
});

describe('dataProvider.runAction', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should POST to the record’s action route with the CSRF header', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    const { calls } = stubFetch({
      'POST /api/v1/admin/invites/i1/resend': () => json(200, { id: 'i1', status: 'pending' }),
    });

    const { data } = await createDataProvider().runAction('/api/v1/admin/invites/{id}/resend', { id: 'i1' });

    expect(data).toEqual({ id: 'i1', status: 'pending' });
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf-1');
  });
});
