/**
 * @module mapping/crosswalk-iso2013-iso2022
 * ISO/IEC 27001:2013 Annex A → ISO/IEC 27001:2022 Annex A, control by control, from the
 * public correspondence between the editions (ISO/IEC 27002:2022 Annex B, tables B.1/B.2:
 * which 2013 controls each 2022 control continues, merges or splits). Identifiers only; the
 * rule that turns the correspondence into OLIR relationships is ours:
 *   - one 2013 control continued alone by one 2022 control → `equal` (semantic, strength 9);
 *   - several 2013 controls merged into one 2022 control → each is `subset-of` it (semantic, 8);
 *   - one 2013 control split over several 2022 controls → `intersects-with` each (semantic, 6).
 * All 114 controls of 2013 have a successor; the 11 controls new in 2022 (FACTS.md §4) have
 * no predecessor and therefore no link.
 */
import type { Crosswalk, CrosswalkLink } from './olir.ts';

/** 2022 control → the 2013 controls it continues (without the `A.` prefix). */
const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  '5.1': ['5.1.1', '5.1.2'],
  '5.2': ['6.1.1'],
  '5.3': ['6.1.2'],
  '5.4': ['7.2.1'],
  '5.5': ['6.1.3'],
  '5.6': ['6.1.4'],
  '5.8': ['6.1.5', '14.1.1'],
  '5.9': ['8.1.1', '8.1.2'],
  '5.10': ['8.1.3', '8.2.3'],
  '5.11': ['8.1.4'],
  '5.12': ['8.2.1'],
  '5.13': ['8.2.2'],
  '5.14': ['13.2.1', '13.2.2', '13.2.3'],
  '5.15': ['9.1.1', '9.1.2'],
  '5.16': ['9.2.1'],
  '5.17': ['9.2.4', '9.3.1', '9.4.3'],
  '5.18': ['9.2.2', '9.2.5', '9.2.6'],
  '5.19': ['15.1.1'],
  '5.20': ['15.1.2'],
  '5.21': ['15.1.3'],
  '5.22': ['15.2.1', '15.2.2'],
  '5.24': ['16.1.1'],
  '5.25': ['16.1.4'],
  '5.26': ['16.1.5'],
  '5.27': ['16.1.6'],
  '5.28': ['16.1.7'],
  '5.29': ['17.1.1', '17.1.2', '17.1.3'],
  '5.31': ['18.1.1', '18.1.5'],
  '5.32': ['18.1.2'],
  '5.33': ['18.1.3'],
  '5.34': ['18.1.4'],
  '5.35': ['18.2.1'],
  '5.36': ['18.2.2', '18.2.3'],
  '5.37': ['12.1.1'],
  '6.1': ['7.1.1'],
  '6.2': ['7.1.2'],
  '6.3': ['7.2.2'],
  '6.4': ['7.2.3'],
  '6.5': ['7.3.1'],
  '6.6': ['13.2.4'],
  '6.7': ['6.2.2'],
  '6.8': ['16.1.2', '16.1.3'],
  '7.1': ['11.1.1'],
  '7.2': ['11.1.2', '11.1.6'],
  '7.3': ['11.1.3'],
  '7.5': ['11.1.4'],
  '7.6': ['11.1.5'],
  '7.7': ['11.2.9'],
  '7.8': ['11.2.1'],
  '7.9': ['11.2.6'],
  '7.10': ['8.3.1', '8.3.2', '8.3.3', '11.2.5'],
  '7.11': ['11.2.2'],
  '7.12': ['11.2.3'],
  '7.13': ['11.2.4'],
  '7.14': ['11.2.7'],
  '8.1': ['6.2.1', '11.2.8'],
  '8.2': ['9.2.3'],
  '8.3': ['9.4.1'],
  '8.4': ['9.4.5'],
  '8.5': ['9.4.2'],
  '8.6': ['12.1.3'],
  '8.7': ['12.2.1'],
  '8.8': ['12.6.1', '18.2.3'],
  '8.13': ['12.3.1'],
  '8.14': ['17.2.1'],
  '8.15': ['12.4.1', '12.4.2', '12.4.3'],
  '8.17': ['12.4.4'],
  '8.18': ['9.4.4'],
  '8.19': ['12.5.1', '12.6.2'],
  '8.20': ['13.1.1'],
  '8.21': ['13.1.2'],
  '8.22': ['13.1.3'],
  '8.24': ['10.1.1', '10.1.2'],
  '8.25': ['14.2.1'],
  '8.26': ['14.1.2', '14.1.3'],
  '8.27': ['14.2.5'],
  '8.29': ['14.2.8', '14.2.9'],
  '8.30': ['14.2.7'],
  '8.31': ['12.1.4', '14.2.6'],
  '8.32': ['12.1.2', '14.2.2', '14.2.3', '14.2.4'],
  '8.33': ['14.3.1'],
  '8.34': ['12.7.1'],
};

function buildLinks(): CrosswalkLink[] {
  const targetsOf = new Map<string, string[]>();
  for (const [to, froms] of Object.entries(SUCCESSORS)) {
    for (const from of froms) targetsOf.set(from, [...(targetsOf.get(from) ?? []), to]);
  }
  return Object.entries(SUCCESSORS).flatMap(([to, froms]) =>
    froms.map((from): CrosswalkLink => {
      const targets = targetsOf.get(from) ?? [];
      const src = `A.${from}`;
      if (targets.length > 1) {
        return {
          from: src,
          to,
          relationship: 'intersects-with',
          rationale: 'semantic',
          strength: 6,
          note: `2013 ${src} was split over 2022 ${targets.join(' and ')}; ${to} takes part of it (27002:2022 Annex B)`,
        };
      }
      if (froms.length > 1) {
        return {
          from: src,
          to,
          relationship: 'subset-of',
          rationale: 'semantic',
          strength: 8,
          note: `2022 ${to} merges 2013 ${froms.map((f) => `A.${f}`).join(', ')}; ${src} is one part of it (27002:2022 Annex B)`,
        };
      }
      return {
        from: src,
        to,
        relationship: 'equal',
        rationale: 'semantic',
        strength: 9,
        note: `2013 ${src} continues as 2022 ${to} with the same scope, renumbered (27002:2022 Annex B)`,
      };
    }),
  );
}

export const CROSSWALK_ISO2013_ISO2022: Crosswalk = {
  id: 'iso27001-2013→iso27001-2022',
  from: 'iso27001-2013',
  to: 'iso27001-2022',
  title: 'ISO/IEC 27001 Annex A: 2013 edition to 2022 edition',
  source:
    'Correspondence of ISO/IEC 27002:2022 Annex B (identifiers only); OLIR relationships assigned by coopsec by the rule in this module',
  links: buildLinks(),
};
