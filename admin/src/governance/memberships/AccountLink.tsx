import LinkIcon from '@mui/icons-material/Link';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import SearchIcon from '@mui/icons-material/Search';
import { Alert, Button as MuiButton, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useNotify, useTranslate } from 'react-admin';
import type { Account } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';

type Linked = { documentId: string; username: string } | null;

/** The value of `user`: the API answers it as `{ documentId, username }`, the form keeps what was picked. */
const linkedOf = (value: unknown, picked: Linked): Linked => {
  if (!value) return null;
  if (typeof value === 'object') return value as Linked;
  return picked && picked.documentId === value ? picked : { documentId: String(value), username: String(value) };
};

/**
 * The member's login account: searched among existing accounts by name, username or e-mail (the server
 * answers only these, and only to the UdP), linked or unlinked. Saving the member keeps the choice.
 */
export const AccountLink = () => {
  const translate = useTranslate();
  const api = useGovernanceApi();
  const notify = useNotify();
  const { field } = useInput({ source: 'user' });
  const [picked, setPicked] = useState<Linked>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Account[] | null>(null);
  const linked = linkedOf(field.value, picked);

  const search = async () => {
    try {
      setResults(await api.governanceAccounts(query));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const link = (account: Account) => {
    setPicked({ documentId: account.documentId, username: account.username });
    field.onChange(account.documentId);
    setResults(null);
  };

  return (
    <Stack
      sx={{ gap: 1, mb: 2, width: '100%', maxWidth: 640 }}
      component="fieldset"
      aria-label={translate('governance.account.title')}
    >
      <Typography variant="subtitle1" component="legend">
        {translate('governance.account.title')}
      </Typography>
      {linked ? (
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Typography variant="body2" data-testid="linked-account">
            {translate('governance.account.linked', { username: linked.username })}
          </Typography>
          <MuiButton size="small" startIcon={<LinkOffIcon />} onClick={() => field.onChange(null)}>
            {translate('governance.account.unlink')}
          </MuiButton>
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('governance.account.none')}
        </Typography>
      )}
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
        <TextField
          size="small"
          label={translate('governance.account.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <MuiButton
          size="small"
          variant="outlined"
          startIcon={<SearchIcon />}
          onClick={() => void search()}
          disabled={query.trim().length < 2}
        >
          {translate('governance.account.find')}
        </MuiButton>
      </Stack>
      {results && results.length === 0 ? <Alert severity="info">{translate('governance.account.noResults')}</Alert> : null}
      {results && results.length > 0 ? (
        <List dense aria-label={translate('governance.account.results')}>
          {results.map((account) => (
            <ListItem
              key={account.documentId}
              secondaryAction={
                <MuiButton size="small" startIcon={<LinkIcon />} onClick={() => link(account)}>
                  {translate('governance.account.link', { username: account.username })}
                </MuiButton>
              }
            >
              <ListItemText
                primary={account.name ? `${account.name} – ${account.username}` : account.username}
                secondary={account.email}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
    </Stack>
  );
};
