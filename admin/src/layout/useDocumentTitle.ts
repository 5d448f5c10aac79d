import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** Where react-admin's <Title> writes each page's title, in the app bar. */
const APP_BAR_TITLE_ID = 'react-admin-title';

/**
 * Keeps the browser tab's title (what screen readers announce on navigation, WCAG 2.4.2) equal to
 * the page's own title followed by the console's name.
 */
export function useDocumentTitle(): void {
  const translate = useTranslate();
  const consoleName = translate('ambito.title');
  useEffect(() => {
    const update = () => {
      const pageTitle = document.getElementById(APP_BAR_TITLE_ID)?.textContent?.trim();
      const title = pageTitle && pageTitle !== consoleName ? `${pageTitle} – ${consoleName}` : consoleName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [consoleName]);
}
