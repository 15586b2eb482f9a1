import { Admin, type AuthProvider, CustomRoutes, type DataProvider, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import * as apiKeys from './api-keys';
import * as auditLog from './audit-log';
import { ClientViewPage } from './client-view/ClientViewPage';
import { CLIENT_VIEW_ROUTE } from './client-view/paths';
import * as coaching from './coaching/resources';
import { ADMIN_BASENAME } from './config';
import { Dashboard } from './dashboard/Dashboard';
import * as emails from './emails';
import * as invites from './invites';
import * as jobs from './jobs';
import { AdminLayout } from './layout/AdminLayout';
import { adminTheme } from './layout/theme';
import { LoginPage } from './login/LoginPage';
import type { Role } from './providers/authProvider';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import { dataProvider as defaultDataProvider } from './providers/dataProvider';
import * as prompts from './prompts';
import { PromptDiffPage } from './prompts/PromptDiffPage';
import { i18nProvider } from './providers/i18nProvider';
import * as safetyEvents from './safety-events';
import * as testScenarios from './test-scenarios';
import * as evals from './evals';
import * as users from './users';
import * as videos from './videos';
import * as webhooks from './webhooks';

export interface AppProps {
  /** The real providers by default; tests pass their own. */
  authProvider?: AuthProvider;
  dataProvider?: DataProvider;
}

export const App = ({ authProvider = defaultAuthProvider, dataProvider = defaultDataProvider }: AppProps) => (
  <Admin
    basename={ADMIN_BASENAME}
    title="Dev Coach — back office"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    layout={AdminLayout}
    theme={adminTheme}
    requireAuth
    disableTelemetry
  >
    {(permissions: Role) => (
      <>
        <Resource name="safety-events" {...safetyEvents} />
        <Resource name="users" {...users} />
        <Resource name="prompts" {...prompts}>
          <Route path=":id/diff" element={<PromptDiffPage />} />
        </Resource>
        <Resource name="coach-states" {...coaching.coachStates} />
        <Resource name="identities" {...coaching.identities} />
        <Resource name="messages" {...coaching.messages} />
        <Resource name="turns" {...coaching.turns} />
        <Resource name="actions" {...coaching.actions} />
        <Resource name="notes" {...coaching.notes} />
        <Resource name="breaks" {...coaching.breaks} />
        <Resource name="usage" {...coaching.usage} />
        <Resource name="test-scenarios" {...testScenarios} />
        <Resource name="evals" {...evals} />
        <CustomRoutes>
          <Route path={CLIENT_VIEW_ROUTE} element={<ClientViewPage />} />
        </CustomRoutes>
        {/* Invites and API keys are superuser routes in the API; staff never see them. */}
        {permissions === 'superuser' ? <Resource name="invites" {...invites} /> : null}
        {permissions === 'superuser' ? <Resource name="api-keys" {...apiKeys} /> : null}
        {permissions === 'superuser' ? <Resource name="webhooks" {...webhooks} /> : null}
        <Resource name="videos" {...videos} />
        <Resource name="jobs" {...jobs} />
        <Resource name="emails" {...emails} />
        <Resource name="audit-log" {...auditLog} />
      </>
    )}
  </Admin>
);
