import type { Core } from '@strapi/strapi';
import { ALL_ON, NOTICE_KINDS, type NoticeKind, type NoticePreferences } from '../../shared/kinds';

const UID = 'plugin::mail.preference';

/** Each user's choice of the notices that reach them by e-mail (all on until they choose). */
const createPreferencesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID);
  return {
    async of(userId: number): Promise<NoticePreferences> {
      const row = (await query().findOne({ where: { userId }, select: ['notices'] })) as {
        notices: Partial<NoticePreferences>;
      } | null;
      return { ...ALL_ON, ...row?.notices };
    },
    async wants(userId: number | null | undefined, kind: NoticeKind): Promise<boolean> {
      if (!userId) return true;
      return (await this.of(userId))[kind];
    },
    async set(userId: number, notices: Partial<NoticePreferences>): Promise<NoticePreferences> {
      const merged = { ...(await this.of(userId)), ...notices };
      const clean = Object.fromEntries(NOTICE_KINDS.map((k) => [k, merged[k]])) as NoticePreferences;
      const existing = (await query().findOne({ where: { userId }, select: ['id'] })) as { id: number } | null;
      if (existing) await query().update({ where: { id: existing.id }, data: { notices: clean } });
      else await query().create({ data: { userId, notices: clean } });
      return clean;
    },
  };
};

export default createPreferencesService;
export type PreferencesService = ReturnType<typeof createPreferencesService>;
