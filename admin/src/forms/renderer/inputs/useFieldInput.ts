import type { Field } from '@forms-shared';
import { useController } from 'react-hook-form';
import { inputId } from '../../model/fieldPaths';
import { pick } from '../../model/localized';
import { useRenderer } from '../RendererContext';

/** What every input of a field needs: its react-hook-form binding, texts in the user's language, its error. */
export function useFieldInput(field: Field, path: string) {
  const { language, readOnly } = useRenderer();
  const { field: binding, fieldState } = useController({ name: path });
  const error = fieldState.error?.message;
  const help = field.help ? pick(field.help, language) : undefined;
  return {
    binding,
    id: inputId(path),
    label: pick(field.label, language),
    help,
    error,
    /**
     * The error when there is one, else the help, else a blank line: the space is kept so that an error
     * appearing on blur does not move the page (and the button being clicked) under the pointer.
     */
    helperText: error ?? help ?? ' ',
    required: 'required' in field && field.required === true,
    readOnly,
    language,
  };
}
