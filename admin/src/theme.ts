import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * The console's themes: react-admin's defaults with colours that meet WCAG 2.1 AA contrast
 * (4.5:1 for text, 3:1 for controls) on the backgrounds they are used on — the app bar, chips,
 * buttons, secondary text and the form toolbar — in light and dark mode. Ratios in the comments
 * are against white (light) or #121212 (dark).
 */

/** Checkboxes labelled by `aria-label` (react-admin's row selection): the label belongs on the input, not its wrapper. */
type WithAriaLabel = { 'aria-label'?: string };
const checkboxLabelOnInput = {
  defaultProps: {
    slotProps: {
      root: (ownerState: WithAriaLabel) => (ownerState['aria-label'] ? { 'aria-label': undefined } : {}),
      input: (ownerState: WithAriaLabel) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
    },
  },
};

/** A focus ring every keyboard user can see, whatever the component's own focus style. */
const focusVisible = {
  styleOverrides: {
    root: {
      '&.Mui-focusVisible': { outline: '3px solid currentColor', outlineOffset: 2 },
    },
  },
};

/** Texts react-admin writes in the "disabled" grey (an empty list's message) are read: secondary text instead. */
const readableEmptyPage = {
  styleOverrides: {
    root: ({ theme }: { theme: { palette: { text: { secondary: string } } } }) => ({
      '& .RaEmpty-message': { color: theme.palette.text.secondary, opacity: 1 },
    }),
  },
};

/** The loading page ("La pagina si sta caricando…", shown while a page's code arrives) in secondary text too. */
const readableLoadingPage = {
  styleOverrides: {
    root: ({ theme }: { theme: { palette: { text: { secondary: string } } } }) => ({
      '& .RaLoading-message': { color: theme.palette.text.secondary },
    }),
  },
};

const sharedComponents = (toolbarBackground: string) => ({
  MuiCheckbox: checkboxLabelOnInput,
  RaEmpty: readableEmptyPage,
  RaLoading: readableLoadingPage,
  MuiButtonBase: focusVisible,
  RaToolbar: { styleOverrides: { root: { backgroundColor: toolbarBackground } } },
});

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0' }, // 5.8:1
    secondary: { light: '#5472d3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' }, // app bar, 8.6:1
    error: { main: '#c62828' }, // 5.6:1
    warning: { main: '#9c4100', contrastText: '#fff' }, // 6.6:1
    info: { main: '#01579b' }, // 7.4:1
    success: { main: '#1b5e20' }, // 7.9:1
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: '#595959', disabled: 'rgba(0, 0, 0, 0.38)' }, // 7:1
  },
  components: {
    ...defaultLightTheme.components,
    ...sharedComponents('#f5f5f5'),
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: {
    ...defaultDarkTheme.palette,
    mode: 'dark',
    primary: { main: '#90caf9' }, // 10.7:1
    secondary: { main: '#90caf9' },
    error: { main: '#ef9a9a' },
    warning: { main: '#ffb74d' },
    info: { main: '#81d4fa' },
    success: { main: '#81c784' },
    background: { default: '#121212', paper: '#1e1e1e' },
    text: { primary: '#ffffff', secondary: 'rgba(255, 255, 255, 0.75)', disabled: 'rgba(255, 255, 255, 0.5)' },
  },
  components: {
    ...defaultDarkTheme.components,
    ...sharedComponents('#2a2a2a'),
  },
};
