import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * One component inside a minimal router, for components that render router links. Resolves once
 * the component is on screen (the router renders asynchronously).
 */
export async function renderWithRouter(ui: ReactElement, { testId = 'subject' } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity },
      mutations: { retry: false },
    },
  });
  const rootRoute = createRootRoute({ component: () => <div data-testid={testId}>{ui}</div> });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await screen.findByTestId(testId);
  return { ...result, router, queryClient };
}
