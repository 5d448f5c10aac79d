import type { Field } from '@forms-shared';
import { BooleanInput } from './inputs/BooleanInput';
import { CalculatedValue } from './inputs/CalculatedValue';
import { ChoiceInput } from './inputs/ChoiceInput';
import { FileInput } from './inputs/FileInput';
import { GroupInput } from './inputs/GroupInput';
import { ReferenceInput } from './inputs/ReferenceInput';
import { StaticText } from './inputs/StaticText';
import { TextualInput } from './inputs/TextualInput';
import { useRenderer } from './RendererContext';

interface FieldViewProps {
  field: Field;
  /** Data path of the field's value: `phone`, `household.0.birthDate`. */
  path: string;
}

/** One field, shown only while its condition (evaluated by the engine) holds. */
export const FieldView = ({ field, path }: FieldViewProps) => {
  const { evaluation } = useRenderer();
  if (evaluation.visibility[path] === false) return null;
  switch (field.type) {
    case 'boolean':
      return <BooleanInput field={field} path={path} />;
    case 'singleChoice':
    case 'multipleChoice':
      return <ChoiceInput field={field} path={path} />;
    case 'reference':
      return <ReferenceInput field={field} path={path} />;
    case 'file':
      return <FileInput field={field} path={path} />;
    case 'group':
      return <GroupInput field={field} path={path} />;
    case 'calculated':
      return <CalculatedValue field={field} path={path} />;
    case 'staticText':
      return <StaticText field={field} />;
    default:
      return <TextualInput field={field} path={path} />;
  }
};

/** Fields of a section or of a group row, `prefix` being the row's path (`household.0.`) or ''. */
export const FieldList = ({ fields, prefix }: { fields: Field[]; prefix: string }) => (
  <>
    {fields.map((field) => (
      <FieldView key={field.key} field={field} path={prefix + field.key} />
    ))}
  </>
);
