import {
  AddItemButton,
  ArrayInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSourceContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ActionValues } from '../model/formValues';
import { recipientChoices } from './recipients';

const ACTION_CHOICES = [
  { id: 'assign', name: 'workflows.designer.actionTypes.assign' },
  { id: 'task', name: 'workflows.designer.actionTypes.task' },
  { id: 'deadline', name: 'workflows.designer.actionTypes.deadline' },
  { id: 'notify', name: 'workflows.designer.actionTypes.notify' },
  { id: 'comment', name: 'workflows.designer.actionTypes.comment' },
];

const UNIT_CHOICES = [
  { id: 'workingDays', name: 'workflows.designer.units.workingDays' },
  { id: 'days', name: 'workflows.designer.units.days' },
];

/** One action: what it does, then the pickers it needs (to whom, title and days, how many days, message). */
const ActionInputs = () => {
  const { getSource } = useSourceContext();
  const type = useWatch({ name: getSource('type') }) as ActionValues['type'] | undefined;
  const recipient = useWatch({ name: getSource('recipient') }) as string | undefined;
  const to = (people: ('actor' | 'assignee' | 'starter')[]) => (
    <SelectInput
      source="recipient"
      label="workflows.designer.recipient"
      choices={recipientChoices(people, recipient)}
      fullWidth={false}
      sx={{ width: 280 }}
    />
  );
  return (
    <>
      <SelectInput
        source="type"
        label="workflows.designer.actionType"
        choices={ACTION_CHOICES}
        fullWidth={false}
        sx={{ width: 260 }}
      />
      {type === 'assign' ? to(['actor', 'starter']) : null}
      {type === 'task' ? (
        <>
          {to(['assignee', 'actor'])}
          <TextInput source="title.it" label="workflows.designer.taskTitle" fullWidth={false} sx={{ width: 260 }} />
          <NumberInput
            source="dueInWorkingDays"
            label="workflows.designer.taskDue"
            min={1}
            max={365}
            fullWidth={false}
            sx={{ width: 180 }}
          />
        </>
      ) : null}
      {type === 'deadline' ? (
        <>
          <NumberInput
            source="amount"
            label="workflows.designer.deadlineAmount"
            min={1}
            max={365}
            fullWidth={false}
            sx={{ width: 140 }}
          />
          <SelectInput
            source="unit"
            label="workflows.designer.deadlineUnit"
            choices={UNIT_CHOICES}
            defaultValue="workingDays"
            fullWidth={false}
            sx={{ width: 200 }}
          />
        </>
      ) : null}
      {type === 'notify' ? (
        <>
          {to(['assignee', 'actor', 'starter'])}
          <TextInput source="message.it" label="workflows.designer.noticeText" fullWidth={false} sx={{ width: 320 }} />
        </>
      ) : null}
      {type === 'comment' ? (
        <TextInput source="text.it" label="workflows.designer.noteText" fullWidth={false} sx={{ width: 320 }} />
      ) : null}
    </>
  );
};

/** What happens when a transition is taken (or an instance starts), from pickers. */
export const ActionsEditor = ({ source = 'actions' }: { source?: string }) => (
  <ArrayInput source={source} label="workflows.designer.actions">
    <SimpleFormIterator
      inline
      disableReordering
      addButton={<AddItemButton label="workflows.designer.addAction" />}
      sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' } }}
    >
      <ActionInputs />
    </SimpleFormIterator>
  </ArrayInput>
);
