import { Admin, Resource } from 'react-admin';
import { ADMIN_BASENAME } from './config';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './login/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import users from './users';

export const App = () => (
  <Admin
    basename={ADMIN_BASENAME}
    title="Dev Coach — back office"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="users" {...users} />
  </Admin>
);
