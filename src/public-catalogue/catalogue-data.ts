import type { Core, UID } from '@strapi/strapi';
import { publicView, restrictPublicQuery } from '../catalogue/public-view';
import type { Lang } from './labels';
import { matchesNeed, type CatalogueQuery } from './query';

const SERVICE = 'api::service.service' as UID.ContentType;

/** A provider as citizens see it: the organisation's name and its public contacts, nothing else. */
export interface CatalogueProvider {
  documentId: string;
  name: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

/** An active service as the public catalogue reads it (hidden fields already removed by the public view). */
export interface CatalogueService {
  documentId: string;
  code: string;
  name: string;
  description: string | null;
  target: string | null;
  eligibility: string | null;
  howToApply: string | null;
  management: string | null;
  procurementMode: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactOffice: string | null;
  area: { code: string; name: string } | null;
  municipalities: { name: string; istatCode: string }[];
  providers: CatalogueProvider[];
  fundingSources: { name: string }[];
  lots: { name: string; scope: string | null }[];
  /** The words a search looks in: the service's texts in both languages, so «casa» and «housing» both find it. */
  searchText: string;
}

export interface Choice {
  value: string;
  label: string;
}

const POPULATE = {
  area: { fields: ['code', 'name'] },
  municipalities: { fields: ['name', 'istatCode'], sort: ['name:asc'] },
  // Organisational contacts only: no tax codes, addresses or other details of the provider.
  providers: { fields: ['name', 'email', 'phone', 'website'], sort: ['name:asc'] },
  fundingSources: { fields: ['name'] },
  lots: true,
};

/**
 * The data of the citizens' pages, read with the same rules as a citizen's `GET /api/services`
 * (src/catalogue/public-view.ts): only active services, never the fields reserved to staff.
 */
export function catalogueData(strapi: Core.Strapi) {
  async function servicesIn(locale: Lang): Promise<CatalogueService[]> {
    const query: Record<string, unknown> = { populate: POPULATE, locale, sort: ['name:asc'] };
    restrictPublicQuery(SERVICE, query);
    const rows = await strapi.documents(SERVICE).findMany(query as never);
    return (await publicView(strapi, SERVICE, rows)) as unknown as CatalogueService[];
  }

  /** Every active service in the language asked, in Italian where it has no translation. */
  async function services(lang: Lang): Promise<CatalogueService[]> {
    const [italian, english] = await Promise.all([servicesIn('it'), servicesIn('en')]);
    const texts = new Map<string, string[]>();
    for (const s of [...italian, ...english]) texts.set(s.documentId, [...(texts.get(s.documentId) ?? []), ...searchable(s)]);
    const withText = (s: CatalogueService) => ({ ...s, searchText: (texts.get(s.documentId) ?? []).join(' ') });
    if (lang === 'it') return italian.map(withText);
    const translated = new Set(english.map((s) => s.documentId));
    return [...english, ...italian.filter((s) => !translated.has(s.documentId))]
      .map(withText)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  return {
    services,

    /** The areas of intervention in use (the old, age-based areas are kept only for history). */
    async areas(lang: Lang): Promise<Choice[]> {
      const rows = (await strapi.db
        .query('api::area.area')
        .findMany({ where: { legacy: false, locale: lang }, select: ['code', 'name'], orderBy: { name: 'asc' } })) as {
        code: string;
        name: string;
      }[];
      return rows.map((row) => ({ value: row.code, label: row.name }));
    },

    async comuni(): Promise<Choice[]> {
      const rows = (await strapi.db
        .query('api::municipality.municipality')
        .findMany({ select: ['name', 'istatCode'], orderBy: { name: 'asc' } })) as { name: string; istatCode: string }[];
      const unique = new Map(rows.map((row) => [row.istatCode, row.name]));
      return [...unique].map(([value, label]) => ({ value, label }));
    },

    /** A service by its code (the readable address) or its documentId. */
    async service(slug: string, lang: Lang): Promise<CatalogueService | undefined> {
      return (await services(lang)).find((s) => s.code === slug || s.documentId === slug);
    },
  };
}

const searchable = (s: CatalogueService): string[] =>
  [s.name, s.description, s.target, s.eligibility, s.howToApply, s.area?.name, s.contactOffice].filter((text): text is string =>
    Boolean(text)
  );

/** The services the list shows for a search: every word of the need, in the area and the comune chosen. */
export function filterServices(services: CatalogueService[], query: CatalogueQuery): CatalogueService[] {
  return services.filter(
    (s) =>
      (!query.area || s.area?.code === query.area) &&
      (!query.comune || s.municipalities.some((m) => m.istatCode === query.comune)) &&
      matchesNeed(query.need, [s.searchText])
  );
}
