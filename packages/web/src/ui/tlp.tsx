/**
 * @module ui/tlp
 * TLP 2.0 badges in FIRST's colours (TLP 2.0 standard, "Colours in RGB"): black background,
 * coloured text. TLP 1.0 WHITE is shown as CLEAR's equivalent with its own name.
 */
import { useT } from '../i18n/context.tsx';

const TLP_MARKINGS: Readonly<Record<string, string>> = {
  // STIX 2.1 §7.2.1.4 TLP 1.0 marking-definition ids, and the TLP 2.0 extension ids.
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'TLP:WHITE',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'TLP:GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'TLP:AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'TLP:RED',
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'TLP:CLEAR',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'TLP:GREEN',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'TLP:AMBER',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'TLP:AMBER+STRICT',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'TLP:RED',
};

export function tlpOf(markings: readonly string[] | undefined): string | undefined {
  for (const m of markings ?? []) {
    const label = TLP_MARKINGS[m];
    if (label !== undefined) return label;
  }
  return undefined;
}

export function TlpBadge({ markings }: { markings: readonly string[] | undefined }) {
  const { t } = useT();
  const label = tlpOf(markings);
  if (label === undefined) return <span className="tlp tlp-none">{t('web.tlp.none')}</span>;
  const cls = label.toLowerCase().replace('tlp:', 'tlp-').replace('+', '-');
  // FIRST's labels read the same in every language.
  return (
    <span className={`tlp ${cls}`} translate="no">
      {label}
    </span>
  );
}
