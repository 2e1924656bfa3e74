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
import { useT } from '../../i18n/context.tsx';

const SEVERITIES = ['high', 'critical', 'medium', 'low'];
const TLP = ['amber', 'amber+strict', 'green', 'clear', 'red'];
const PAP = ['amber', 'green', 'clear', 'red'];
export const ROLES = ['contributor', 'observer', 'lead'];
/** The name the server gives the first invited organisation's field in its errors. */
const PARTNER = 'participants[0].organisation';

export function OpenCase() {
  const { t } = useT();
  return (
    <SimpleForm
      title={t('web.incidents.openTitle')}
      submitLabel={t('web.incidents.openSubmit')}
      fields={[
        { name: 'title', label: t('web.incidents.title'), required: true },
        { name: 'description', label: t('web.incidents.description') },
        {
          name: 'rsitClass',
          label: t('web.incidents.rsitClass'),
          required: true,
          hint: t('web.incidents.rsitClassHint'),
        },
        {
          name: 'rsitType',
          label: t('web.incidents.rsitType'),
          required: true,
          hint: t('web.incidents.rsitTypeHint'),
        },
        {
          name: 'severity',
          label: t('web.incidents.severity'),
          kind: 'select',
          options: SEVERITIES,
        },
        { name: 'tlp', label: t('web.incidents.tlp'), kind: 'select', options: TLP },
        { name: 'pap', label: t('web.incidents.pap'), kind: 'select', options: PAP },
        {
          name: PARTNER,
          label: t('web.incidents.invite'),
          hint: t('web.incidents.inviteHint'),
        },
        { name: 'role', label: t('web.incidents.itsRole'), kind: 'select', options: ROLES },
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
        return t('web.incidents.opened', { title: c.title });
      }}
    />
  );
}
