import { groupResources, MENU_GROUPS } from '../menuGroups';

describe('the menu grouped by area', () => {
  it('keeps the areas in order and only the resources that exist', () => {
    const groups = groupResources(['services', 'cases', 'governance-minutes']);
    expect(groups.map((group) => group.key)).toEqual(MENU_GROUPS.map((group) => group.key));
    expect(groups.find((group) => group.key === 'catalogue')?.resources).toEqual(['services']);
    expect(groups.find((group) => group.key === 'cases')?.resources).toEqual(['cases']);
    expect(groups.find((group) => group.key === 'copayment')?.resources).toEqual([]);
  });

  it('puts a resource of no area in the last group, so that nothing drops out of the menu', () => {
    const groups = groupResources(['municipalities', 'a-new-area-list']);
    expect(groups[groups.length - 1].resources).toEqual(['municipalities', 'a-new-area-list']);
  });

  it('lists each resource in one area only', () => {
    const all = MENU_GROUPS.flatMap((group) => group.resources);
    expect(new Set(all).size).toBe(all.length);
  });
});
