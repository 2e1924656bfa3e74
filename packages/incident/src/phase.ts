/**
 * @module phase
 * The life cycle of a case. Phases follow NIST SP 800-61r3, which maps incident response onto
 * CSF 2.0: Detect (DE), Respond (RS: analyse, contain, eradicate) and Recover (RC), then closed.
 *
 * Legal moves, and why:
 * - forward one step at a time (detect → analyse → contain → eradicate → recover → closed);
 * - back to analyse from contain, eradicate or recover: 800-61r3 treats response as a loop, and
 *   new findings during containment or recovery send the case back to analysis (RS.AN);
 * - detect or analyse → closed: a false positive or duplicate ends without containment;
 * - closed → analyse: a case is reopened when the incident recurs.
 * Anything else (skipping containment, staying put, leaving closed for another phase) is refused.
 */
export const PHASES = ['detect', 'analyse', 'contain', 'eradicate', 'recover', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  detect: ['analyse', 'closed'],
  analyse: ['contain', 'closed'],
  contain: ['eradicate', 'analyse'],
  eradicate: ['recover', 'analyse'],
  recover: ['closed', 'analyse'],
  closed: ['analyse'],
};

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

export function canMove(from: Phase, to: Phase): boolean {
  return TRANSITIONS[from].includes(to);
}
