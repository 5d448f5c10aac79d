import { useGetList, useLocaleState } from 'react-admin';

/** The areas of intervention in the user's language (the observatory filters them by `code`). */
export function useAreas() {
  const [locale] = useLocaleState();
  return useGetList('areas', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, meta: { locale } });
}

/** The 9 comuni, by name. */
export function useMunicipalities() {
  return useGetList('municipalities', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
}
