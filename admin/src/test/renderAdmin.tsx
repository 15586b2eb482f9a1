import { render } from '@testing-library/react';
import type { AuthProvider, DataProvider } from 'react-admin';
import { createMemoryRouter, type Location, RouterProvider, useLocation } from 'react-router-dom';
import { App } from '../App';
import { ADMIN_BASENAME } from '../config';
import type { Role } from '../providers/authProvider';
import { createDataProvider } from '../providers/dataProvider';

/** Signed in as `role`, without any network traffic for authentication. */
export const signedInAs = (role: Role): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve(role),
  getIdentity: () => Promise.resolve({ id: 'me', fullName: 'Ada Admin' }),
});

export interface RenderAdminOptions {
  role?: Role;
  /** The real data provider (over the stubbed `fetch`) unless given. */
  dataProvider?: DataProvider;
}

/**
 * The whole back office at `/admin<path>`, routed like `main.tsx`, signed in as `role`. Returns a
 * getter for the current location, to check redirects.
 */
export const renderAdmin = (path: string, { role = 'superuser', dataProvider }: RenderAdminOptions = {}) => {
  let location: Location | undefined;
  const LocationSpy = () => {
    location = useLocation();
    return null;
  };
  const router = createMemoryRouter(
    [
      {
        path: `${ADMIN_BASENAME}/*`,
        element: (
          <>
            <App authProvider={signedInAs(role)} dataProvider={dataProvider ?? createDataProvider()} />
            <LocationSpy />
          </>
        ),
      },
    ],
    { initialEntries: [`${ADMIN_BASENAME}${path}`] },
  );
  const result = render(<RouterProvider router={router} />);
  return { ...result, currentPath: () => location?.pathname };
};
