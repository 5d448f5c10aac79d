import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/AddShoppingCart';
import {
  DateInput,
  Form,
  minValue,
  NumberInput,
  required,
  SaveButton,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormatLocale } from '../../common/LocaleFields';
import { useCasesApi } from '../api/useCasesApi';
import { useCasesAction } from '../common/useRole';
import { formErrorsOf } from '../model/formErrors';
import { romeToday } from '../model/intake';

const validateDate = required();
const validatePositive = [required(), minValue(0.01)];

/**
 * Provider staff record the use of a voucher (date, quantity, amount) with the balance left in view;
 * the server's refusals (beyond the balance, outside the validity) appear under the field concerned.
 */
export const RedeemVoucher = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const locale = useFormatLocale();
  const api = useCasesApi();
  const mayRedeem = useCasesAction('redeem', 'vouchers');
  const [open, setOpen] = useState(false);
  if (!record || !mayRedeem || record.status !== 'issued') return null;
  const balance = Number(record.balance ?? 0).toLocaleString(locale, { style: 'currency', currency: 'EUR' });

  const save = async (values: Record<string, unknown>) => {
    try {
      await api.casesRedeemVoucher(String(record.id), {
        date: String(values.date),
        quantity: Number(values.quantity),
        amount: Number(values.amount),
      });
      notify('cases.voucher.redeemed', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      const fields = formErrorsOf(error);
      notify(
        Object.keys(fields).length
          ? 'cases.voucher.redeemRefused'
          : error instanceof Error
            ? error.message
            : 'ra.notification.http_error',
        {
          type: 'error',
        }
      );
      return fields;
    }
  };

  return (
    <>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        {translate('cases.voucher.redeem')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="redeem-title">
        <Form onSubmit={save} defaultValues={{ date: romeToday(), quantity: 1 }} resource="vouchers" noValidate>
          <DialogTitle id="redeem-title">{translate('cases.voucher.redeem')}</DialogTitle>
          <DialogContent>
            <Typography sx={{ mb: 2 }} aria-live="polite">
              {translate('cases.voucher.balanceLeft', { balance })}
            </Typography>
            <DateInput source="date" label="resources.vouchers.fields.redemptions.date" validate={validateDate} />
            <NumberInput
              source="quantity"
              label="resources.vouchers.fields.redemptions.quantity"
              validate={validatePositive}
              step={0.5}
            />
            <NumberInput
              source="amount"
              label="resources.vouchers.fields.redemptions.amount"
              validate={validatePositive}
              step={0.01}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
