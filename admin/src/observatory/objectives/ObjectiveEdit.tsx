import { Create, Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import type { Objective } from '../api/types';
import { toObjectiveForm } from '../forms/objectiveForm';
import { ObjectiveInputs } from './ObjectiveInputs';

const Title = () => {
  const record = useRecordContext<Objective>();
  const translate = useTranslate();
  return <>{translate('observatory.objectives.editTitle', { name: record?.name ?? '' })}</>;
};

/** The form filled from the stored objective (area and services by code, decisions by documentId). */
const EditForm = () => {
  const record = useRecordContext<Objective>();
  if (!record) return null;
  return (
    <SimpleForm record={{ id: record.id, ...toObjectiveForm(record) }} warnWhenUnsavedChanges toolbar={<SaveOnlyToolbar />}>
      <ObjectiveInputs />
    </SimpleForm>
  );
};

/** The Ufficio di Piano edits an objective of the programming document. */
const ObjectiveEditView = () => (
  <Edit resource="observatory-objectives" title={<Title />} mutationMode="pessimistic" redirect="show">
    <EditForm />
  </Edit>
);

const THIS_YEAR = new Date().getFullYear();

/** A new objective: a specific objective of the current year unless told otherwise. */
const ObjectiveCreateView = () => (
  <Create resource="observatory-objectives" title="observatory.objectives.createTitle" redirect="show">
    <SimpleForm
      defaultValues={{ type: 'specifico', periodFrom: THIS_YEAR, periodTo: THIS_YEAR + 2, services: [], decisions: [] }}
    >
      <ObjectiveInputs />
    </SimpleForm>
  </Create>
);

export const ObjectiveEdit = withObservatoryData(ObjectiveEditView);
export const ObjectiveCreate = withObservatoryData(ObjectiveCreateView);
