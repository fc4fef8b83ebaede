/**
 * Session 28 (b28t), topics: Hindi gets the brawl and assault offence family the other lexicons have had since
 * session 26 (मारपीट beating, झगड़ा quarrel, हाथापाई scuffle, उपद्रव disturbance, दंगा riot, गुंडागर्दी
 * hooliganism). Without them a brawl handled by the traffic police (a unit's name, the only cue) read as
 * traffic. A traffic story stays traffic. Sentences written for the project (never an article's text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

function topics(text: string): string[] {
  return extractFigures(documentOf(text, 'hi'), []).map((f) => f.topic);
}

describe('Function: extractFigures (Hindi brawl offences)', () => {
  it.each([
    'रात में बाजार के पास युवकों के दो गुटों में मारपीट हुई। सूचना मिलने पर यातायात पुलिस ने मौके पर पहुंचकर 12 लोगों को हिरासत में लिया।',
    'शहर में उपद्रव फैलाने वाले समूह को यातायात पुलिस विभाग ने रोका और लगभग 30 लोगों को पकड़ लिया।',
  ])('the people of a brawl are crime: %s', (text) => {
    // Prepare, act
    const found = topics(text);
    // Assess
    expect(found).toEqual(['crime']);
  });

  it('a traffic check stays traffic', () => {
    expect(topics('यातायात पुलिस ने हेलमेट न पहनने पर 120 चालकों पर जुर्माना लगाया।')).toEqual(['traffic']);
  });
});
