/**
 * @module inventory-alerts
 * An advisory that affects what an organisation runs raises an alert for that organisation
 * (issue 17 item 4, through the alerting of issue 16): one alert per organisation, advisory
 * and affected inventory entry, raised once however often either side is imported again.
 *
 * Who is alerted is decided as a read: an organisation hears of an advisory only if it may
 * read it, exactly as TAXII would serve it to the organisation (a grant on the advisories'
 * collection, TLP and agreements; `organisationReader` never holds TLP:RED, which goes to
 * named individuals only). An advisory its markings keep from an organisation raises nothing
 * there, so an alert never tells anyone of an advisory they may not see.
 *
 * Raised by `importAdvisory` and `importInventory` (every edge), and by the server's sweep for
 * advisories that arrive over TAXII or federation (server `alerts/inventory-delivery.ts`),
 * which also delivers them to the organisation's webhooks.
 */
import { CoopsecError } from '@coopsec/model';
import {
  InventoryAlertRepository,
  InventoryRepository,
  type NewInventoryAlert,
  type StoredInventoryAlert,
  type Store,
} from '@coopsec/store';
import { organisationReader, servedObjects } from './access.ts';
import { ADVISORY_COLLECTION, type AdvisoryActor } from './advisory-read.ts';
import { inventoryMatches, type InventoryMatches } from './inventory-matches.ts';

export interface RaiseInventoryAlertsOptions {
  /** Only this organisation's inventory (default: every organisation with an inventory). */
  readonly orgId?: string;
  /** Only this advisory, by report id or tracking id (default: every stored advisory). */
  readonly advisoryId?: string;
  /** The advisories' collection (default `advisories`). */
  readonly collection?: string;
}

/** Raises the alerts not raised before; returns the new ones (none when nothing changed). */
export async function raiseInventoryAlerts(
  store: Store,
  options: RaiseInventoryAlertsOptions = {},
): Promise<StoredInventoryAlert[]> {
  const collection = options.collection ?? ADVISORY_COLLECTION;
  const orgs =
    options.orgId !== undefined
      ? [options.orgId]
      : [...new Set((await new InventoryRepository(store).list()).map((e) => e.orgId))];
  const alerts: NewInventoryAlert[] = [];
  for (const orgId of orgs) {
    const reader = organisationReader(orgId);
    const who: AdvisoryActor = {
      orgId,
      collection,
      reader: (id, types) => servedObjects(store, reader, id, types),
    };
    let found: InventoryMatches;
    try {
      found = await inventoryMatches(store, {
        orgId,
        who,
        ...(options.advisoryId !== undefined ? { advisoryId: options.advisoryId } : {}),
      });
    } catch (error) {
      // The advisory is one this organisation may not read: nothing to tell it.
      if (error instanceof CoopsecError && error.code === 'NOT_FOUND') continue;
      throw error;
    }
    for (const m of found.matches)
      if (m.matched)
        alerts.push({
          orgId,
          collectionId: collection,
          advisoryId: m.advisoryId,
          trackingId: m.trackingId,
          title: m.title,
          tlp: m.tlp,
          cve: m.cve,
          identifier: m.identifier,
          version: m.version,
          status: m.status,
        });
  }
  return new InventoryAlertRepository(store).raise(alerts);
}

/** An organisation's inventory alerts (or every organisation's, for the node's operator). */
export async function listInventoryAlerts(
  store: Store,
  options: { readonly orgId?: string; readonly advisoryId?: string; readonly limit?: number },
): Promise<{ alerts: StoredInventoryAlert[] }> {
  return { alerts: await new InventoryAlertRepository(store).list(options) };
}
