import type { PermissionSet } from './types';

/** Regulations, tariffs and simulation datasets: the UdP writes them; operators read the tariffs they quote from. */
const TYPES = ['copayment-regulation', 'copayment-tariff', 'copayment-dataset'];
const actions = (type: string, verbs: string[]) => verbs.map((verb) => `api::${type}.${type}.${verb}`);
const READ_TARIFFS = [
  ...actions('copayment-regulation', ['find', 'findOne']),
  ...actions('copayment-tariff', ['find', 'findOne']),
];
const QUOTE = ['api::copayment.quote.create'];
const SIMULATE = ['create', 'findOne', 'export'].map((action) => `api::copayment.simulation.${action}`);

/**
 * Co-payment: only the Ufficio di Piano edits regulations and tariffs, keeps datasets and runs
 * simulations; municipal operators compute quotes (and read the tariffs behind them). Providers,
 * table members and the public have no access (datasets hold beneficiaries' ISEE values).
 */
export const copaymentPermissions: PermissionSet = {
  prefixes: ['api::copayment.', ...TYPES.map((type) => `api::${type}.`)],
  grants: {
    udp: [...TYPES.flatMap((type) => actions(type, ['find', 'findOne', 'create', 'update', 'delete'])), ...QUOTE, ...SIMULATE],
    operator: [...READ_TARIFFS, ...QUOTE],
  },
};
