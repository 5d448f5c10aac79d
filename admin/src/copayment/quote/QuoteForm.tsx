import CalculateIcon from '@mui/icons-material/Calculate';
import {
  AutocompleteInput,
  Form,
  FormDataConsumer,
  HttpError,
  NumberInput,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  useNotify,
} from 'react-admin';
import type { QuoteRequest, QuoteResponse, Scheme } from '../../../../src/copayment/contracts';
import { useCopaymentApi } from '../api/useCopaymentApi';
import { quoteSchemeChoices } from '../common/choices';
import type { QuotableService } from './useQuotableServices';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();

interface QuoteFormProps {
  services: QuotableService[];
  defaultMunicipality?: string;
  onResult: (result: QuoteResponse | null) => void;
}

interface Values {
  service: string;
  municipality: string;
  isee: number;
  householdSize: number;
  quantity: number;
  scheme: Scheme | 'auto';
}

/** The citizen's situation; the server's field errors (bilingual, in the user's language) appear under the inputs. */
export const QuoteForm = ({ services, defaultMunicipality, onResult }: QuoteFormProps) => {
  const api = useCopaymentApi();
  const notify = useNotify();

  const submit = async (values: Record<string, unknown>) => {
    const { scheme, ...rest } = values as unknown as Values;
    const request: QuoteRequest = { ...rest, ...(scheme && scheme !== 'auto' ? { scheme } : {}) };
    try {
      onResult(await api.copaymentQuote(request));
      return undefined;
    } catch (error) {
      onResult(null);
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <Form
      key={defaultMunicipality ?? 'none'}
      defaultValues={{ service: services[0]?.id, municipality: defaultMunicipality, householdSize: 1, scheme: 'auto' }}
      onSubmit={submit}
    >
      <SelectInput source="service" choices={services} validate={validateRequired} fullWidth />
      <ReferenceInput source="municipality" reference="municipalities" sort={byName}>
        <AutocompleteInput optionText="name" validate={validateRequired} fullWidth />
      </ReferenceInput>
      <NumberInput source="isee" validate={validateRequired} fullWidth />
      <NumberInput source="householdSize" validate={validateRequired} fullWidth />
      <FormDataConsumer>
        {({ formData }) => {
          const unit = services.find((s) => s.id === formData.service)?.unit;
          return (
            <NumberInput
              source="quantity"
              label={unit ? `copayment.enums.unitPlural.${unit}` : undefined}
              validate={validateRequired}
              fullWidth
            />
          );
        }}
      </FormDataConsumer>
      <SelectInput source="scheme" choices={quoteSchemeChoices} fullWidth />
      <SaveButton label="copayment.quote.submit" icon={<CalculateIcon />} alwaysEnable />
    </Form>
  );
};
