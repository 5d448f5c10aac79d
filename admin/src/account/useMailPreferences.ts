import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { MailApi, NoticePreferences } from './mailApi';

const KEY = ['mail', 'preferences'] as const;

/** The caller's choice of notices by e-mail, and whether e-mail is configured at all. */
export function useMailPreferences(enabled = true) {
  const api = useDataProvider<DataProvider & MailApi>();
  return useQuery({ queryKey: KEY, queryFn: () => api.mailPreferences(), enabled });
}

export function useSaveMailPreferences() {
  const api = useDataProvider<DataProvider & MailApi>();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notices: Partial<NoticePreferences>) => api.mailSavePreferences(notices),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
}
