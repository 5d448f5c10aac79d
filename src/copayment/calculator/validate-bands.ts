import { checkAmount, checkPercent, fieldError, isPlainObject, unknownKeys, type FieldError } from './field-checks';
import { formatEuro, toCents } from './money';
import type { IseeBand } from './types';

const MAX_BANDS = 30;
const BAND_KEYS = ['iseeFrom', 'iseeTo', 'sharePercent'];
const euro = (value: number, language: 'it' | 'en') => formatEuro(toCents(value), language);

/**
 * ISEE bands of a `bands` tariff: each well formed; together they start at 0, leave no gap, do not
 * overlap, end with an open band (no upper limit), and the share never decreases as the ISEE grows.
 * Paths name the band as the caller listed it (`bands.2.iseeFrom`).
 */
export function validateBands(path: string[], value: unknown): FieldError[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [fieldError(path, 'indicare almeno una fascia ISEE', 'give at least one ISEE band')];
  }
  if (value.length > MAX_BANDS) return [fieldError(path, `al massimo ${MAX_BANDS} fasce`, `at most ${MAX_BANDS} bands`)];
  const errors: FieldError[] = [];
  value.forEach((band, index) => errors.push(...checkBand([...path, String(index)], band)));
  if (errors.length > 0) return errors;
  return checkCoverage(path, value as IseeBand[]);
}

function checkBand(path: string[], band: unknown): FieldError[] {
  if (!isPlainObject(band)) return [fieldError(path, 'deve essere un oggetto', 'must be an object')];
  const errors = [
    ...unknownKeys(path, band, BAND_KEYS),
    ...checkAmount([...path, 'iseeFrom'], band.iseeFrom, true),
    ...checkAmount([...path, 'iseeTo'], band.iseeTo),
    ...checkPercent([...path, 'sharePercent'], band.sharePercent, true),
  ];
  if (errors.length === 0 && typeof band.iseeTo === 'number' && band.iseeTo <= (band.iseeFrom as number)) {
    errors.push(
      fieldError(
        [...path, 'iseeTo'],
        "l'ISEE massimo della fascia deve superare quello minimo",
        "the band's upper ISEE must exceed its lower ISEE"
      )
    );
  }
  return errors;
}

function checkCoverage(path: string[], bands: IseeBand[]): FieldError[] {
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.iseeFrom - b.band.iseeFrom);
  const at = (i: number, field: string) => [...path, String(order[i].index), field];
  const errors: FieldError[] = [];
  if (toCents(order[0].band.iseeFrom) !== 0) {
    const from = order[0].band.iseeFrom;
    errors.push(
      fieldError(
        at(0, 'iseeFrom'),
        `manca la fascia da 0 a ${euro(from, 'it')}`,
        `the band from 0 to ${euro(from, 'en')} is missing`
      )
    );
  }
  for (let i = 0; i + 1 < order.length; i += 1) {
    const current = order[i].band;
    const next = order[i + 1].band;
    if (current.iseeTo === null || current.iseeTo > next.iseeFrom) {
      errors.push(
        fieldError(
          at(i + 1, 'iseeFrom'),
          `la fascia da ${euro(next.iseeFrom, 'it')} si sovrappone alla fascia da ${euro(current.iseeFrom, 'it')}`,
          `the band from ${euro(next.iseeFrom, 'en')} overlaps the band from ${euro(current.iseeFrom, 'en')}`
        )
      );
    } else if (current.iseeTo < next.iseeFrom) {
      errors.push(
        fieldError(
          at(i + 1, 'iseeFrom'),
          `manca la fascia da ${euro(current.iseeTo, 'it')} a ${euro(next.iseeFrom, 'it')}`,
          `the band from ${euro(current.iseeTo, 'en')} to ${euro(next.iseeFrom, 'en')} is missing`
        )
      );
    }
    if (next.sharePercent < current.sharePercent) {
      errors.push(
        fieldError(
          at(i + 1, 'sharePercent'),
          'la quota non può diminuire al crescere dell’ISEE',
          'the share cannot decrease as the ISEE grows'
        )
      );
    }
  }
  const last = order[order.length - 1].band;
  if (last.iseeTo !== null) {
    errors.push(
      fieldError(
        at(order.length - 1, 'iseeTo'),
        `manca la fascia oltre ${euro(last.iseeTo, 'it')}: l'ultima fascia resta senza ISEE massimo`,
        `the band above ${euro(last.iseeTo, 'en')} is missing: the last band has no upper ISEE`
      )
    );
  }
  return errors;
}
