import { casesController } from '../../../cases/controller';
import { voucherActions, voucherHooks } from '../../../cases/vouchers';

/** Vouchers through the access layer; issuing rules and redemptions live with it (src/cases/vouchers.ts). */
export default casesController('voucher', voucherHooks, voucherActions);
