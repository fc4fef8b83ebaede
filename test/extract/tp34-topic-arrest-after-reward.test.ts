/**
 * Session 34: French arrest verbs beyond "arrêté(s)": the present participle ("en arrêtant") and the feminine
 * ("arrêtée(s)") are crime words of police work. So people counted after a reward and such an arrest ("rewarded
 * the guards for arresting two foreigners") are the ones arrested, of the case's subject, not the reward's.
 * Sentences written for this test.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: people arrested after a reward word are the case’s', () => {
  it.each<Case>([
    [
      'fr',
      "Le président du comité provincial a récompensé le poste frontière pour avoir démantelé un réseau de trafic d'héroïne, en arrêtant trois ressortissants étrangers.",
      [[3, 'drugs']],
    ],
    [
      'fr',
      "Le ministre a félicité et récompensé la brigade des douanes, arrêtant 5 étrangers qui transportaient de l'héroïne.",
      [[5, 'drugs']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: what a reward was for stays awards', () => {
  it.each<Case>([
    [
      'fr',
      "Le président du comité provincial a récompensé 4 policiers pour leur travail contre le trafic d'héroïne.",
      [[4, 'awards']],
    ],
  ])('%s: %s', (...c) => check(c));
});
