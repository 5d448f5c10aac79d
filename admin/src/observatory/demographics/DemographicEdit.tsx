import { Create, Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import type { DemographicRow } from '../api/types';
import { toDemographicForm } from '../forms/demographicForm';
import { DemographicInputs } from './DemographicInputs';

const Title = () => {
  const record = useRecordContext<DemographicRow>();
  const translate = useTranslate();
  return (
    <>
      {translate('observatory.demographicForm.editTitle', {
        municipality: record?.municipality?.name ?? '',
        year: record?.year ?? '',
      })}
    </>
  );
};

const EditForm = () => {
  const record = useRecordContext<DemographicRow>();
  if (!record) return null;
  return (
    <SimpleForm record={{ id: record.id, ...toDemographicForm(record) }} warnWhenUnsavedChanges toolbar={<SaveOnlyToolbar />}>
      <DemographicInputs />
    </SimpleForm>
  );
};

/** The UdP corrects a comune's population of one year; the indices follow from the bands. */
const DemographicEditView = () => (
  <Edit resource="observatory-demographics" title={<Title />} mutationMode="pessimistic" redirect="list">
    <EditForm />
  </Edit>
);

/** A new row: one comune, one year (the server refuses a second row for the same pair). */
const DemographicCreateView = () => (
  <Create resource="observatory-demographics" title="observatory.demographicForm.createTitle" redirect="list">
    <SimpleForm defaultValues={{ year: new Date().getFullYear(), published: {} }}>
      <DemographicInputs />
    </SimpleForm>
  </Create>
);

export const DemographicEdit = withObservatoryData(DemographicEditView);
export const DemographicCreate = withObservatoryData(DemographicCreateView);
