import { addBand, draftFromTariff, isChanged, parseAmount, proposalErrors, proposalFromDraft } from '../simulation/proposalDraft';

const saved = {
  rule: 'bands' as const,
  bands: [
    { iseeFrom: 0, iseeTo: 6000, sharePercent: 0 },
    { iseeFrom: 6000, iseeTo: null, sharePercent: 40 },
  ],
  monthlyCap: 350,
};

describe('the uniform-tariff proposal editor', () => {
  it('reads amounts typed the Italian or the English way', () => {
    expect(parseAmount('12.345,67')).toBe(12345.67);
    expect(parseAmount('12345,5')).toBe(12345.5);
    expect(parseAmount(' 6000 ')).toBe(6000);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('tanti')).toBe('tanti');
  });

  it('round-trips the saved tariff and notices a change', () => {
    const draft = draftFromTariff(saved);
    expect(proposalFromDraft(draft)).toEqual({ monthlyCap: 350, bands: saved.bands });
    expect(isChanged(draft, saved)).toBe(false);
    const changed = { ...draft, bands: [draft.bands[0], { ...draft.bands[1], sharePercent: '45' }] };
    expect(isChanged(changed, saved)).toBe(true);
  });

  it('adds a band after the open last one, closing it', () => {
    const draft = addBand(draftFromTariff(saved));
    expect(draft.bands.map((b) => [b.iseeFrom, b.iseeTo])).toEqual([
      ['0', '6000'],
      ['6000', '11000'],
      ['11000', ''],
    ]);
  });

  it('keys the server errors by the field of the tariff', () => {
    expect(proposalErrors({ 'proposal.bands.1.iseeFrom': 'si sovrappone', root: { serverError: 'x' } })).toEqual({
      'bands.1.iseeFrom': 'si sovrappone',
    });
  });
});
