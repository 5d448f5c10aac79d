import type { ReactNode } from 'react';
import { LABELS, type Lang } from '../labels';
import { CATALOGUE_PATH, STYLESHEET_PATH } from '../paths';

interface Props {
  lang: Lang;
  /** The page's own title: the browser's tab reads "<title> – Catalogo pubblico dei servizi". */
  title: string;
  /** The same page in the other language. */
  switchHref: string;
  children: ReactNode;
}

/** The frame of every public page: skip link, header with the language switch, main, footer. */
export function Layout({ lang, title, switchHref, children }: Props) {
  const t = LABELS[lang];
  const other: Lang = lang === 'it' ? 'en' : 'it';
  const home = lang === 'it' ? CATALOGUE_PATH : `${CATALOGUE_PATH}?lang=en`;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.catalogue} – ${t.district}`}</title>
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        <link rel="alternate" hrefLang={other} href={switchHref} />
      </head>
      <body>
        <a className="skip" href="#contenuto">
          {t.skip}
        </a>
        <header className="top">
          <div className="wrap top-row">
            <p className="brand">
              <a href={home}>
                <span className="brand-district">{t.district}</span>
                <span className="brand-name">{t.catalogue}</span>
              </a>
            </p>
            <a className="lang-switch" href={switchHref} hrefLang={other} lang={other} aria-label={t.switchLabel}>
              {t.switchTo}
            </a>
          </div>
        </header>
        <main id="contenuto" tabIndex={-1} className="wrap">
          {children}
        </main>
        <footer className="bottom">
          <div className="wrap">
            <p>
              {t.district}: {t.districtComuni}.
            </p>
            <ul className="footer-links">
              <li>
                <a href="/hsds/">{t.openData}</a>
              </li>
              <li>
                <a href="/console/">{t.staff}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
