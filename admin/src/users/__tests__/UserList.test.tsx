import { render, screen } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { UserList } from '../UserList';
import { userRepresentation, type User } from '../types';

const ada: User = {
  id: 'u1',
  email: 'ada@devcoach.test',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'superuser',
  timezone: 'Europe/London',
  memoryEnabled: true,
  studioOverride: false,
  emailVerified: true,
  emailVerifiedAt: '2025-11-20T10:00:00.000Z',
  isActive: true,
  twoFactorEnabled: false,
  hasPassword: true,
  lastLoginAt: null,
  createdAt: '2025-11-20T10:00:00.000Z',
  updatedAt: '2025-11-20T10:00:00.000Z',
};

describe('UserList', () => {
  it('should render the user columns with translated labels when the API returns users', async () => {
    const dataProvider = testDataProvider({
      getList: () => Promise.resolve({ data: [ada] as never[], total: 1 }),
    });

    render(
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="users">
          <UserList />
        </ResourceContextProvider>
      </AdminContext>,
    );

    expect(await screen.findByText('ada@devcoach.test')).toBeInTheDocument();
    for (const header of ['Email', 'First name', 'Last name', 'Role', 'Created']) {
      expect(screen.getByText(header)).toBeInTheDocument();
    }
    expect(screen.getByText('Superuser')).toBeInTheDocument();
  });
});

describe('userRepresentation', () => {
  it('should use the email when the user has no name', () => {
    expect(userRepresentation({ ...ada, firstName: '', lastName: '' })).toBe('ada@devcoach.test');
    expect(userRepresentation(ada)).toBe('Ada Lovelace');
  });
});
