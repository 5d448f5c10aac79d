/**
 * The areas of need named by intake forms (`needAreas`, the access forms of the services' case paths) grouped by the programme's macro-areas: the
 * dashboard filtered by an area counts the intakes that name at least one of its needs.
 */
export const NEEDS_BY_AREA: Record<string, string[]> = {
  'contrasto-poverta': ['casa', 'lavoro', 'reddito', 'immigrazione'],
  'benessere-familiare': ['famiglia-minori', 'violenza'],
  'promozione-autonomie': ['disabilita', 'non-autosufficienza', 'salute'],
  'azioni-trasversali': ['altro'],
};
