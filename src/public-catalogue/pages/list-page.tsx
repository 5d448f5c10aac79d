import { LABELS } from '../labels';
import type { CatalogueService, Choice } from '../catalogue-data';
import { CATALOGUE_PATH, href, servicePath } from '../paths';
import type { CatalogueQuery } from '../query';
import { NEED_MAX_LENGTH } from '../query';
import { Layout } from './layout';

interface Props {
  query: CatalogueQuery;
  services: CatalogueService[];
  areas: Choice[];
  comuni: Choice[];
}

/** The first sentences of a description, for the list (the service page has it whole). */
function summary(text: string | null, max = 240): string {
  if (!text || text.length <= max) return text ?? '';
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

/** `/catalogo`: the search form (a GET form: it works without JavaScript) and the services it finds. */
export function ListPage({ query, services, areas, comuni }: Props) {
  const { lang } = query;
  const t = LABELS[lang];
  const filtered = Boolean(query.need || query.area || query.comune);
  const switchHref = href(CATALOGUE_PATH, {
    q: query.need,
    area: query.area,
    comune: query.comune,
    lang: lang === 'it' ? 'en' : 'it',
  });
  return (
    <Layout lang={lang} title={filtered ? `${t.results} (${services.length})` : t.search} switchHref={switchHref}>
      <h1>{t.catalogue}</h1>
      <p className="lead">{t.intro}</p>
      <form className="search" method="get" action={CATALOGUE_PATH} role="search" aria-label={t.search}>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <div className="field field-need">
          <label htmlFor="q">{t.need}</label>
          <input id="q" name="q" type="search" defaultValue={query.need} maxLength={NEED_MAX_LENGTH} aria-describedby="q-hint" />
          <p id="q-hint" className="hint">
            {t.needHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor="area">{t.area}</label>
          <select id="area" name="area" defaultValue={query.area}>
            <option value="">{t.allAreas}</option>
            {areas.map((area) => (
              <option key={area.value} value={area.value}>
                {area.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="comune">{t.comune}</label>
          <select id="comune" name="comune" defaultValue={query.comune}>
            <option value="">{t.allComuni}</option>
            {comuni.map((comune) => (
              <option key={comune.value} value={comune.value}>
                {comune.label}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t.submit}</button>
          {filtered ? <a href={href(CATALOGUE_PATH, { lang })}>{t.reset}</a> : null}
        </div>
      </form>
      <section aria-labelledby="risultati">
        <h2 id="risultati" className="count">
          {t.found(services.length)}
        </h2>
        {services.length === 0 ? <p>{t.none}</p> : null}
        <ul className="cards">
          {services.map((service) => (
            <li key={service.documentId} className="card">
              <h3>
                <a href={servicePath(service.code, lang)}>{service.name}</a>
              </h3>
              {service.area ? <p className="tag">{service.area.name}</p> : null}
              <p>{summary(service.description)}</p>
              {service.target ? (
                <p className="for-whom">
                  <strong>{t.forWhom}:</strong> {summary(service.target, 160)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
