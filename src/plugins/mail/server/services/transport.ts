import type { Core } from '@strapi/strapi';

export interface Attachment {
  filename: string;
  content: string;
  contentType: string;
}
export interface Outgoing {
  to: string;
  subject: string;
  text: string;
  attachments?: Attachment[];
}

/**
 * Sends through Strapi's email plugin (provider nodemailer, configured by SMTP_* in config/plugins.ts).
 * Without SMTP_HOST the provider is nodemailer's JSON transport: nothing leaves the machine, and the
 * message is written to the log instead (`logged`), which the console tells the UdP.
 */
export function createTransport(strapi: Core.Strapi) {
  const configured = () =>
    Boolean((strapi.config.get('plugin::email') as { providerOptions?: { host?: string } } | undefined)?.providerOptions?.host);
  return {
    configured,
    async send(message: Outgoing): Promise<'sent' | 'logged'> {
      if (!configured()) {
        strapi.log.info(
          `[mail] e-mail non configurata (SMTP_HOST): avviso "${message.subject}" scritto qui invece di essere inviato`
        );
        return 'logged';
      }
      await strapi
        .plugin('email')
        .service('email')
        .send({
          to: message.to,
          subject: message.subject,
          text: message.text,
          attachments: message.attachments?.map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
          })),
        });
      return 'sent';
    },
  };
}
