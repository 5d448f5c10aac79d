import { Typography } from '@mui/material';
import { Edit, SimpleForm, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import type { Indicator } from '../api/types';
import { toIndicatorForm } from '../forms/indicatorForm';
import { IndicatorInputs } from './IndicatorInputs';
import { IndicatorValues } from './IndicatorValues';

const IndicatorTitle = () => {
  const record = useRecordContext<Indicator>();
  const translate = useTranslate();
  return <>{translate('observatory.indicators.editTitle', { name: record?.name ?? '' })}</>;
};

/** The definition's form, filled from the stored indicator (the objective by code, the computation as inputs). */
const DefinitionForm = () => {
  const record = useRecordContext<Indicator>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <SimpleForm record={{ id: record.id, ...toIndicatorForm(record) }} warnWhenUnsavedChanges toolbar={<SaveOnlyToolbar />}>
      <Typography variant="h6" component="h2">
        {translate('observatory.indicators.definition')}
      </Typography>
      <IndicatorInputs />
    </SimpleForm>
  );
};

const backToObjective = (_resource: string | undefined, id: unknown, data: Partial<RaRecord> | undefined) => {
  const objective = (data as Indicator | undefined)?.objective;
  return objective ? `observatory-objectives/${objective.documentId}/show` : `observatory-indicators/${String(id)}`;
};

/** The Ufficio di Piano edits an indicator's definition (with a preview of what it computes) and records its yearly values. */
const IndicatorEditView = () => (
  <Edit resource="observatory-indicators" title={<IndicatorTitle />} mutationMode="pessimistic" redirect={backToObjective}>
    <IndicatorValues />
    <DefinitionForm />
  </Edit>
);

export const IndicatorEdit = withObservatoryData(IndicatorEditView);
