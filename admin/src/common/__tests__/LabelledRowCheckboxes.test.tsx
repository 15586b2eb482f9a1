import { describe, expect, it } from 'vitest';
import { Checkbox, createTheme, ThemeProvider } from '@mui/material';
import { render, screen } from '@testing-library/react';
import { LabelledRowCheckboxes } from '../LabelledRowCheckboxes';

describe('LabelledRowCheckboxes', () => {
  it('should name the input, not its wrapper, when a checkbox gets an aria-label prop', () => {
    // Inside the app's theme, as react-admin provides one.
    render(
      <ThemeProvider theme={createTheme()}>
        <LabelledRowCheckboxes>
          <Checkbox aria-label="Select this row" />
          <Checkbox slotProps={{ input: { 'aria-label': 'Select all' } }} />
        </LabelledRowCheckboxes>
      </ThemeProvider>,
    );
    const row = screen.getByRole('checkbox', { name: 'Select this row' });
    expect(row.tagName).toBe('INPUT');
    expect(row.parentElement?.getAttribute('aria-label')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Select all' }).tagName).toBe('INPUT');
  });
});
