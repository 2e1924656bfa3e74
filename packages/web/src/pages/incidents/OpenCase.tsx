/**
 * @module pages/incidents/OpenCase
 * Opening a joint case from the dashboard: the signed-in organisation leads it and may invite
 * one partner at once (more from the case page). The lists below are what the form offers; the
 * server checks every value (RSIT taxonomy, levels, that the partner exists) and its errors are
 * shown next to the field they name.
 */
import { sendJson } from '../../api.ts';
import { href } from '../../router.ts';
import { SimpleForm } from '../../ui/form.tsx';
import type { IncidentView } from './types.ts';

const SEVERITIES = ['high', 'critical', 'medium', 'low'];
const TLP = ['amber', 'amber+strict', 'green', 'clear', 'red'];
const PAP = ['amber', 'green', 'clear', 'red'];
export const ROLES = ['contributor', 'observer', 'lead'];
/** The name the server gives the first invited organisation's field in its errors. */
const PARTNER = 'participants[0].organisation';

export function OpenCase() {
  return (
    <SimpleForm
      title="Open a case (your organisation leads it)"
      submitLabel="Open case"
      fields={[
        { name: 'title', label: 'Title', required: true },
        { name: 'description', label: 'Description (optional)' },
        { name: 'rsitClass', label: 'RSIT class', required: true, hint: 'e.g. fraud' },
        { name: 'rsitType', label: 'RSIT type', required: true, hint: 'e.g. phishing' },
        { name: 'severity', label: 'Severity', kind: 'select', options: SEVERITIES },
        { name: 'tlp', label: 'TLP', kind: 'select', options: TLP },
        { name: 'pap', label: 'PAP', kind: 'select', options: PAP },
        { name: PARTNER, label: 'Invite organisation (optional)', hint: 'its id, e.g. cert-be' },
        { name: 'role', label: 'Its role', kind: 'select', options: ROLES },
      ]}
      onSubmit={async (v) => {
        const partner = String(v[PARTNER] ?? '').trim();
        const c = await sendJson<IncidentView>('POST', '/api/incidents', {
          title: v.title,
          rsitClass: String(v.rsitClass).trim(),
          rsitType: String(v.rsitType).trim(),
          severity: v.severity,
          tlp: v.tlp,
          pap: v.pap,
          ...(v.description ? { description: v.description } : {}),
          participants: partner === '' ? [] : [{ organisation: partner, role: v.role }],
        });
        window.location.hash = href('incidents', c.id);
        return `Case “${c.title}” opened.`;
      }}
    />
  );
}
