import { useCanAccess, useGetList } from 'react-admin';

/** How many records of a list match a filter, if the role may read the list (nothing is asked otherwise). */
export function useCount(resource: string, filter: Record<string, unknown>): number | undefined {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  const { total } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter }, { enabled: canAccess === true });
  return canAccess ? total : undefined;
}
