import type { HttpClient } from '../providers/types';
import type { NoticeKind, NoticePreferences } from '../../../src/plugins/mail/shared/kinds';

export type { NoticeKind, NoticePreferences };

/** The caller's e-mail notices as `GET/PUT /api/mail/preferences` answers them. */
export interface MailPreferences {
  notices: NoticePreferences;
  kinds: { kind: NoticeKind; label: { it: string; en: string } }[];
  /** false: no SMTP server is set, the notices are written to the server's log instead. */
  configured: boolean;
}

export interface MailApi {
  mailPreferences(): Promise<MailPreferences>;
  mailSavePreferences(notices: Partial<NoticePreferences>): Promise<MailPreferences>;
}

/** The mail engine's API as data provider methods (token, refresh and errors like every other call). */
export function createMailApi(apiUrl: string, httpClient: HttpClient): MailApi {
  const url = `${apiUrl}/mail/preferences`;
  return {
    mailPreferences: async () => ((await httpClient(url)).json as { data: MailPreferences }).data,
    mailSavePreferences: async (notices) =>
      ((await httpClient(url, { method: 'PUT', body: JSON.stringify({ data: { notices } }) })).json as { data: MailPreferences })
        .data,
  };
}
