import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { ADMIN_BASENAME } from './config';

// A data router (so react-admin can block navigation on unsaved forms) with real paths:
// deep links such as /admin/users reach index.html through the backend's SPA fallback.
const router = createBrowserRouter([{ path: `${ADMIN_BASENAME}/*`, element: <App /> }]);

const container = document.getElementById('root');
if (!container) {
  throw new Error('The #root element is missing from index.html');
}

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
