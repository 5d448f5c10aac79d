import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for a test (the `smtp-server` package), keeping every message it receives, parsed.
 * `start(0)` picks a free port; `start(port)` after `stop()` brings the same server back.
 */
export function testSmtp() {
  let server: SMTPServer | undefined;
  const received: ParsedMail[] = [];
  return {
    received,
    start(onPort = 0): Promise<number> {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, _session, callback) {
          simpleParser(stream).then((mail) => {
            received.push(mail);
            callback();
          }, callback);
        },
      });
      const listening = server;
      return new Promise((resolve) =>
        listening.listen(onPort, '127.0.0.1', () => resolve((listening.server.address() as AddressInfo).port))
      );
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    /** Messages to an address (or any address containing the text). */
    to: (address: string) => received.filter((m) => JSON.stringify(m.to ?? '').includes(address)),
  };
}
