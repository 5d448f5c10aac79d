import type { PermissionSet } from './types';

/** The catalogue's content types: everyone reads them, only the Ufficio di Piano writes them. */
export const CATALOGUE_TYPES = ['municipality', 'area', 'service', 'provider', 'accreditation', 'funding-source', 'measure'];

const actionsFor = (types: string[], verbs: string[]) =>
  types.flatMap((type) => verbs.map((verb) => `api::${type}.${type}.${verb}`));
const READ = actionsFor(CATALOGUE_TYPES, ['find', 'findOne']);
const WRITE = actionsFor(CATALOGUE_TYPES, ['create', 'update', 'delete']);

export const cataloguePermissions: PermissionSet = {
  prefixes: CATALOGUE_TYPES.map((type) => `api::${type}.`),
  grants: {
    udp: [...READ, ...WRITE],
    operator: READ,
    provider: READ,
    'table-member': READ,
    public: READ,
  },
};
