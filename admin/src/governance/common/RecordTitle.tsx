import { useRecordContext, useTranslate } from 'react-admin';

/** The app bar's title on a record page: the record's own title or name (react-admin would prefix the resource's). */
export const RecordTitle = ({ field, fallback }: { field: 'title' | 'name'; fallback: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const text = record?.[field];
  return <span>{typeof text === 'string' && text ? text : translate(fallback, { smart_count: 1 })}</span>;
};
