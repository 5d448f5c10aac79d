import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { fromRomeInputValue, toRomeInputValue } from './romeTime';

/** react-admin's date-time input, showing and taking the time in Rome whatever the browser's time zone. */
export const RomeDateTimeInput = (props: DateTimeInputProps) => (
  <DateTimeInput format={toRomeInputValue} parse={fromRomeInputValue} {...props} />
);
