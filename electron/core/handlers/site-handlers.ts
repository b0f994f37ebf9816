import type { siteOperations } from '../../../shared/contract/operations/sites';
import type { SiteSync } from '../../publish/site-sync';
import type { SiteAuthorizations } from '../../sites/site-authorization';
import type { SiteService } from '../../sites/site-service';
import type { HandlersFor } from '../dispatch';

export function siteHandlers(sites: SiteService, sync: SiteSync, authorizations: SiteAuthorizations): HandlersFor<typeof siteOperations> {
  return {
    listSites: () => sites.list(),
    getSecretStorage: () => sites.secretStorage(),
    connectSite: (input) => sites.connect(input),
    beginSiteAuthorization: (input) => authorizations.begin(input),
    deleteSite: async ({ id }) => {
      await sites.delete(id);
      return { id };
    },
    syncSite: ({ id }) => sync.sync(id),
  };
}
