export default {
  routes: [{ method: 'POST', path: '/vouchers/:id/redemptions', handler: 'voucher.redeem', config: { policies: [] } }],
};
