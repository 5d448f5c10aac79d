import { casesController } from '../../../cases/controller';
import { referralActions, referralHooks } from '../../../cases/referrals';

/** Referrals through the access layer; the decisions live with it (src/cases/referrals.ts). */
export default casesController('referral', referralHooks, referralActions);
