/**
 * @module data/sources
 * Every publication a shipped number comes from. Citations are URL-free (FACTS.md preamble).
 * Add a source here before shipping a value that cites it; ids are stable and lower-case.
 */
import type { Source } from '../assessment.ts';

export const SOURCES: readonly Source[] = [
  {
    id: 'paper',
    citation:
      'Contextualised information security cooperation model, Kyrgyz Republic 2020–2025 (the seed paper of this project)',
    note: 'Figure 1 and its discussion give the 2020 and 2024 component values; intermediate years are not published.',
  },
  {
    id: 'paper-refs-2-34',
    citation:
      'Maralbaeva; Usmonov — the paper\u2019s references 2 and 34, to which it attributes the Figure 1 percentages',
    note: 'Cited through the paper; the primary publications were not consulted.',
  },
  { id: 'itu-gci-2017', citation: 'ITU, Global Cybersecurity Index 2017 (2nd edition)' },
  { id: 'itu-gci-2018', citation: 'ITU, Global Cybersecurity Index 2018 (3rd edition)' },
  {
    id: 'itu-gci-2020',
    citation: 'ITU, Global Cybersecurity Index 2020 (4th edition, published June 2021)',
  },
  {
    id: 'itu-gci-2024',
    citation: 'ITU, Global Cybersecurity Index 2024 (5th edition, published September 2024)',
  },
  { id: 'sspi-csv', citation: 'SSPI dataset (CSV) re-publishing ITU GCI scores and ranks' },
  { id: 'news-tj', citation: 'news.tj / tjinform.com news reports of the ITU GCI 2017 report' },
  {
    id: 'astanatimes-baigenews',
    citation: 'The Astana Times and Baigenews reports of ITU GCI results for Kazakhstan',
  },
  { id: 'inform-kz', citation: 'Kazinform (inform.kz) report of ITU GCI 2024 for Kazakhstan' },
  {
    id: 'ncsi-uz-2022',
    citation: 'e-Governance Academy, National Cyber Security Index, Uzbekistan country page (2022)',
  },
  { id: 'kun-uz', citation: 'Kun.uz reports of ITU GCI results for Uzbekistan' },
  {
    id: 'itu-cis-2025-01-14',
    citation:
      'ITU Area Office for the CIS region, news item of 14 January 2025 on GCI 2024 results',
  },
  {
    id: '24-kg',
    citation: '24.kg news agency, citing the Ministry, on Kyrgyzstan\u2019s ITU GCI results',
  },
  { id: 'kglabs', citation: 'KG Labs (kglabs.org) analysis of Kyrgyzstan\u2019s ITU GCI results' },
  {
    id: 'coopsec-linear-interpolation',
    citation:
      'Computed by coopsec: linear interpolation between two measured values of the same series',
    note: 'Not a measurement. Each estimated value names the two measured neighbours it came from.',
  },
  {
    id: 'ncsi-kz-2023',
    citation: 'e-Governance Academy, National Cyber Security Index, Kazakhstan country page (2023)',
  },
];

export function findSource(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}
