import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { TurnList } from '../turns/TurnList';
import type { Turn } from '../turns/types';

const stuckTurn: Turn = {
  id: 't1',
  userId: 'u1',
  status: 'streaming',
  stuck: true,
  message: 'Are you there?',
  buttonId: null,
  model: 'demo',
  promptVersionIds: [],
  inputTokens: 120,
  outputTokens: 30,
  cachedTokens: 0,
  reasoningTokens: 0,
  latencyMs: null,
  ttftMs: null,
  errorCode: null,
  leaseExpiresAt: '2026-12-04T10:00:00.000Z',
  startedAt: '2026-12-04T09:59:00.000Z',
  finishedAt: null,
  createdAt: '2026-12-04T09:59:00.000Z',
};

const renderTurns = (
  runAction = vi.fn(() => Promise.resolve({ data: { ...stuckTurn, status: 'failed' } })),
) => {
  const dataProvider = {
    ...testDataProvider({
      getList: () => Promise.resolve({ data: [stuckTurn] as never[], total: 1 }),
      getMany: () => Promise.resolve({ data: [{ id: 'u1', email: 'cleo@devcoach.test' }] as never[] }),
    }),
    runAction,
  };
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="turns">
        <TurnList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return runAction;
};

describe('TurnList', () => {
  it('should mark a stuck turn and fail it through the API when staff press Fail turn', async () => {
    const runAction = renderTurns();
    // The tokens column (input + output) shows once the rows are in; the stuck chip sits by the status.
    expect(await screen.findByText('150', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getAllByText('Stuck').length).toBeGreaterThanOrEqual(2);
    for (const header of ['Created', 'Status', 'Latency (ms)', 'First token (ms)', 'Tokens']) {
      expect(screen.getAllByText(header).length).toBeGreaterThan(0);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Fail turn' }));
    await waitFor(() =>
      expect(runAction).toHaveBeenCalledWith('/api/v1/admin/turns/{id}/fail', { id: 't1' }),
    );
  }, 20_000);
});
