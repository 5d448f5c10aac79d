import english from '../en';
import italian from '../it';

function leaves(tree: object, prefix = ''): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') Object.assign(result, leaves(value, path));
    else result[path] = value;
  }
  return result;
}

/** Italian words that happen to be spelled like the English ones. */
const SAME_IN_BOTH = new Set([
  'ra.boolean.false',
  'ra.boolean.null',
  'ra.message.no',
  'ra.auth.password',
  'ra.auth.email',
  'ra.page.list',
  'ra.page.edit',
  'ra.page.show',
  'ra.navigation.page_range_info',
  'resources.areas.name',
  'resources.services.fields.area',
  'resources.providers.fields.email',
]);

describe('console messages', () => {
  const it_ = leaves(italian);
  const en = leaves(english);

  it('have the same keys in Italian and English', () => {
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
  });

  it('have a non-empty text for every key', () => {
    const empty = Object.entries({ ...it_, ...en }).filter(
      ([key, text]) => typeof text !== 'string' || (text.trim() === '' && key !== 'ra.boolean.null')
    );
    expect(empty).toEqual([]);
  });

  it('leave no react-admin text in English in the Italian messages', () => {
    const untranslated = Object.keys(it_).filter(
      (key) => key.startsWith('ra.') && it_[key] === en[key] && !SAME_IN_BOTH.has(key)
    );
    expect(untranslated).toEqual([]);
  });

  it('label every enum value and role in both languages', () => {
    expect(italian.enums.procurementMode.appalto).toBe('Appalto');
    expect(english.enums.procurementMode.appalto).toBe('Tender');
    expect(italian.enums.status.active).toBe('Attivo');
    expect(english.enums.status.active).toBe('Active');
    expect(Object.keys(leaves(italian.roles))).toEqual(['udp', 'operator', 'provider', 'table-member']);
  });
});
