/** A service as Strapi answers it with its area, municipalities and lots populated. */
export const service = {
  id: 7,
  documentId: 'svc1',
  name: 'Assistenza domiciliare',
  procurementMode: 'accreditamento',
  locale: 'it',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  publishedAt: '2026-01-02T00:00:00.000Z',
  area: { id: 3, documentId: 'area1', name: 'Anziani' },
  municipalities: [
    { id: 1, documentId: 'mun1', name: 'Comune Uno' },
    { id: 2, documentId: 'mun2', name: 'Comune Due' },
  ],
  lots: [{ id: 11, name: 'Lotto 1', scope: 'Zona nord' }],
};
