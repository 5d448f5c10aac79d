import AddIcon from '@mui/icons-material/Add';
import {
  ArrayInput,
  Button,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSimpleFormIterator,
  useSourceContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { FieldChoice } from '../forms/useEditChoices';

const OPS = ['eq', 'in', 'includes', 'gte', 'lte'] as const;
const opChoices = OPS.map((op) => ({ id: op, name: `observatory.computation.ops.${op}` }));

/** An answer's value: the field's options when it has some (equal to / includes one), else typed text. */
const AnswerValueInput = ({ fields }: { fields: FieldChoice[] }) => {
  const { getSource } = useSourceContext();
  const field = useWatch({ name: getSource('field') }) as string | undefined;
  const op = useWatch({ name: getSource('op') }) as string | undefined;
  const options = fields.find((f) => f.id === field)?.options ?? [];
  if (options.length > 0 && (op === 'eq' || op === 'includes'))
    return <SelectInput source="value" label="observatory.computation.answerValue" choices={options} sx={{ minWidth: 220 }} />;
  return (
    <TextInput
      source="value"
      label="observatory.computation.answerValue"
      helperText={op === 'in' ? 'observatory.computation.answerValuesHint' : false}
      sx={{ minWidth: 220 }}
    />
  );
};

/** A labelled "add a condition" button (react-admin's default is an icon alone). */
const AddConditionButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="observatory.computation.addAnswer" onClick={() => add({ op: 'eq' })}>
      <AddIcon />
    </Button>
  );
};

/** Conditions on the answers of the counted submissions, all of which must hold. */
export const AnswerFilters = ({ source, fields }: { source: string; fields: FieldChoice[] }) => (
  <ArrayInput source={source} label="observatory.computation.answers" helperText="observatory.computation.answersHint">
    <SimpleFormIterator inline disableReordering disableClear addButton={<AddConditionButton />}>
      {fields.length > 0 ? (
        <SelectInput source="field" label="observatory.computation.answerField" choices={fields} sx={{ minWidth: 240 }} />
      ) : (
        <TextInput source="field" label="observatory.computation.answerField" sx={{ minWidth: 200 }} />
      )}
      <SelectInput source="op" label="observatory.computation.op" choices={opChoices} defaultValue="eq" sx={{ minWidth: 180 }} />
      <AnswerValueInput fields={fields} />
    </SimpleFormIterator>
  </ArrayInput>
);
