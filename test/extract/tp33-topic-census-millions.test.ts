/**
 * Millions of residents counted by their own noun ("a country of 95 million inhabitants") are a place's
 * population, whatever the clause around them names (traffic, a crime): no case or crash counts so many
 * (session 33). The guard keeps the millions a storm struck the storm's. Short texts written for the purpose.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: millions of inhabitants are a census', () => {
  it.each<Case>([
    [
      'nl',
      'Een vrachtwagen reed op een kruispunt in op een bus, waarbij 12 mensen om het leven kwamen.\nHet verkeer in dit land van 80 miljoen inwoners eist elk jaar duizenden levens.',
      [[80_000_000, 'population']],
    ],
    [
      'ro',
      'Un camion a lovit un autobuz la o intersecție, iar 12 persoane au murit în accident.\nTraficul rutier din această țară cu 80 milioane de locuitori face mii de victime în fiecare an.',
      [[80_000_000, 'population']],
    ],
    [
      'en',
      'A truck ploughed into a bus at a crossroads, and 12 people died in the road accident.\nRoad traffic in this country of 80 million inhabitants kills thousands every year.',
      [[80_000_000, 'population']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: the millions a disaster struck stay its own', () => {
  it.each<Case>([
    [
      'en',
      'The typhoon flooded the delta for a week.\nThe floods cut power to 2 million residents of the region.',
      [[2_000_000, 'other']],
    ],
  ])('%s: %s', (...c) => check(c));
});
