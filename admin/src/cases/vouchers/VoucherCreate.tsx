import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  DateInput,
  Labeled,
  minValue,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SimpleForm,
  useBasename,
  useCreate,
  useDataProvider,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { FieldRow } from '../common/FieldRow';
import { formErrorsOf } from '../model/formErrors';
import { romeToday } from '../model/intake';
import { pickFields } from '../model/pick';
import { withPopulate } from '../common/populate';
import { AccreditedProviderInput } from './AccreditedProviderInput';

const byName = { field: 'name', order: 'ASC' } as const;
const byOpening = { field: 'openedAt', order: 'DESC' } as const;
const validateRequired = required();
const validateValue = [required(), minValue(0.01)];
// The code, balance, status and co-payment share are the server's; the beneficiary is the case's.
const SENT = ['case', 'service', 'provider', 'value', 'validFrom', 'validTo'];

/** The case the voucher is for: fixed when opened from a case page, else chosen by code. */
const CaseInput = () => {
  const chosen = useWatch({ name: 'case' }) as string | undefined;
  const translate = useTranslate();
  return (
    <>
      <ReferenceInput
        source="case"
        reference="cases"
        sort={byOpening}
        filter={{ status: 'open' }}
        queryOptions={withPopulate('cases')}
      >
        <AutocompleteInput
          optionText="code"
          filterToQuery={(text) => ({ code_containsi: text })}
          validate={validateRequired}
          sx={{ minWidth: 300 }}
        />
      </ReferenceInput>
      {chosen ? (
        <ReferenceField
          record={{ id: 'form', case: chosen }}
          source="case"
          reference="cases"
          link={false}
          queryOptions={withPopulate('cases')}
        >
          <Labeled source="beneficiary" resource="vouchers">
            <ReferenceField source="beneficiary" reference="beneficiaries" link={false} />
          </Labeled>
        </ReferenceField>
      ) : null}
      <Alert severity="info" sx={{ my: 1 }}>
        {translate('cases.voucher.caseHint')}
      </Alert>
    </>
  );
};

/**
 * The operator issues a nominal voucher on a case: service, the provider the citizen chose among those
 * accredited today for it, value and validity. Refusals of the server (no valid accreditation, dates)
 * are shown under the field they concern.
 */
export const VoucherCreate = () => {
  const [create] = useCreate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  const basename = useBasename();
  const today = romeToday();

  const save = async (values: Record<string, unknown>) => {
    try {
      const { data: caseRecord } = await dataProvider.getOne('cases', {
        id: String(values.case),
        meta: { populate: ['beneficiary'] },
      });
      const data = { ...pickFields(values, SENT), beneficiary: caseRecord.beneficiary };
      const issued = (await create('vouchers', { data }, { returnPromise: true })) as RaRecord;
      notify('cases.voucher.issued', { type: 'success' });
      navigate(`${basename}/vouchers/${encodeURIComponent(String(issued.id))}/show`);
    } catch (error) {
      const fields = formErrorsOf(error);
      notify(
        Object.keys(fields).length
          ? 'cases.voucher.issueRefused'
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
    <Create title="cases.voucher.issue">
      <SimpleForm
        onSubmit={save}
        defaultValues={{ validFrom: today, validTo: `${today.slice(0, 4)}-12-31` }}
        warnWhenUnsavedChanges
      >
        <CaseInput />
        <ReferenceInput source="service" reference="services" sort={byName}>
          <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <AccreditedProviderInput />
        <FieldRow>
          <NumberInput source="value" validate={validateValue} step={0.01} />
          <DateInput source="validFrom" validate={validateRequired} />
          <DateInput source="validTo" validate={validateRequired} />
        </FieldRow>
      </SimpleForm>
    </Create>
  );
};
