import { describe, expect, it } from 'vitest';
import { whyText } from '../../game/ui/panels/forces-panel.ts';
import type { Passage } from '../../src/game-core.ts';

const passage = (effects: string[]): Passage =>
  ({ chosen: 'A choice', effects, forceChanges: [{ key: 'garrison', label: 'Garrison', from: 40, to: 45 }] }) as unknown as Passage;

describe('the line under the forces', () => {
  it('gives one effect as the story wrote it, then the numbers', () => {
    expect(whyText(passage(['The garrison rises: the regiments stay']))).toBe('The garrison rises: the regiments stay (Garrison ▲ 40→45)');
  });

  it('makes two effects of one step two sentences, not one run-on line', () => {
    expect(whyText(passage(['The July crowds were cleared', 'Danger: the cavalry come on']))).toBe(
      'The July crowds were cleared. Danger: the cavalry come on (Garrison ▲ 40→45)',
    );
    expect(whyText(passage(['It ended.', 'Then this']))).toBe('It ended. Then this (Garrison ▲ 40→45)');
  });
});
