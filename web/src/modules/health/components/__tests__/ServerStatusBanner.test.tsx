import { screen, waitFor } from '@testing-library/react';
import { serverStatusQueryKey } from '@/modules/health/api/useServerStatus';
import { ServerStatusBanner } from '@/modules/health/components/ServerStatusBanner';
import { renderWithQueryClient } from '@/test/renderWithQueryClient';
import { stubFetch } from '@/test/stubFetch';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('ServerStatusBanner', () => {
  it('should show the offline notice when the health check cannot reach the server', async () => {
    const { calls } = stubFetch({
      'GET /health/ready': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    renderWithQueryClient(<ServerStatusBanner />);

    expect(await screen.findByText(/can’t reach the Dev Coach server/i)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/check your internet connection/i);
    expect(calls[0]?.url).toBe('/health/ready');
  });

  it('should show the offline notice when a proxy answers without the server’s JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          new Response('Bad Gateway', { status: 502, headers: { 'Content-Type': 'text/plain' } }),
        ),
    );

    renderWithQueryClient(<ServerStatusBanner />);

    expect(await screen.findByText(/can’t reach the Dev Coach server/i)).toBeInTheDocument();
  });

  it('should show the degraded notice when the server reports a dependency is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse(503, {
          status: 'error',
          checks: { database: { status: 'down', latencyMs: 5, error: 'ConnectionError' } },
        }),
      ),
    );

    renderWithQueryClient(<ServerStatusBanner />);

    expect(await screen.findByText(/having trouble right now/i)).toBeInTheDocument();
  });

  it('should render no notice when the server is ready', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(200, { status: 'ok', checks: {} }));
    vi.stubGlobal('fetch', fetchMock);

    const { queryClient } = renderWithQueryClient(<ServerStatusBanner />);

    await waitFor(() => expect(queryClient.getQueryState(serverStatusQueryKey)?.status).toBe('success'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
