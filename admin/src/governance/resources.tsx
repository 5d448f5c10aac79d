import { Resource } from 'react-admin';
import actionItems from './actionItems';
import bodies from './bodies';
import calendar from './calendar';
import meetings from './meetings';
import memberships from './memberships';
import minutes from './minutes';
import minutesTemplates from './minutesTemplates';

/** Governance: bodies, memberships, meetings, minutes (issue #6); rendered inside <Admin> in App.tsx. */
export const governanceResources = (
  <>
    <Resource name="governance-bodies" {...bodies} />
    <Resource name="governance-memberships" {...memberships} />
    <Resource name="governance-meetings" {...meetings} />
    <Resource name="governance-minutes" {...minutes} />
    <Resource name="governance-action-items" {...actionItems} />
    <Resource name="governance-minutes-templates" {...minutesTemplates} />
    <Resource name="governance-calendar" {...calendar} options={{ label: 'governance.menu.calendar' }} />
  </>
);
