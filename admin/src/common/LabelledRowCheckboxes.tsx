import { type Theme, ThemeProvider } from '@mui/material';
import type { ReactNode } from 'react';

type CheckboxOwnerState = { 'aria-label'?: string };

// react-admin's Datagrid gives each row checkbox its "Select this row" label as a prop of MUI's
// Checkbox, which puts it on the wrapping <span> (prohibited there) and leaves the <input>
// unnamed: axe reports both as serious. These defaults move the label onto the input.
const withLabelledCheckboxes = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    MuiCheckbox: {
      ...outer.components?.MuiCheckbox,
      defaultProps: {
        ...outer.components?.MuiCheckbox?.defaultProps,
        slotProps: {
          root: { 'aria-label': undefined },
          input: (ownerState: CheckboxOwnerState) =>
            ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {},
        },
      },
    },
  },
});

/** Wrap a Datagrid that has bulk actions so its row checkboxes are named for screen readers. */
export const LabelledRowCheckboxes = ({ children }: { children: ReactNode }) => (
  <ThemeProvider theme={withLabelledCheckboxes}>{children}</ThemeProvider>
);
