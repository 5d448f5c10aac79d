import EventIcon from '@mui/icons-material/Event';
import { Link } from 'react-router-dom';
import {
  Button,
  Datagrid,
  FunctionField,
  ReferenceManyField,
  TextField,
  useCreatePath,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { BodyRecord, MeetingRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { DownloadButton } from '../common/DownloadButton';
import { formatDateTime } from '../common/format';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';
import { MeetingStatusChip } from '../meetings/MeetingStatusChip';

/** The body's meetings (drafts for the UdP only), its calendar, a new meeting for the UdP. */
export const BodyMeetings = () => {
  const body = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const api = useGovernanceApi();
  const secretariat = useIsSecretariat();
  const createPath = useCreatePath();
  if (!body) return null;
  return (
    <Section
      title={translate('governance.body.meetings')}
      actions={
        <>
          <DownloadButton
            label="governance.body.calendar"
            fetchFile={() => api.governanceBodyCalendar(body.id)}
            fileName={`${body.code}.ics`}
          />
          {secretariat ? (
            <Button
              component={Link}
              to={createPath({ resource: 'governance-meetings', type: 'create' })}
              state={{ record: { body: body.id } }}
              label="governance.body.newMeeting"
            >
              <EventIcon />
            </Button>
          ) : null}
        </>
      }
    >
      <ReferenceManyField reference="governance-meetings" target="body" perPage={200}>
        <Datagrid bulkActionButtons={false} rowClick="show" resource="governance-meetings">
          <FunctionField<MeetingRecord> source="startsAt" sortable={false} render={(m) => formatDateTime(m.startsAt, locale)} />
          <TextField source="title" sortable={false} />
          <FunctionField<MeetingRecord>
            source="status"
            sortable={false}
            render={(m) => <MeetingStatusChip status={m.status} />}
          />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
};
