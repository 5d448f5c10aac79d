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
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import LockOpenIcon from '@mui/icons-material/LockOpen';
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
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setEntries(
      (meeting?.invitations ?? []).map((i) => ({
        membership: i.membership.documentId,
        attendance: i.attendance,
        delegate: i.delegate,
      }))
    );
  }, [meeting]);
  if (!meeting || meeting.invitations === undefined) return null;
  const editable = secretariat && meeting.status === 'convened';
  const reopenable = secretariat && meeting.status === 'held' && !meeting.minutes;
  const unrecorded = entries.filter((e) => e.attendance === 'pending').length;
  const set = (index: number, change: Partial<AttendanceEntry>) =>
    setEntries((current) => current.map((entry, i) => (i === index ? { ...entry, ...change } : entry)));

  const reopen = async () => {
    setSaving(true);
    try {
      await api.governanceReopen(meeting.id);
      notify('governance.meeting.reopened', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  /** Rows still "Da registrare" are confirmed first: the meeting is then held and its quorum counts them absent. */
  const askThenSave = () => (unrecorded > 0 ? setConfirming(true) : void save());

  const save = async () => {
    setConfirming(false);
    setSaving(true);
    try {
      await api.governanceAttendance(
        meeting.id,
        entries.map((e) => ({
          membership: e.membership,
          attendance: e.attendance,
          ...(e.attendance === 'delegated' && e.delegate ? { delegate: e.delegate } : {}),
        }))
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
      actions={
        editable ? (
          <Button label="governance.meeting.saveAttendance" onClick={askThenSave} disabled={saving} variant="contained">
            <SaveIcon />
          </Button>
        ) : reopenable ? (
          <Button label="governance.meeting.reopen" onClick={() => void reopen()} disabled={saving}>
            <LockOpenIcon />
          </Button>
        ) : undefined
      }
    >
      <Confirm
        isOpen={confirming}
        title="governance.meeting.saveAttendance"
        content="governance.meeting.unrecordedConfirm"
        translateOptions={{ smart_count: unrecorded }}
        confirm="governance.meeting.saveAnyway"
        onConfirm={() => void save()}
        onClose={() => setConfirming(false)}
      />
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
                  <TableCell>
                    {invitation.membership.seat ? translate(`governance.seats.${invitation.membership.seat}`) : '—'}
                  </TableCell>
                  <TableCell>
                    {invitation.membership.role ? translate(`governance.roles.${invitation.membership.role}`) : '—'}
                  </TableCell>
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
                      (invitation.delegate ?? '')
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
