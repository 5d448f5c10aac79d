import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Chip } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  Button,
  Datagrid,
  DeleteButton,
  EditButton,
  FunctionField,
  ReferenceManyField,
  TextField,
  useCreatePath,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { BodyRecord, MembershipRecord } from '../api/types';
import { formatDate } from '../common/format';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';

const Term = () => {
  const record = useRecordContext<MembershipRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const from = formatDate(record.from, locale);
  const text =
    !record.from && !record.to
      ? translate('governance.body.noTerm')
      : record.to
        ? translate('governance.body.termClosed', { from, to: formatDate(record.to, locale) })
        : translate('governance.body.termOpen', { from });
  return (
    <span>
      {text}{' '}
      <Chip
        size="small"
        variant="outlined"
        color={record.active ? 'success' : 'default'}
        label={translate(record.active ? 'governance.body.inOffice' : 'governance.body.ended')}
      />
    </span>
  );
};

/** Members with seat, role and term; the UdP adds, edits and removes them. */
export const BodyMembers = () => {
  const body = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  const secretariat = useIsSecretariat();
  const createPath = useCreatePath();
  if (!body) return null;
  return (
    <Section
      title={translate('governance.body.members')}
      actions={
        secretariat ? (
          <Button
            component={Link}
            to={createPath({ resource: 'governance-memberships', type: 'create' })}
            state={{ record: { body: body.id } }}
            label="governance.body.addMember"
          >
            <PersonAddIcon />
          </Button>
        ) : undefined
      }
    >
      <ReferenceManyField reference="governance-memberships" target="body" perPage={200}>
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="name" sortable={false} />
          <FunctionField<MembershipRecord>
            source="organisation"
            sortable={false}
            render={(m) => m.organisation ?? m.municipality?.name ?? m.provider?.name ?? '—'}
          />
          <FunctionField<MembershipRecord>
            source="seat"
            sortable={false}
            render={(m) => `${translate(`governance.seats.${m.seat}`)}${m.delegateFor ? ` – ${m.delegateFor.name}` : ''}`}
          />
          <FunctionField<MembershipRecord>
            source="role"
            sortable={false}
            render={(m) => translate(`governance.roles.${m.role}`)}
          />
          <FunctionField label="governance.body.term" render={() => <Term />} />
          {secretariat ? (
            <FunctionField<MembershipRecord>
              label="governance.body.account"
              render={(m) =>
                m.user
                  ? `${m.user.username}${m.invitedOn ? ` (${translate('governance.body.invitedChip')})` : ''}`
                  : translate('governance.body.noAccount')
              }
            />
          ) : null}
          {secretariat ? <EditButton /> : null}
          {secretariat ? <DeleteButton mutationMode="pessimistic" redirect={false} /> : null}
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
};
