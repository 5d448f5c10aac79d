import {
  MenuItem,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import SaveIcon from '@mui/icons-material/Save';
import type { Attendance, AttendanceEntry, MeetingRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { QuorumStatus } from '../common/Quorum';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';

const OPTIONS: Attendance[] = ['pending', 'present', 'absent', 'delegated'];

/** Who was invited and who came (present, absent, by delegate); the UdP records it and sees the quorum follow. */
export const AttendanceSheet = () => {
  const meeting = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const secretariat = useIsSecretariat();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [entries, setEntries] = useState<AttendanceEntry[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setEntries(
      (meeting?.invitations ?? []).map((i) => ({ membership: i.membership.documentId, attendance: i.attendance, delegate: i.delegate }))
    );
  }, [meeting]);
  if (!meeting || meeting.invitations === undefined) return null;
  const editable = secretariat && meeting.status === 'convened';
  const set = (index: number, change: Partial<AttendanceEntry>) =>
    setEntries((current) => current.map((entry, i) => (i === index ? { ...entry, ...change } : entry)));

  const save = async () => {
    setSaving(true);
    try {
      await api.governanceAttendance(
        meeting.id,
        entries.map((e) => ({ membership: e.membership, attendance: e.attendance, ...(e.attendance === 'delegated' && e.delegate ? { delegate: e.delegate } : {}) }))
      );
      notify('governance.meeting.attendanceSaved', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      title={translate('governance.meeting.invitations')}
      actions={editable ? <Button label="governance.meeting.saveAttendance" onClick={save} disabled={saving} variant="contained"><SaveIcon /></Button> : undefined}
    >
      {meeting.invitations.length === 0 ? (
        <Typography variant="body2">{translate('governance.meeting.noInvitations')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('governance.meeting.invitations')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.governance-memberships.fields.name')}</TableCell>
              <TableCell>{translate('resources.governance-memberships.fields.seat')}</TableCell>
              <TableCell>{translate('resources.governance-memberships.fields.role')}</TableCell>
              <TableCell>{translate('governance.meeting.attendanceColumn')}</TableCell>
              <TableCell>{translate('governance.meeting.delegate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {meeting.invitations.map((invitation, index) => {
              const entry = entries[index] ?? { attendance: invitation.attendance, delegate: invitation.delegate };
              const name = invitation.membership.name ?? invitation.membership.documentId;
              return (
                <TableRow key={invitation.membership.documentId}>
                  <TableCell>
                    {name}
                    {invitation.membership.organisation ? (
                      <Typography variant="caption" component="div" color="text.secondary">
                        {invitation.membership.organisation}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>{invitation.membership.seat ? translate(`governance.seats.${invitation.membership.seat}`) : '—'}</TableCell>
                  <TableCell>{invitation.membership.role ? translate(`governance.roles.${invitation.membership.role}`) : '—'}</TableCell>
                  <TableCell>
                    {editable ? (
                      <Select
                        size="small"
                        value={entry.attendance}
                        inputProps={{ 'aria-label': translate('governance.meeting.attendanceOf', { name }) }}
                        onChange={(event) => set(index, { attendance: event.target.value as Attendance })}
                      >
                        {OPTIONS.map((option) => (
                          <MenuItem key={option} value={option}>
                            {translate(`governance.attendance.${option}`)}
                          </MenuItem>
                        ))}
                      </Select>
                    ) : (
                      translate(`governance.attendance.${invitation.attendance}`)
                    )}
                  </TableCell>
                  <TableCell>
                    {editable && entry.attendance === 'delegated' ? (
                      <MuiTextField
                        size="small"
                        value={entry.delegate ?? ''}
                        slotProps={{ htmlInput: { 'aria-label': translate('governance.meeting.delegateOf', { name }) } }}
                        onChange={(event) => set(index, { delegate: event.target.value })}
                      />
                    ) : (
                      invitation.delegate ?? ''
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <QuorumStatus quorum={meeting.quorum} />
    </Section>
  );
};
