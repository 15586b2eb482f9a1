import { useCallback, useEffect, useState } from 'react';
import { applyTheme, chooseTheme, currentTheme, type Theme } from '@/modules/app-shell/lib/theme';

/** The active colour theme and a way to switch it; follows the system until the person chooses. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(currentTheme);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  const choose = useCallback((next: Theme) => {
    chooseTheme(next);
    setTheme(next);
  }, []);

  return [theme, choose];
}
