import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Link as MuiLink, List, ListItem, Stack, Typography } from '@mui/material';
import { useRef } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AgendaItem, MeetingRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { saveBlob } from '../common/format';
import { SafeHtml } from '../common/SafeHtml';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';

const AttachButton = ({ meeting, item }: { meeting: MeetingRecord; item: AgendaItem }) => {
  const input = useRef<HTMLInputElement>(null);
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={`attach-${item.key}`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          try {
            await api.governanceAttach(meeting.id, item.key, file);
            notify('governance.meeting.attached', { type: 'success' });
            refresh();
          } catch (error) {
            notify((error as Error).message, { type: 'error' });
          } finally {
            event.target.value = '';
          }
        }}
      />
      <Button label="governance.meeting.attach" onClick={() => input.current?.click()}>
        <AttachFileIcon />
      </Button>
    </>
  );
};

/** The agenda: each item with its description and documents; the UdP attaches and removes documents. */
export const MeetingAgenda = () => {
  const meeting = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const secretariat = useIsSecretariat();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!meeting) return null;
  const editable = secretariat && (meeting.status === 'draft' || meeting.status === 'convened');
  return (
    <Section title={translate('governance.meeting.agenda')}>
      <List component="ol" sx={{ listStyle: 'decimal', pl: 3 }}>
        {meeting.agenda.map((item) => (
          <ListItem key={item.key} sx={{ display: 'list-item' }} data-testid={`agenda-${item.key}`}>
            <Stack sx={{ gap: 0.5 }}>
              <Typography variant="subtitle1" component="h3">
                {item.title}
              </Typography>
              <SafeHtml html={item.description} />
              {item.services.length > 0 ? (
                <Typography variant="caption">{item.services.map((s) => s.name).join(', ')}</Typography>
              ) : null}
              <Typography variant="body2" color="text.secondary">
                {translate('governance.meeting.documents')}:
              </Typography>
              {item.documents.length === 0 ? (
                <Typography variant="body2">{translate('governance.meeting.noDocuments')}</Typography>
              ) : (
                <Stack component="ul" sx={{ m: 0, pl: 2 }}>
                  {item.documents.map((doc) => (
                    <li key={doc.id}>
                      <MuiLink
                        component="button"
                        type="button"
                        onClick={async () => {
                          try {
                            saveBlob(await api.governanceDocument(doc.id), doc.name);
                          } catch (error) {
                            notify((error as Error).message, { type: 'error' });
                          }
                        }}
                      >
                        {doc.name}
                      </MuiLink>{' '}
                      ({Math.max(1, Math.round(doc.size))} KB)
                      {editable ? (
                        <IconButton
                          size="small"
                          aria-label={translate('governance.meeting.removeDocument')}
                          onClick={async () => {
                            try {
                              await api.governanceDetach(meeting.id, doc.id);
                              refresh();
                            } catch (error) {
                              notify((error as Error).message, { type: 'error' });
                            }
                          }}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      ) : null}
                    </li>
                  ))}
                </Stack>
              )}
              {editable ? <AttachButton meeting={meeting} item={item} /> : null}
            </Stack>
          </ListItem>
        ))}
      </List>
    </Section>
  );
};
