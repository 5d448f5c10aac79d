import { loadViewer } from '../../plugins/governance/server/access/viewer';
import { getService } from '../../plugins/governance/server/utils/get-service';
import type { SeedContext } from '../seed-context';

const MINUTES = 'plugin::governance.minutes';
const DAY = 86_400_000;

type Texts = Record<string, string>;

/**
 * Minutes of the tavolo d'area Contrasto alla povertà, written through the governance engine (its state
 * machine, sanitiser and personal-data checks): the March meeting's went through every state (draft,
 * review with an amendment accepted, one rejected and a comment, approval, publication), June's are in
 * review with an amendment awaiting the secretary, October's are a draft.
 */
export async function seedGovernanceMinutes({ strapi, documentIdOf, count }: SeedContext, bodyId: string): Promise<void> {
  const user = async (username: string) => {
    const found = (await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username }, populate: { role: true } })) as {
      id: number;
      username: string;
      role: { type: string } | null;
    } | null;
    return found
      ? loadViewer(strapi, { id: found.id, username: found.username, role: found.role ? { type: found.role.type } : undefined })
      : null;
  };
  const [udp, member] = [await user('udp'), await user('tavolo.demo')];
  if (!udp || !member) return;
  const meetings = (await strapi.db.query('plugin::governance.meeting').findMany({
    where: { body: { documentId: bodyId }, status: 'held' },
    select: ['id', 'documentId'],
    orderBy: { startsAt: 'asc' },
  })) as { id: number; documentId: string }[];
  const minutes = getService(strapi, 'minutes');
  const lifecycle = getService(strapi, 'minutesLifecycle');
  const amendments = getService(strapi, 'amendments');
  const actions = getService(strapi, 'actionItems');
  const services = (...codes: string[]) =>
    codes.map((code) => documentIdOf('service', code)).filter((id): id is string => Boolean(id));
  const membershipNamed = async (name: string) =>
    (
      (await strapi.db
        .query('plugin::governance.membership')
        .findOne({ where: { body: { documentId: bodyId }, name }, select: ['documentId'] })) as { documentId: string } | null
    )?.documentId ?? null;

  /** Drafts the minutes of the i-th held meeting with these item texts, unless they exist. */
  async function draft(
    index: number,
    texts: Texts
  ): Promise<{ documentId: string; items: { key: string; title: string; text: string }[] } | null> {
    const meeting = meetings[index];
    if (!meeting) return null;
    const exists = await strapi.db.query(MINUTES).findOne({ where: { meeting: { id: meeting.id } } });
    count(MINUTES, !exists);
    if (exists) return null;
    const created = await minutes.create({ meeting: meeting.documentId }, udp!);
    const items = created.items.map((item) => ({ ...item, text: texts[item.key] ?? '<p></p>' }));
    await minutes.update(created.documentId, { items }, udp!);
    return { documentId: created.documentId, items };
  }

  const march = await draft(0, {
    sail: '<p>Il gestore presenta i dati del primo bimestre: 38 persone in carico, 9 nuove prese in carico, 4 tirocini avviati. Crescono le richieste di percorsi di tipo C (beneficiari di misure nazionali di sostegno al reddito).</p>',
    housing:
      '<p>La rete dispone di 3 posti liberi; la lista di attesa conta 6 nuclei. Si propone di uniformare tra i comuni i criteri di priorità.</p>',
    varie: '<p>Nessuna.</p>',
  });
  if (march) {
    const id = march.documentId;
    await actions.create({
      minutes: id,
      itemKey: 'housing',
      kind: 'decision',
      text: "Adottare criteri di priorità uniformi per l'accesso alla rete housing distrettuale.",
      services: services('rete-housing-distrettuale'),
    });
    await actions.create({
      minutes: id,
      itemKey: 'housing',
      kind: 'action',
      text: 'Predisporre la bozza dei criteri uniformi di priorità e condividerla con il tavolo tecnico.',
      owner: await membershipNamed("Operatore dell'Ufficio di Piano (segnaposto)"),
      dueDate: '2026-05-31',
      status: 'done',
      services: services('rete-housing-distrettuale'),
    });
    await actions.create({
      minutes: id,
      itemKey: 'sail',
      kind: 'action',
      text: 'Raccogliere per comune i dati dei percorsi di tipo C.',
      owner: await membershipNamed('Referente Terzo Settore – lavoro (segnaposto)'),
      dueDate: '2026-12-31',
      status: 'in-progress',
      services: services('sail'),
    });
    await lifecycle.openReview(id, { reviewClosesAt: new Date(Date.now() + DAY).toISOString() }, udp);
    const accepted = await amendments.create(
      id,
      {
        kind: 'amendment',
        itemKey: 'housing',
        text: '<p>Precisare la composizione della lista di attesa.</p>',
        proposedText:
          '<p>La rete dispone di 3 posti liberi; la lista di attesa conta 6 nuclei, 2 dei quali con minori. Si propone di uniformare tra i comuni i criteri di priorità.</p>',
      },
      member
    );
    const rejected = await amendments.create(
      id,
      { kind: 'amendment', itemKey: 'varie', proposedText: '<p>Si propone un incontro straordinario a luglio.</p>' },
      member
    );
    const comment = await amendments.create(
      id,
      { kind: 'comment', itemKey: 'sail', text: '<p>Sarebbe utile allegare i dati per comune.</p>' },
      member
    );
    await amendments.accept(id, accepted.documentId, { note: 'Accolto.' }, udp);
    await amendments.reject(id, rejected.documentId, { note: "Rinviato all'incontro ordinario di giugno." }, udp);
    await amendments.accept(id, comment.documentId, { note: 'I dati per comune saranno presentati al prossimo incontro.' }, udp);
    await lifecycle.approve(id, udp);
    await lifecycle.publish(id, udp);
  }

  const june = await draft(1, {
    reddito:
      '<p>Il servizio sociale presenta il numero di Patti per l’inclusione sottoscritti e i Progetti Utili alla Collettività (PUC) attivi nei comuni.</p>',
    mediazione:
      '<p>Nell’anno scolastico sono stati realizzati interventi di mediazione in tutti gli istituti comprensivi; si chiede di anticipare l’avvio a settembre.</p>',
  });
  if (june) {
    await lifecycle.openReview(june.documentId, { reviewClosesAt: new Date(Date.now() + 30 * DAY).toISOString() }, udp);
    await amendments.create(
      june.documentId,
      {
        kind: 'amendment',
        itemKey: 'mediazione',
        text: 'Aggiungere la richiesta delle scuole.',
        proposedText: `${june.items.find((i) => i.key === 'mediazione')?.text ?? ''}<p>Le scuole chiedono pacchetti di accoglienza anche per le famiglie.</p>`,
      },
      member
    );
  }

  await draft(2, { 'co-progettazione': '<p>Prime proposte raccolte dal Terzo Settore per la co-progettazione 2027.</p>' });
}
