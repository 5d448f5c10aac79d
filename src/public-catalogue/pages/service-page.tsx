import type { ReactNode } from 'react';
import { LABELS, MANAGEMENT, PROCUREMENT, type Lang } from '../labels';
import type { CatalogueService } from '../catalogue-data';
import { href, servicePath } from '../paths';
import { Layout } from './layout';

/** Only addresses a browser opens as a page: anything else (javascript:, data:) is shown as text or not at all. */
const webAddress = (value: string | null) => (value && /^https?:\/\/[^\s]+$/i.test(value) ? value : null);
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Text typed in the console: paragraphs where it has blank lines. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, index) => (
          <p key={index}>{part}</p>
        ))}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="block">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** `/catalogo/servizi/<code>`: one service, what a citizen needs to know to ask for it. */
export function ServicePage({ service, lang }: { service: CatalogueService; lang: Lang }) {
  const t = LABELS[lang];
  const list = href('/catalogo', { lang });
  const website = (p: { website: string | null }) => webAddress(p.website);
  return (
    <Layout lang={lang} title={service.name} switchHref={servicePath(service.code, lang === 'it' ? 'en' : 'it')}>
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <a href={list}>{t.catalogue}</a>
          </li>
          <li aria-current="page">{service.name}</li>
        </ol>
      </nav>
      <h1>{service.name}</h1>
      {service.area ? <p className="tag">{service.area.name}</p> : null}
      {service.description ? (
        <div className="intro">
          <Paragraphs text={service.description} />
        </div>
      ) : null}

      <Section id="a-chi" title={t.forWhom}>
        {service.target ? <Paragraphs text={service.target} /> : <p>{t.noInfo}</p>}
        {service.eligibility ? (
          <>
            <h3>{t.requirements}</h3>
            <Paragraphs text={service.eligibility} />
          </>
        ) : null}
      </Section>

      <Section id="come" title={t.howToApply}>
        {service.howToApply ? <Paragraphs text={service.howToApply} /> : <p>{t.askFrontDesk}</p>}
      </Section>

      <Section id="contatti" title={t.contacts}>
        {service.contactOffice || service.contactEmail || service.contactPhone ? (
          <dl className="facts">
            {service.contactOffice ? (
              <>
                <dt>{t.office}</dt>
                <dd>{service.contactOffice}</dd>
              </>
            ) : null}
            {service.contactEmail ? (
              <>
                <dt>{t.email}</dt>
                <dd>
                  <a href={`mailto:${service.contactEmail}`}>{service.contactEmail}</a>
                </dd>
              </>
            ) : null}
            {service.contactPhone ? (
              <>
                <dt>{t.phone}</dt>
                <dd>
                  <a href={telHref(service.contactPhone)}>{service.contactPhone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t.askFrontDesk}</p>
        )}
        {service.providers.length > 0 ? (
          <>
            <h3>{t.providers}</h3>
            <ul className="providers">
              {service.providers.map((provider) => (
                <li key={provider.documentId}>
                  <strong>{provider.name}</strong>
                  {provider.phone ? (
                    <span>
                      {' '}
                      – {t.phone}: <a href={telHref(provider.phone)}>{provider.phone}</a>
                    </span>
                  ) : null}
                  {provider.email ? (
                    <span>
                      {' '}
                      – {t.email}: <a href={`mailto:${provider.email}`}>{provider.email}</a>
                    </span>
                  ) : null}
                  {website(provider) ? (
                    <span>
                      {' '}
                      – {t.website}: <a href={website(provider) as string}>{website(provider)}</a>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      <Section id="comuni" title={t.comuni}>
        <ul className="comuni">
          {service.municipalities.map((m) => (
            <li key={m.istatCode}>
              <a href={href('/catalogo', { comune: m.istatCode, lang })}>{m.name}</a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="organizzazione" title={t.management}>
        <dl className="facts">
          {service.management ? (
            <>
              <dt>{t.managementMode}</dt>
              <dd>{MANAGEMENT[lang][service.management] ?? service.management}</dd>
            </>
          ) : null}
          {service.procurementMode ? (
            <>
              <dt>{t.procurement}</dt>
              <dd>{PROCUREMENT[lang][service.procurementMode] ?? service.procurementMode}</dd>
            </>
          ) : null}
          {service.lots.length > 0 ? (
            <>
              <dt>{t.lots}</dt>
              <dd>
                <ul>
                  {service.lots.map((lot, index) => (
                    <li key={index}>
                      {lot.name}
                      {lot.scope ? `: ${lot.scope}` : ''}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {service.fundingSources.length > 0 ? (
            <>
              <dt>{t.funding}</dt>
              <dd>{service.fundingSources.map((f) => f.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      <p className="back">
        <a href={list}>← {t.backToList}</a>
      </p>
    </Layout>
  );
}
