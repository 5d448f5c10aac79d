import { mapStrapiError, toFormErrors } from '../strapiErrors';

const validationError = {
  data: null,
  error: {
    status: 400,
    name: 'ValidationError',
    message: 'Dati non validi – code: formato non valido / Invalid data – code: invalid format',
    details: {
      errors: [
        {
          path: ['code'],
          message: 'code: formato non valido / code: invalid format',
          it: 'formato non valido',
          en: 'invalid format',
        },
        { path: ['lots', '0', 'name'], message: 'lots.0.name: obbligatorio / lots.0.name: required' },
      ],
    },
  },
};

describe('mapStrapiError', () => {
  it("uses Strapi's message for the notification", () => {
    expect(mapStrapiError(validationError, 400, 'Bad Request', 'it').message).toBe(validationError.error.message);
  });

  it('keys field errors by field path, in the user language when the server gave it', () => {
    const { body } = mapStrapiError(validationError, 400, 'Bad Request', 'en');
    expect(body.errors).toEqual({
      code: 'invalid format',
      'lots.0.name': 'lots.0.name: obbligatorio / lots.0.name: required',
      root: { serverError: validationError.error.message },
    });
    // Strapi's own body stays available
    expect(body.error).toEqual(validationError.error);
  });

  it('picks the Italian text for an Italian user', () => {
    expect(mapStrapiError(validationError, 400, '', 'it').body.errors).toMatchObject({ code: 'formato non valido' });
  });

  it('has no field errors for an error that is not about fields', () => {
    const forbidden = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } };
    const mapped = mapStrapiError(forbidden, 403, 'Forbidden', 'it');
    expect(mapped.message).toBe('Forbidden');
    expect(mapped.body.errors).toBeUndefined();
  });

  it('falls back to the status text when the answer is not Strapi JSON', () => {
    expect(mapStrapiError(undefined, 502, 'Bad Gateway').message).toBe('Bad Gateway');
    expect(mapStrapiError('<html>', 500, '').message).toBe('HTTP 500');
  });
});

describe('toFormErrors', () => {
  it('joins several problems on the same field', () => {
    expect(
      toFormErrors([
        { path: ['vatNumber'], message: 'troppo lungo' },
        { path: ['vatNumber'], message: 'già usato' },
      ])
    ).toEqual({ vatNumber: 'troppo lungo; già usato' });
  });
});

describe('toFormErrors', () => {
  it("places errors named under the body's data envelope on the form's own field", () => {
    const errors = [
      {
        path: ['data', 'compositionRules', '0', 'max'],
        message: 'max: …',
        it: 'max non può essere minore di min',
        en: 'max cannot be less than min',
      },
      { path: ['data'], message: 'data: …', it: 'corpo mancante', en: 'missing body' },
    ];
    expect(toFormErrors(errors, 'it')).toEqual({
      'compositionRules.0.max': 'max non può essere minore di min',
      data: 'corpo mancante',
    });
  });
});
