/**
 * @module access/forward
 * Whether one stored object version may leave this node for a partner node (federation), the
 * second half of the one access decision: `access/clearance.ts` says what a reader may
 * receive; this says what may travel on. Written from FIRST's TLP 2.0 definitions
 * (https://www.first.org/tlp/) applied at every hop:
 *
 *  - CLEAR and GREEN may travel on within the community, also when they came from another node;
 *  - AMBER reaches the recipient organisation and its clients only: it leaves the node it was
 *    created on when an agreement grants it to the partner, and never travels on to a third node;
 *  - AMBER+STRICT "restricts sharing to the organization only": it leaves its node only to an
 *    organisation an agreement names for AMBER+STRICT, and never travels on;
 *  - RED "for the eyes and ears of individual recipients only": it leaves only its own node,
 *    only for a node where a named recipient is, and never travels on;
 *  - never back to a node it came from or already passed through (no loops), and no further
 *    than the hop limit.
 * The partner's clearance is computed by `clearanceFor` for the local organisation that stands
 * for the partner, so the agreements that decide what a local reader receives decide what a
 * partner receives. Granular markings above that clearance are removed by `serveVersion`
 * before the object leaves.
 */
import { tlpRank, type TlpLevel } from '../markings/tlp.ts';
import { clearedFor } from './clearance.ts';

export interface ForwardFacts {
  /** The version's view level (`viewLevel`): the lowest clearance at which it is served at all. */
  readonly level: TlpLevel;
  /** The partner organisation's clearance for this version (`clearanceFor`). */
  readonly partnerClearance: TlpLevel;
  /** Nodes the version passed through before this one, oldest first; empty if created here. */
  readonly path: readonly string[];
  /** This node's id. */
  readonly self: string;
  /** The partner node's id, when known (learned from its discovery resource). */
  readonly partner: string | undefined;
  /** True when a user named as a recipient belongs to the partner's organisation. */
  readonly recipientAtPartner: boolean;
  /** Maximum number of nodes a version may pass through, its origin included. */
  readonly hopLimit: number;
}

export type ForwardRefusal =
  'loop' | 'hop-limit' | 'not-cleared' | 'amber-not-onward' | 'red-not-federated';

export type ForwardDecision =
  /**
   * `serveAt`: the clearance to serve the version at (`serveVersion`): the partner's, capped at
   * GREEN for a relayed version, so that content under an AMBER granular marking never travels
   * on to a third node either.
   */
  | { readonly forward: true; readonly serveAt: TlpLevel }
  | { readonly forward: false; readonly reason: ForwardRefusal };

const refuse = (reason: ForwardRefusal): ForwardDecision => ({ forward: false, reason });

/** Why each refusal happens, for run records and operators (no object content). */
export const FORWARD_REFUSALS: Readonly<Record<ForwardRefusal, string>> = {
  loop: 'the partner node is already on the path this version travelled',
  'hop-limit': 'the version has reached the hop limit',
  'not-cleared': 'no agreement clears the partner organisation for this TLP level',
  'amber-not-onward':
    'TLP:AMBER and AMBER+STRICT reach the recipient organisation only and never travel on to a third node',
  'red-not-federated':
    'TLP:RED leaves its own node only for a node where a named recipient is, and never travels on',
};

export function mayForward(facts: ForwardFacts): ForwardDecision {
  const relayed = facts.path.length > 0;
  if (
    facts.partner !== undefined &&
    (facts.partner === facts.self || facts.path.includes(facts.partner))
  )
    return refuse('loop');
  // Forwarding makes the partner the (path + 2)-th node: the path, this node, the partner.
  if (facts.path.length + 2 > facts.hopLimit) return refuse('hop-limit');
  if (facts.level === 'red') {
    return !relayed && facts.recipientAtPartner
      ? { forward: true, serveAt: 'red' }
      : refuse('red-not-federated');
  }
  if (relayed && tlpRank(facts.level) > tlpRank('green')) return refuse('amber-not-onward');
  if (!clearedFor(facts.partnerClearance, facts.level)) return refuse('not-cleared');
  const serveAt =
    relayed && tlpRank(facts.partnerClearance) > tlpRank('green')
      ? 'green'
      : facts.partnerClearance;
  return { forward: true, serveAt };
}
