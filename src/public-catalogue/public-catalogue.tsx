import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { catalogueData } from './catalogue-data';
import { filterServices } from './catalogue-data';
import { ErrorPage } from './pages/error-page';
import { ListPage } from './pages/list-page';
import { ServicePage } from './pages/service-page';
import { CATALOGUE_PATH, href, SERVICES_PATH, STYLESHEET_PATH } from './paths';
import { readLang, readQuery, SERVICE_PAGE_PARAMS } from './query';
import { renderPage } from './render';

export interface CatalogueCtx {
  method: string;
  path: string;
  querystring: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  redirect(url: string): void;
}

/**
 * The citizens' catalogue: server-rendered pages under /catalogo, readable without login or JavaScript,
 * built from the public catalogue (only active services, only public fields). Answers true when the
 * request was one of its pages.
 */
export function publicCatalogue(strapi: Core.Strapi) {
  const data = catalogueData(strapi);
  const stylesheet = fs.readFileSync(path.join(strapi.dirs.app.root, 'src', 'public-catalogue', 'catalogo.css'), 'utf8');

  const html = (ctx: CatalogueCtx, status: number, page: string) => {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page;
  };
  const notFound = (ctx: CatalogueCtx) => {
    const lang = readLang(ctx.query);
    html(
      ctx,
      404,
      renderPage(<ErrorPage lang={lang} status={404} switchHref={href(CATALOGUE_PATH, { lang: lang === 'it' ? 'en' : 'it' })} />)
    );
  };

  async function list(ctx: CatalogueCtx) {
    const [areas, comuni] = await Promise.all([data.areas(readLang(ctx.query)), data.comuni()]);
    const { query, problems } = readQuery(ctx.query, { areas: areas.map((a) => a.value), comuni: comuni.map((c) => c.value) });
    const { lang } = query;
    if (problems.length > 0) {
      const page = (
        <ErrorPage
          lang={lang}
          status={400}
          problems={problems}
          switchHref={href(CATALOGUE_PATH, { lang: lang === 'it' ? 'en' : 'it' })}
        />
      );
      return html(ctx, 400, renderPage(page));
    }
    const services = filterServices(await data.services(lang), query);
    html(ctx, 200, renderPage(<ListPage query={query} services={services} areas={areas} comuni={comuni} />));
  }

  async function service(ctx: CatalogueCtx, slug: string) {
    const { query, problems } = readQuery(ctx.query, { areas: [], comuni: [] }, SERVICE_PAGE_PARAMS);
    const { lang } = query;
    if (problems.length > 0) {
      const page = (
        <ErrorPage
          lang={lang}
          status={400}
          problems={problems}
          switchHref={href(CATALOGUE_PATH, { lang: lang === 'it' ? 'en' : 'it' })}
        />
      );
      return html(ctx, 400, renderPage(page));
    }
    const found = await data.service(slug, lang);
    if (!found) return notFound(ctx);
    html(ctx, 200, renderPage(<ServicePage service={found} lang={lang} />));
  }

  return async function handle(ctx: CatalogueCtx): Promise<boolean> {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
    const { path: url } = ctx;
    if (url !== CATALOGUE_PATH && !url.startsWith(`${CATALOGUE_PATH}/`)) return false;
    if (url === CATALOGUE_PATH) {
      await list(ctx);
    } else if (url === `${CATALOGUE_PATH}/`) {
      ctx.redirect(ctx.querystring ? `${CATALOGUE_PATH}?${ctx.querystring}` : CATALOGUE_PATH);
    } else if (url === STYLESHEET_PATH) {
      ctx.status = 200;
      ctx.type = 'text/css; charset=utf-8';
      ctx.body = stylesheet;
    } else if (url.startsWith(SERVICES_PATH) && /^[A-Za-z0-9-]+$/.test(url.slice(SERVICES_PATH.length))) {
      await service(ctx, url.slice(SERVICES_PATH.length));
    } else {
      notFound(ctx);
    }
    return true;
  };
}
