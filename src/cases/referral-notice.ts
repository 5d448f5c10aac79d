import type { Core } from '@strapi/strapi';

interface MailOutbox {
  enqueue(notice: {
    kind: 'referrals';
    recipient: string;
    recipientUserId: number;
    subject: string;
    text: string;
  }): Promise<boolean>;
}
interface MailRecipients {
  ofProvider(providerDocumentId: string): Promise<{ id: number; email: string }[]>;
}
interface MailLinks {
  console(path: string): string;
}

/**
 * Tells the staff of the receiving provider that a referral arrived (src/plugins/mail, notice `referrals`).
 * Only what the provider may see before opening it: the service and the comune that sends it, and the link
 * to the console; no name, fiscal code or reason (those are read in the console, under its access rules).
 */
export async function queueReferralNotice(strapi: Core.Strapi, referralDocumentId: string): Promise<void> {
  const mail = strapi.plugin('mail');
  if (!mail) return;
  const referral = (await strapi.db.query('api::referral.referral').findOne({
    where: { documentId: referralDocumentId },
    populate: {
      toProvider: { select: ['documentId', 'name'] },
      toService: { select: ['name'] },
      fromMunicipality: { select: ['name'] },
    },
  })) as {
    toProvider?: { documentId: string; name: string } | null;
    toService?: { name: string } | null;
    fromMunicipality?: { name: string } | null;
  } | null;
  if (!referral?.toProvider) return;
  const service = referral.toService?.name ?? 'un servizio';
  const from = referral.fromMunicipality?.name;
  const link = (mail.service('links') as MailLinks).console(`referrals/${encodeURIComponent(referralDocumentId)}/show`);
  const staff = await (mail.service('recipients') as MailRecipients).ofProvider(referral.toProvider.documentId);
  for (const person of staff) {
    await (mail.service('outbox') as MailOutbox).enqueue({
      kind: 'referrals',
      recipient: person.email,
      recipientUserId: person.id,
      subject: `Nuovo invio per ${referral.toProvider.name}: ${service} / New referral`,
      text: [
        'Buongiorno,',
        '',
        `${referral.toProvider.name} ha ricevuto un nuovo invio per il servizio "${service}"${from ? ` dal Comune di ${from}` : ''}.`,
        'Per leggerlo e decidere se accettarlo, aprire la console di Ambito:',
        link,
        '',
        `(English: ${referral.toProvider.name} received a new referral for "${service}"${from ? ` from the comune of ${from}` : ''}; open it in the Ambito console at the link above.)`,
        '',
        'Si riceve questo avviso perché abilitato nelle preferenze e-mail del proprio profilo. / You receive this notice as set in your e-mail preferences.',
      ].join('\n'),
    });
  }
}
