import type { Core } from '@strapi/strapi';
import type { LocalizedText } from '../../shared';
import { subjectVisibility } from '../utils/subject-visibility';
import { UID } from '../utils/uids';

/** What the workflows engine asks of the mail engine (src/plugins/mail); without it nothing is sent. */
interface Mail {
  enqueue(notice: { kind: 'tasks'; recipient: string; recipientUserId: number; subject: string; text: string }): Promise<boolean>;
  recipients: { users(ids: number[]): Promise<Person[]>; ofRole(role: string): Promise<Person[]> };
  link(path: string): string;
}
interface Person {
  id: number;
  username: string;
  email: string;
  role?: { type: string };
}

function mailOf(strapi: Core.Strapi): Mail | null {
  const plugin = strapi.plugin('mail');
  if (!plugin) return null;
  return {
    enqueue: (notice) => plugin.service('outbox').enqueue(notice),
    recipients: plugin.service('recipients'),
    link: (path) => plugin.service('links').console(path),
  };
}

/** Who a task or a deadline is for: the person named, else every holder of the role who may see the record. */
interface Addressee {
  role: string | null;
  userId: number | null;
  subjectType: string | null;
  subjectId: string | null;
}

async function peopleFor(strapi: Core.Strapi, mail: Mail, to: Addressee): Promise<Person[]> {
  if (to.userId) return mail.recipients.users([to.userId]);
  if (!to.role) return [];
  const holders = await mail.recipients.ofRole(to.role);
  const visibility = subjectVisibility(strapi);
  const allowed: Person[] = [];
  for (const person of holders) if (await visibility.visible(to.subjectType, to.subjectId, person)) allowed.push(person);
  return allowed;
}

async function workflowName(strapi: Core.Strapi, key: string): Promise<LocalizedText> {
  const row = (await strapi.db.query(UID.workflow).findOne({ where: { key }, select: ['name'] })) as {
    name?: LocalizedText;
  } | null;
  return row?.name ?? { it: key, en: key };
}

/** 2026-12-10 → 10/12/2026. */
const italianDay = (day: string) => day.split('-').reverse().join('/');

const FOOTER =
  'Si riceve questo avviso perché abilitato nelle preferenze e-mail del proprio profilo. / You receive this notice as set in your e-mail preferences.';

/**
 * A task assigned by a workflow move, by e-mail (notice `tasks`): the task's title, the workflow, the due
 * date and the link to "Le mie attività"; nothing about the record's person. Called in the move's transaction.
 */
export async function queueTaskAssigned(
  strapi: Core.Strapi,
  task: { title: LocalizedText; dueDate: string | null } & Addressee,
  workflowKey: string
): Promise<void> {
  const mail = mailOf(strapi);
  if (!mail) return;
  const people = await peopleFor(strapi, mail, task);
  if (people.length === 0) return;
  const name = await workflowName(strapi, workflowKey);
  const due = task.dueDate ? italianDay(task.dueDate) : null;
  for (const person of people) {
    await mail.enqueue({
      kind: 'tasks',
      recipient: person.email,
      recipientUserId: person.id,
      subject: `Nuova attività: ${task.title.it} / New task: ${task.title.en}`,
      text: [
        `Buongiorno ${person.username},`,
        '',
        `nel flusso "${name.it}" è stata assegnata ${task.userId ? 'a te' : 'al tuo ruolo'} l'attività "${task.title.it}"${due ? `, da completare entro il ${due}` : ''}.`,
        'Le attività si trovano nella console di Ambito, in "Le mie attività":',
        mail.link('workflow-tasks'),
        '',
        `(English: in the workflow "${name.en}" the task "${task.title.en}" was assigned to ${task.userId ? 'you' : 'your role'}${due ? `, due by ${due}` : ''}; see "My tasks" in the Ambito console.)`,
        '',
        FOOTER,
      ].join('\n'),
    });
  }
}

/**
 * A record's deadline is near (notice `tasks`): to its assignee, else the holders of its role who may see it,
 * else the Ufficio di Piano. Called once per deadline by the daily job, in the transaction that marks it.
 */
export async function queueDeadlineNear(
  strapi: Core.Strapi,
  instance: {
    documentId: string;
    workflowKey: string;
    deadline: string;
    stateLabel: LocalizedText;
    workingDaysLeft: number;
  } & Addressee
): Promise<number> {
  const mail = mailOf(strapi);
  if (!mail) return 0;
  const to = instance.userId || instance.role ? instance : { ...instance, role: 'udp' };
  const people = await peopleFor(strapi, mail, to);
  const name = await workflowName(strapi, instance.workflowKey);
  const day = italianDay(instance.deadline);
  const left = instance.workingDaysLeft;
  const when = {
    it: left === 0 ? 'oggi' : left === 1 ? 'entro 1 giorno lavorativo' : `entro ${left} giorni lavorativi`,
    en: left === 0 ? 'today' : left === 1 ? 'within 1 working day' : `within ${left} working days`,
  };
  for (const person of people) {
    await mail.enqueue({
      kind: 'tasks',
      recipient: person.email,
      recipientUserId: person.id,
      subject: `Scadenza vicina (${day}): ${name.it} / Deadline near`,
      text: [
        `Buongiorno ${person.username},`,
        '',
        `una pratica del flusso "${name.it}", nello stato "${instance.stateLabel.it}", scade il ${day} (${when.it}).`,
        'Aprirla nella console di Ambito:',
        mail.link(`workflow-instances/${encodeURIComponent(instance.documentId)}/show`),
        '',
        `(English: a record of the workflow "${name.en}", in the state "${instance.stateLabel.en}", is due on ${day} (${when.en}); open it in the Ambito console at the link above.)`,
        '',
        FOOTER,
      ].join('\n'),
    });
  }
  return people.length;
}
