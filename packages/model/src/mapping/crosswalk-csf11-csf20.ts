/**
 * @module mapping/crosswalk-csf11-csf20
 * NIST CSF 1.1 functions → CSF 2.0 functions. CSF 2.0 (CSWP 29, 2024) added GOVERN and moved
 * into it CSF 1.1's Business Environment, Governance, Risk Management Strategy and Supply
 * Chain Risk Management categories (all of ID), plus parts of PR.IP and ID.AM-06; improvement
 * categories of PR, RS and RC moved to ID.IM (the withdrawn ids in csf-2.0.json record this).
 *
 * The paper's Table 2 heads its column "NIST CSF Function (Identify, Protect, Detect,
 * Respond, Recover)" — CSF 1.1's five functions — while citing CSF 2.0: GOVERN and its six
 * categories are therefore outside what the paper mapped (see `csfFunctionsLeftOut`).
 */
import type { Crosswalk } from './olir.ts';

export const CROSSWALK_CSF11_CSF20: Crosswalk = {
  id: 'csf-1.1→csf-2.0',
  from: 'csf-1.1',
  to: 'csf-2.0',
  title: 'NIST CSF 1.1 functions to CSF 2.0 functions',
  source:
    'NIST CSWP 29 (CSF 2.0) and its withdrawn-element list in the OSCAL catalogue; relationships by coopsec',
  links: [
    {
      from: 'ID',
      to: 'ID',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 7,
      note: 'ID.AM and ID.RA stay; ID.BE, ID.GV, ID.RM, ID.SC leave for GV; ID.IM is new',
    },
    {
      from: 'ID',
      to: 'GV',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 5,
      note: "CSF 1.1's ID.BE, ID.GV, ID.RM, ID.SC became GV.OC, GV.PO/GV.RR, GV.RM, GV.SC; GV.OV is new",
    },
    {
      from: 'PR',
      to: 'PR',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 8,
      note: 'PR.AC→PR.AA, PR.AT and PR.DS stay, PR.IP/PR.MA/PR.PT regroup into PR.PS and PR.IR',
    },
    {
      from: 'PR',
      to: 'ID',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 3,
      note: 'PR.IP-07/-08 (improvement) and PR.IP-09/-10 (plans, tests) and PR.IP-12 (vulnerability plan) moved to ID.IM and ID.RA',
    },
    {
      from: 'PR',
      to: 'GV',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 2,
      note: 'PR.IP-11 (security in HR practices) became GV.RR-04',
    },
    {
      from: 'DE',
      to: 'DE',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 8,
      note: 'DE.AE and DE.CM stay; DE.DP withdrawn',
    },
    {
      from: 'DE',
      to: 'ID',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 2,
      note: 'DE.DP-05 (detection processes improved) moved to ID.IM',
    },
    {
      from: 'RS',
      to: 'RS',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 8,
      note: 'RS.RP becomes RS.MA; RS.AN, RS.CO, RS.MI stay with fewer subcategories',
    },
    {
      from: 'RS',
      to: 'ID',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 3,
      note: 'RS.IM moved to ID.IM; RS.AN-05 (vulnerability disclosures) to ID.RA-08',
    },
    {
      from: 'RC',
      to: 'RC',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 8,
      note: 'RC.RP and RC.CO stay',
    },
    {
      from: 'RC',
      to: 'ID',
      relationship: 'intersects-with',
      rationale: 'functional',
      strength: 2,
      note: 'RC.IM moved to ID.IM',
    },
    {
      from: 'DE',
      to: 'GV',
      relationship: 'not-related-to',
      rationale: 'functional',
      strength: 8,
      note: 'no DETECT outcome moved to GOVERN',
    },
    {
      from: 'RC',
      to: 'GV',
      relationship: 'not-related-to',
      rationale: 'functional',
      strength: 8,
      note: 'no RECOVER outcome moved to GOVERN',
    },
  ],
};
