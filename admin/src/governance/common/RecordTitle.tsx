import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The app bar's title on a record page: the record's own title or name, after `action` ("Modifica") on an
 * edit page. react-admin would prefix the resource's name, and a minutes' title already starts with "Verbale".
 */
export const RecordTitle = ({ field, fallback, action }: { field: 'title' | 'name'; fallback: string; action?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const text = record?.[field];
  const name = typeof text === 'string' && text ? text : translate(fallback, { smart_count: 1 });
  return <span>{action ? `${translate(action)}: ${name}` : name}</span>;
};
