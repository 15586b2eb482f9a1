import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with darker blues: the default primary (#1976d2) is too light for
 * a focused field's label on the grey filled inputs (axe color-contrast, WCAG AA).
 */
export const adminTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    // The app bar's colour: white text on the default light blue (#2196f3) is not readable.
    secondary: { main: '#0d47a1' },
  },
};
