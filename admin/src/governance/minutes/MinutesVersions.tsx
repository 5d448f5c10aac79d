import { Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { MinutesRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { formatDateTime } from '../common/format';
import { Section } from '../common/Section';
import { versionNote } from '../common/versionNote';
import { languageOf } from '../../forms/model/localized';

/** The versions kept: one when the review opens, one for each accepted amendment. */
export const MinutesVersions = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const api = useGovernanceApi();
  const { data } = useQuery({
    queryKey: ['governance-minutes', 'versions', minutes?.id, minutes?.version],
    queryFn: () => api.governanceVersions(minutes!.id),
    enabled: Boolean(minutes),
  });
  if (!minutes) return null;
  return (
    <Section title={translate('governance.minutes.versions')}>
      {!data || data.length === 0 ? (
        <Typography variant="body2">{translate('governance.minutes.noVersions')}</Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {data.map((v) => (
              <TableRow key={v.version} selected={v.version === minutes.approvedVersion}>
                <TableCell>{translate('governance.minutes.version', { version: v.version })}</TableCell>
                <TableCell>{formatDateTime(v.createdAt, locale)}</TableCell>
                <TableCell>{versionNote(v.note, languageOf(locale))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
