import AddIcon from '@mui/icons-material/Add';
import { Alert, Typography } from '@mui/material';
import {
  ArrayInput,
  Button as RaButton,
  Edit,
  NumberInput,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Indicator } from '../api/types';

/** A labelled "add a year" button (react-admin's default is an icon alone). */
const AddYearButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <RaButton label="observatory.indicators.addYear" onClick={() => add()}>
      <AddIcon />
    </RaButton>
  );
};

const IndicatorTitle = () => {
  const record = useRecordContext<Indicator>();
  const translate = useTranslate();
  return <>{translate('observatory.indicators.editTitle', { name: record?.name ?? '' })}</>;
};

const Heading = () => {
  const record = useRecordContext<Indicator>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="h6" component="h1">
        {record.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {record.objective?.name} {record.unit ? `· ${translate('observatory.indicators.unit')}: ${record.unit}` : ''}
      </Typography>
      {record.kind === 'computed' && <Alert severity="info">{translate('observatory.indicators.computedNote')}</Alert>}
    </>
  );
};

const ValuesInput = () => {
  const record = useRecordContext<Indicator>();
  const translate = useTranslate();
  if (record?.kind === 'computed') return null;
  return (
    <>
    <Typography variant="body2" color="text.secondary">
      {translate('observatory.indicators.noRemove')}
    </Typography>
    <ArrayInput source="values" label={translate('observatory.indicators.values')}>
      <SimpleFormIterator inline disableReordering disableRemove addButton={<AddYearButton />}>
        <NumberInput source="year" label={translate('observatory.indicators.year')} validate={required()} step={1} sx={{ width: 110, minWidth: 110 }} />
        <NumberInput source="value" label={translate('observatory.indicators.value')} validate={required()} sx={{ width: 140, minWidth: 140 }} />
        <TextInput source="source" label={translate('observatory.indicators.source')} validate={required()} sx={{ minWidth: 320 }} />
        <TextInput source="note" label={translate('observatory.indicators.note')} sx={{ minWidth: 240 }} />
      </SimpleFormIterator>
    </ArrayInput>
    </>
  );
};

const EditToolbar = () => {
  const record = useRecordContext<Indicator>();
  return <Toolbar>{record?.kind === 'computed' ? <span /> : <SaveButton />}</Toolbar>;
};

const backToObjective = (_resource: string | undefined, _id: unknown, data: Partial<RaRecord> | undefined) => {
  const objective = (data as Indicator | undefined)?.objective;
  return objective ? `observatory-objectives/${objective.documentId}/show` : 'observatory-indicators';
};

/** The Ufficio di Piano types the yearly values of a manual indicator, with their source. */
const IndicatorEditView = () => (
  <Edit resource="observatory-indicators" title={<IndicatorTitle />} mutationMode="pessimistic" redirect={backToObjective}>
    <SimpleForm toolbar={<EditToolbar />}>
      <Heading />
      <ValuesInput />
    </SimpleForm>
  </Edit>
);

export const IndicatorEdit = withObservatoryData(IndicatorEditView);
