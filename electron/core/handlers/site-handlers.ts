import type { siteOperations } from '../../../shared/contract/operations/sites';
import type { SiteSync } from '../../publish/site-sync';
import type { SiteAuthorizations } from '../../sites/site-authorization';
import type { SiteService } from '../../sites/site-service';
import { SiteMovedError } from '../../wordpress/site-error';
import type { HandlersFor } from '../dispatch';

export function siteHandlers(sites: SiteService, sync: SiteSync, authorizations: SiteAuthorizations): HandlersFor<typeof siteOperations> {
  return {
    listSites: () => sites.list(),
    getSecretStorage: () => sites.secretStorage(),
    connectSite: async (input) => {
      try {
        return await sites.connect(input);
      } catch (error) {
        // A moved site is a question for the user, not a failure: the answer carries the new address.
        if (error instanceof SiteMovedError) return { movedTo: error.movedTo };
        throw error;
      }
    },
    beginSiteAuthorization: (input) => authorizations.begin(input),
    deleteSite: async ({ id }) => {
      await sites.delete(id);
      return { id };
    },
    syncSite: ({ id }) => sync.sync(id),
  };
}
