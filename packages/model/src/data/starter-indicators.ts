/**
 * @module data/starter-indicators
 * coopsec's starter questionnaire (PRODUCT.md A2): four yes/partly/no questions per component
 * of the paper's model, for an analyst who has no national survey of their own. The questions
 * and weights are ours (written for coopsec; not the NCSI's or the GCI's wording); the scoring
 * rule is the NCSI's (FACTS.md §3, `INDICATOR_RULE`: a point needs public evidence, an
 * unanswered question counts 0). Weights: 1 each, except the one question per component we
 * judge the binding one (weight 2) — an assumption, stated, that a user may replace with their
 * own indicator set.
 */
import type { Indicator } from '../indicators.ts';

export const STARTER_INDICATOR_SET = {
  id: 'coopsec-starter-1',
  title: 'coopsec starter questionnaire, version 1',
  weightsNote:
    'Weights are coopsec’s assumption: 2 for the question judged binding in each component, 1 for the others.',
} as const;

export const STARTER_INDICATORS: readonly Indicator[] = [
  // Technological infrastructure
  {
    id: 'inf-national-csirt',
    component: 'infrastructure',
    weight: 2,
    question: 'Does a national CSIRT/CERT operate around the clock with a published contact?',
  },
  {
    id: 'inf-monitoring',
    component: 'infrastructure',
    weight: 1,
    question: 'Is the government network monitored for attacks by a dedicated centre?',
  },
  {
    id: 'inf-pki',
    component: 'infrastructure',
    weight: 1,
    question: 'Is there a national public-key infrastructure for electronic signatures?',
  },
  {
    id: 'inf-cii-inventory',
    component: 'infrastructure',
    weight: 1,
    question: 'Is critical information infrastructure inventoried by an authority?',
  },
  // Regulatory framework
  {
    id: 'reg-strategy',
    component: 'regulatory',
    weight: 2,
    question: 'Is a national cyber-security strategy in force with an action plan?',
  },
  {
    id: 'reg-cii-law',
    component: 'regulatory',
    weight: 1,
    question: 'Does a law set security duties for critical-infrastructure operators?',
  },
  {
    id: 'reg-data-protection',
    component: 'regulatory',
    weight: 1,
    question: 'Is personal-data protection enacted with a supervisory body?',
  },
  {
    id: 'reg-cybercrime',
    component: 'regulatory',
    weight: 1,
    question:
      'Are computer crimes defined in criminal law, in line with an international convention?',
  },
  // Human resources
  {
    id: 'hr-degree',
    component: 'human-resources',
    weight: 2,
    question: 'Do universities offer a degree programme in information security?',
  },
  {
    id: 'hr-public-training',
    component: 'human-resources',
    weight: 1,
    question: 'Is there regular security training for public-sector staff?',
  },
  {
    id: 'hr-exercises',
    component: 'human-resources',
    weight: 1,
    question: 'Does the country hold or join national cyber exercises?',
  },
  {
    id: 'hr-certification',
    component: 'human-resources',
    weight: 1,
    question: 'Are professional certifications in security available in the country?',
  },
  // International cooperation
  {
    id: 'coop-agreements',
    component: 'cooperation',
    weight: 2,
    question: 'Are bilateral or regional agreements on information-security cooperation in force?',
  },
  {
    id: 'coop-csirt-networks',
    component: 'cooperation',
    weight: 1,
    question: 'Is the national CSIRT a member of an international CSIRT network?',
  },
  {
    id: 'coop-exchange',
    component: 'cooperation',
    weight: 1,
    question: 'Does the country exchange threat information with partner centres?',
  },
  {
    id: 'coop-convention',
    component: 'cooperation',
    weight: 1,
    question: 'Has the country joined an international instrument on cybercrime or ICT security?',
  },
  // Digital literacy of the population
  {
    id: 'dl-campaign',
    component: 'digital-literacy',
    weight: 2,
    question: 'Is there a national awareness programme on safe use of the internet?',
  },
  {
    id: 'dl-school',
    component: 'digital-literacy',
    weight: 1,
    question: 'Is digital safety taught in the school curriculum?',
  },
  {
    id: 'dl-reporting',
    component: 'digital-literacy',
    weight: 1,
    question: 'Can citizens report fraud or incidents online to an authority?',
  },
  {
    id: 'dl-survey',
    component: 'digital-literacy',
    weight: 1,
    question: 'Is the population’s digital literacy measured by a published survey?',
  },
];
