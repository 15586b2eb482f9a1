import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { json, stubFetch } from '@/test/stubFetch';

const user = {
  id: 'u1',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: '',
  role: 'user',
  memoryEnabled: true,
};
const note = {
  id: 'n1',
  text: 'Works as a nurse.',
  editedByUser: false,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
};

// Whole-app tests load lazily split pages; give a busy machine room.
describe('memory page', { timeout: 20_000 }, () => {
  it('should turn memory off with one press and say so', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/notes': () => json(200, [note]),
      'PATCH /api/v1/me': (call) => json(200, { ...user, ...(call.body as object) }),
    });
    renderApp('/app/memory');

    const toggle = await screen.findByRole('switch', { name: 'Let my coach remember' }, { timeout: 5000 });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(toggle).toHaveAccessibleDescription(
      expect.stringContaining('so you don’t have to repeat yourself'),
    );

    fireEvent.click(toggle);

    await waitFor(() => expect(screen.getByText('Memory is off.')).toBeInTheDocument());
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(apiCalls().find((call) => call.method === 'PATCH')?.body).toEqual({ memoryEnabled: false });
  });

  it('should correct a note in place', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/notes': () => json(200, [note]),
      'PATCH /api/v1/notes/n1': () =>
        json(200, { ...note, text: 'Works night shifts as a nurse.', editedByUser: true }),
    });
    renderApp('/app/memory');

    fireEvent.click(
      await screen.findByRole('button', { name: 'Edit note: Works as a nurse.' }, { timeout: 5000 }),
    );
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Works night shifts as a nurse.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Works night shifts as a nurse.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText(/Edited by you/)).toBeInTheDocument();
    expect(apiCalls().find((call) => call.method === 'PATCH')?.body).toEqual({
      text: 'Works night shifts as a nurse.',
    });
  });
});
