import body from './body/schema.json';
import membership from './membership/schema.json';
import meeting from './meeting/schema.json';
import minutes from './minutes/schema.json';
import minutesVersion from './minutes-version/schema.json';
import amendment from './amendment/schema.json';
import actionItem from './action-item/schema.json';
import calendarToken from './calendar-token/schema.json';
import minutesTemplate from './minutes-template/schema.json';

export default {
  body: { schema: body },
  membership: { schema: membership },
  meeting: { schema: meeting },
  minutes: { schema: minutes },
  'minutes-version': { schema: minutesVersion },
  amendment: { schema: amendment },
  'action-item': { schema: actionItem },
  'calendar-token': { schema: calendarToken },
  'minutes-template': { schema: minutesTemplate },
};
