import { Button } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import AddTaskIcon from '@mui/icons-material/AddTask';
import VoucherIcon from '@mui/icons-material/ConfirmationNumber';
import { Link } from 'react-router-dom';
import { EditButton, TopToolbar, useBasename, useRecordContext, useTranslate } from 'react-admin';
import { useCasesAction } from '../common/useRole';
import { TakeChargeButton } from './TakeChargeButton';

/** What can be done from a case page (its forms are filled in place, CaseFormsSection): take charge, refer, record an intervention, issue a voucher, edit. */
export const CaseActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const basename = useBasename();
  const mayRefer = useCasesAction('refer', 'cases');
  const mayRecord = useCasesAction('create', 'interventions');
  const mayEdit = useCasesAction('edit', 'cases');
  const mayIssue = useCasesAction('create', 'vouchers');
  if (!record) return <TopToolbar />;
  const open = record.status !== 'closed';

  return (
    <TopToolbar>
      <TakeChargeButton />
      {mayRefer && open ? (
        <Button
          component={Link}
          to={`${basename}/referrals/create`}
          state={{
            record: { case: record.id, fromMunicipality: record.municipality, fromService: record.service, consentGiven: false },
          }}
          startIcon={<SendIcon />}
        >
          {translate('cases.show.refer')}
        </Button>
      ) : null}
      {mayRecord && open ? (
        <Button
          component={Link}
          to={`${basename}/interventions/create`}
          state={{ record: { case: record.id, service: record.service } }}
          startIcon={<AddTaskIcon />}
        >
          {translate('cases.show.recordIntervention')}
        </Button>
      ) : null}
      {mayIssue && open ? (
        <Button
          component={Link}
          to={`${basename}/vouchers/create`}
          state={{ record: { case: record.id, service: record.service } }}
          startIcon={<VoucherIcon />}
        >
          {translate('cases.show.issueVoucher')}
        </Button>
      ) : null}
      {mayEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};
