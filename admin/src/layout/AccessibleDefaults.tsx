import type { ReactNode } from 'react';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';

/**
 * Names every progress indicator of the console ("Caricamento in corso" / "Loading") in the user's
 * language, unless a page gives it a name of its own: screen readers announce what is busy.
 */
export const AccessibleDefaults = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const loading = translate('ambito.layout.loading');
  const withNames = (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiLinearProgress: {
        ...outer.components?.MuiLinearProgress,
        defaultProps: { ...outer.components?.MuiLinearProgress?.defaultProps, 'aria-label': loading },
      },
      MuiCircularProgress: {
        ...outer.components?.MuiCircularProgress,
        defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': loading },
      },
    },
  });
  return <ThemeProvider theme={withNames}>{children}</ThemeProvider>;
};
