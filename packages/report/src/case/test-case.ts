/**
 * @module case/test-case
 * One incident case in the shape `showIncident` returns, for the case report's tests: opened,
 * moved to analyse 90 minutes later (so acknowledged), still open (not contained, not resolved).
 */
import type { CaseReportCase } from './input.ts';

export const TEST_CASE: CaseReportCase = {
  id: 'incident--0b3f4d5e-1a2b-4c3d-8e9f-000000000001',
  title: 'Phishing wave <against banks>',
  description: 'Credential phishing against two banks.',
  rsit: { class: 'fraud', type: 'phishing' },
  severity: 'high',
  tlp: 'amber+strict',
  pap: 'amber',
  phase: 'analyse',
  participants: [
    { organisation: 'cert-lu', role: 'lead' },
    { organisation: 'cert-kg', role: 'observer' },
  ],
  timeline: [
    {
      id: 'event--1',
      at: '2026-11-25T10:00:00.000Z',
      by: 'cert-lu',
      kind: 'opened',
      summary: 'Case opened',
    },
    {
      id: 'event--2',
      at: '2026-11-25T11:30:00.000Z',
      by: 'cert-lu',
      kind: 'phase',
      phase: 'analyse',
      summary: 'Samples collected from the lure site',
    },
  ],
  tasks: [
    {
      id: 'task--1',
      title: 'Take down the lure domain',
      owner: 'cert-kg',
      due: '2026-11-27',
      status: 'completed',
    },
  ],
  links: [
    'indicator--aaaaaaaa-0000-4000-8000-000000000001',
    'malware--bbbbbbbb-0000-4000-8000-000000000002',
  ],
  comments: [
    { id: 'note--1', at: '2026-11-25T12:00:00.000Z', by: 'cert-kg', text: 'Seen here too.' },
  ],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T12:00:00.000Z',
  createdBy: 'cert-lu',
  metrics: { timeToAcknowledgeMs: 90 * 60_000 },
};
