import type { PermissionSet } from './types';

/**
 * Case files (issue #5). Routes per role; which records and fields each caller gets is decided by the
 * access layer (src/cases). Nobody deletes case files: personal data leave through anonymisation.
 * Table members hold nothing here (403 everywhere); the UdP gets aggregates, the pseudonymised waitlist
 * and the register of processing, never personal data.
 */
const crud = (type: string, verbs: string[]) => verbs.map((verb) => `api::${type}.${type}.${verb}`);
const READ = ['find', 'findOne'];
const WRITE = ['find', 'findOne', 'create', 'update'];

export const casesPermissions: PermissionSet = {
  prefixes: [
    'api::beneficiary.',
    'api::household.',
    'api::case.',
    'api::referral.',
    'api::intervention.',
    'api::voucher.',
    'api::housing.',
    'api::gdpr.',
  ],
  grants: {
    operator: [
      ...crud('beneficiary', [...WRITE, 'export', 'anonymise']),
      ...crud('household', WRITE),
      ...crud('case', [...WRITE, 'worklist']),
      ...crud('referral', [...WRITE, 'revokeConsent', 'complete']),
      ...crud('intervention', WRITE),
      ...crud('voucher', WRITE),
      'api::housing.waitlist.find',
    ],
    provider: [
      ...crud('beneficiary', READ),
      ...crud('case', [...READ, 'worklist']),
      ...crud('referral', [...READ, 'accept', 'reject', 'complete']),
      ...crud('intervention', WRITE),
      ...crud('voucher', [...READ, 'redeem']),
    ],
    udp: ['api::case.case.stats', 'api::housing.waitlist.find', 'api::gdpr.register.find'],
  },
};
