// Meeting documents (issue 17): the papers behind each agenda item, a
// mandate's deliverable, and the meeting pack. Outside callers use this file.
export {
  addDocument,
  documentHref,
  getDownload,
  getItemDocumentsAccess,
  getMandateDocumentsAccess,
  insertDocument,
  isDocumentRefusal,
  listItemDocuments,
  listMandateDocuments,
  listManageableItems,
  listMeetingDocuments,
  listPackDocuments,
  mandatesWithDeliverables,
  moveDocument,
  removeDocument,
  replaceDocument,
  type DocumentOwner,
  type DocumentRefusal,
  type DocumentView,
  type NewFile,
} from "./document.server";
export { ACCEPT, checkFileKind, mimeOf, opensInline, type FileKind } from "./file-kind.server";
export { maxUploadBytes, maxUploadMegabytes } from "./config.server";
export { buildMeetingPack, type PackItem } from "./pack.server";
export { getBlobStore, storeFromUrl, DiskStore, S3Store, type BlobStore } from "./storage.server";
export { readUploadForm, type StagedFile, type UploadForm } from "./upload.server";
export { checkedFile, type CheckedFile } from "./upload-check.server";
export { readDocumentsForm } from "./forms.server";
