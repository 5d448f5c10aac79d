/** The notices that can reach a person by e-mail; each user turns each one on or off. */
export const NOTICE_KINDS = ['meetings', 'minutes', 'referrals', 'tasks'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_LABELS: Record<NoticeKind, { it: string; en: string }> = {
  meetings: {
    it: 'Convocazioni delle sedute (con invito per il calendario)',
    en: 'Meeting invitations (with a calendar invite)',
  },
  minutes: { it: 'Verbali aperti alla revisione e pubblicati', en: 'Minutes opened for review and published' },
  referrals: { it: 'Invii ricevuti dal proprio ente', en: "Referrals received by one's organisation" },
  tasks: { it: 'Attività assegnate e scadenze vicine', en: 'Tasks assigned and deadlines near' },
};

export type NoticePreferences = Record<NoticeKind, boolean>;
export const ALL_ON: NoticePreferences = { meetings: true, minutes: true, referrals: true, tasks: true };

/** Who can receive each notice: a referral reaches only a provider's staff; the others any staff role. */
const ONLY_FOR: Partial<Record<NoticeKind, string[]>> = { referrals: ['provider'] };

/** The notices a role can receive, the ones its members choose among. */
export const kindsFor = (roleType: string | undefined): NoticeKind[] =>
  NOTICE_KINDS.filter((kind) => !ONLY_FOR[kind] || (roleType !== undefined && ONLY_FOR[kind]!.includes(roleType)));
