/** The languages exports speak: Italian by default, English on `?locale=en`. */
export type ExportLocale = 'it' | 'en';

export interface SheetColumn {
  key: string;
  it: string;
  en: string;
  /** Summed in the XLSX totals row. */
  total?: boolean;
}

/** One table of an export: a name (the XLSX sheet), its columns and rows. */
export interface Sheet {
  name: { it: string; en: string };
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
}

export const headerOf = (column: SheetColumn, locale: ExportLocale) => column[locale];
export const col = (key: string, it: string, en: string, total = false): SheetColumn => ({
  key,
  it,
  en,
  ...(total ? { total } : {}),
});
