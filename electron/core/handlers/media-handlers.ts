import type { mediaOperations } from '../../../shared/contract/operations/media';
import type { MediaCapability } from '../../media/media-capability';
import type { HandlersFor } from '../dispatch';

export function mediaHandlers({ store: media, importer, grants, removeFiles }: MediaCapability): HandlersFor<typeof mediaOperations> {
  return {
    listMedia: (input) => media.list(input),
    getMediaItems: ({ ids }) => media.getMany(ids),
    updateMedia: ({ id, details }) => media.updateDetails(id, details),
    setMediaAlt: ({ id, alt, replacing }) => media.replaceAlt(id, alt, replacing),
    mediaUsage: ({ id }) => {
      media.get(id);
      return media.usage(id);
    },
    trashMedia: ({ id }) => media.trash(id),
    restoreMedia: ({ id }) => media.restore(id),
    emptyMediaTrash: async () => {
      const { deleted, kept } = media.emptyTrash();
      // Files go after the rows are gone: a crash in between leaves unreferenced files, never a row without its files.
      for (const sha of deleted) await removeFiles(sha);
      return { deleted: deleted.length, kept };
    },
    startMediaImport: ({ files }) => importer.startUpload(files),
    uploadMediaChunk: ({ batchId, index, offset, data }) => importer.uploadChunk(batchId, index, offset, data),
    importMediaFiles: ({ tokens }) => importer.importPaths(grants.take(tokens)),
    cancelMediaImport: ({ batchId }) => importer.cancel(batchId),
  };
}
