import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/AddShoppingCart';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCasesApi } from '../api/useCasesApi';
import { useCasesAction } from '../common/useRole';
import { romeToday } from '../model/intake';

/** Provider staff record the use of a voucher (date, quantity, amount); the server refuses more than the balance. */
export const RedeemVoucher = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useCasesApi();
  const mayRedeem = useCasesAction('redeem', 'vouchers');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(romeToday());
  const [quantity, setQuantity] = useState('1');
  const [amount, setAmount] = useState('');
  if (!record || !mayRedeem || record.status !== 'issued') return null;

  const save = async () => {
    setBusy(true);
    try {
      await api.casesRedeemVoucher(String(record.id), { date, quantity: Number(quantity), amount: Number(amount) });
      notify('cases.voucher.redeemed', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        {translate('cases.voucher.redeem')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="redeem-title">
        <DialogTitle id="redeem-title">{translate('cases.voucher.redeem')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField type="date" label={translate('resources.vouchers.fields.redemptions.date')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField type="number" label={translate('resources.vouchers.fields.redemptions.quantity')} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
            <TextField type="number" label={translate('resources.vouchers.fields.redemptions.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || !date || amount === '' || Number(amount) <= 0} onClick={save}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
