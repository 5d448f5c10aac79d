import type { CrossFieldRule, Field, LocalizedText } from '../../plugins/forms/shared';
import { ageOf, bothGiven, t, v } from './types';

/**
 * Fields every personal form asks in the same way (same keys, same labels): the person's identity and
 * contacts, with the rule "at least one contact".
 */
export function personFields(options: { fiscalCodeRequired: boolean; birthDateRequired: boolean }): Field[] {
  return [
    { type: 'text', key: 'firstName', personal: true, label: t('Nome', 'First name'), required: true, maxLength: 100 },
    { type: 'text', key: 'lastName', personal: true, label: t('Cognome', 'Last name'), required: true, maxLength: 100 },
    {
      type: 'fiscalCode',
      key: 'fiscalCode',
      personal: true,
      label: t('Codice fiscale', 'Fiscal code'),
      help: t('16 caratteri, come sulla tessera sanitaria.', '16 characters, as on the health insurance card.'),
      required: options.fiscalCodeRequired,
    },
    {
      type: 'date',
      key: 'birthDate',
      personal: true,
      label: t('Data di nascita', 'Date of birth'),
      required: options.birthDateRequired,
      min: '1900-01-01',
    },
    {
      type: 'calculated',
      key: 'age',
      label: t('Età (anni compiuti)', 'Age (full years)'),
      expression: ageOf('birthDate'),
      resultType: 'integer',
    },
  ];
}

/** Phone and email of the person; `atLeastOneContact` requires one of them. */
export const contactFields: Field[] = [
  {
    type: 'phone',
    key: 'phone',
    personal: true,
    label: t('Telefono', 'Phone'),
    help: t('Anche cellulare, es. 333 123 4567.', 'Mobile too, e.g. 333 123 4567.'),
  },
  { type: 'email', key: 'email', personal: true, label: t('Email', 'Email') },
];

/** At least one of phone and email. */
export const atLeastOneContact: CrossFieldRule = {
  key: 'atLeastOneContact',
  assert: { or: [{ '!!': v('phone') }, { '!!': v('email') }] },
  message: t('indicare almeno un recapito (telefono o email)', 'give at least one contact (phone or email)'),
  paths: ['phone', 'email'],
};

/** The field `end` must come after `start` (when both are given). */
export function endAfterStart(
  key: string,
  start: string,
  end: string,
  message: LocalizedText = t(
    'la data di fine deve essere successiva alla data di inizio',
    'the end date must come after the start date'
  )
): CrossFieldRule {
  return { key, when: bothGiven(start, end), assert: { '>': [{ days_between: [v(start), v(end)] }, 0] }, message, paths: [end] };
}

/** The person must be born before today. */
export const birthDateInThePast: CrossFieldRule = {
  key: 'birthDateInThePast',
  when: { '!!': v('birthDate') },
  assert: { '<=': [v('birthDate'), { today: [] }] },
  message: t('la data di nascita non può essere nel futuro', 'the date of birth cannot be in the future'),
  paths: ['birthDate'],
};
