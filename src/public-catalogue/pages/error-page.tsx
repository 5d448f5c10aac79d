import { LABELS, type Lang } from '../labels';
import { CATALOGUE_PATH, href } from '../paths';
import type { QueryProblem } from '../query';
import { Layout } from './layout';

interface Props {
  lang: Lang;
  status: 400 | 404;
  /** What was wrong with the search (400), in both languages. */
  problems?: QueryProblem[];
  switchHref: string;
}

/** A page not in the catalogue (404) or a search that cannot be run (400), said in words, with a way back. */
export function ErrorPage({ lang, status, problems = [], switchHref }: Props) {
  const t = LABELS[lang];
  const other: Lang = lang === 'it' ? 'en' : 'it';
  const title = status === 404 ? t.notFoundTitle : t.badRequestTitle;
  return (
    <Layout lang={lang} title={title} switchHref={switchHref}>
      <h1>{title}</h1>
      {status === 404 ? (
        <p>{t.notFound}</p>
      ) : (
        <>
          <p>{t.badRequest}</p>
          <ul className="problems">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem[lang]}
                <span lang={other} className="other-lang">
                  {' '}
                  ({problem[other]})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="back">
        <a href={href(CATALOGUE_PATH, { lang })}>← {t.backToList}</a>
      </p>
    </Layout>
  );
}
