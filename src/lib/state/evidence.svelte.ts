/**
 * Evidence files (証跡) of an attestation or an answer: attach (refused over the limit before
 * the file is read, so a huge file never lands in memory), remove, download the exact stored
 * bytes, or view in a new tab under the stored type — only types that cannot run script.
 */
import type { EvidenceInput } from '$lib/db';
import { EVIDENCE_MAX_BYTES } from '$lib/domain/limits';
import type { EvidenceFile } from '$lib/domain/model';
import { downloadFile, safeFileName } from '$lib/io/download';
import { writeContext } from './context';
import { storageMessage } from './errors';
import { notices, type UserMessage } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

// The storage of files loads on the first attach, remove or open, not with the page showing them.
const evidenceDb = () => import('$lib/db/evidence');

export const EVIDENCE_LIMIT_MB = EVIDENCE_MAX_BYTES / (1024 * 1024);

/**
 * Types a browser shows as a document or picture without running anything of the file: no HTML,
 * SVG or XML, which would run script with this app's origin once opened from a `blob:` URL.
 */
const VIEWABLE_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'text/plain',
  'text/csv'
];

export function canView(type: string): boolean {
  return VIEWABLE_TYPES.includes(type.toLowerCase());
}

/** How long a `blob:` URL opened for viewing stays valid: long enough for the new tab to load it. */
const VIEW_URL_SECONDS = 60;

/** A download name safe on every system, keeping the extension even when the name is shortened. */
function downloadName(name: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  return safeFileName(name.slice(0, name.length - ext.length)) + ext;
}

export type EvidenceOwner = Pick<EvidenceInput, 'procurementId' | 'vendorId' | 'ownerKind' | 'ownerId'>;

export class EvidenceActions {
  #workspace: () => WorkspaceState;

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /**
   * Stores each file as evidence of `owner`, one by one; refused files are reported and skipped.
   * `added` words the confirmation of a stored file (by default 「name」を追加しました).
   */
  async attach(
    owner: EvidenceOwner,
    files: readonly File[],
    added: (name: string) => UserMessage = (name) => ({ key: 'vendor.evidence.added', params: { name } })
  ): Promise<void> {
    for (const file of files) {
      if (file.size > EVIDENCE_MAX_BYTES) {
        notices.error({
          key: 'vendor.evidence.tooLarge',
          params: { name: file.name, limitMb: EVIDENCE_LIMIT_MB }
        });
        continue;
      }
      if (file.size === 0) {
        notices.error({ key: 'vendor.evidence.emptyFile', params: { name: file.name } });
        continue;
      }
      let data: ArrayBuffer;
      try {
        data = await file.arrayBuffer();
      } catch {
        notices.error({ key: 'vendor.evidence.readFailed', params: { name: file.name } });
        continue;
      }
      const input: EvidenceInput = {
        ...owner,
        name: file.name,
        type: file.type || 'application/octet-stream',
        data
      };
      if (
        await this.#workspace().perform(async () =>
          (await evidenceDb()).addEvidenceFile(writeContext(), input)
        )
      )
        notices.info(added(file.name));
    }
  }

  async remove(file: EvidenceFile): Promise<boolean> {
    const ok = await this.#workspace().perform(async () =>
      (await evidenceDb()).removeEvidenceFile(writeContext(), file.id)
    );
    if (ok) notices.info({ key: 'vendor.evidence.removed', params: { name: file.name } });
    return ok;
  }

  /** Saves the stored bytes, exactly as attached. */
  async download(file: EvidenceFile): Promise<void> {
    const bytes = await this.#bytes(file);
    if (bytes) downloadFile(downloadName(file.name), new Uint8Array(bytes), file.type);
  }

  async view(file: EvidenceFile): Promise<void> {
    if (!canView(file.type)) return;
    const bytes = await this.#bytes(file);
    if (!bytes) return;
    const url = URL.createObjectURL(new Blob([bytes], { type: file.type }));
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), VIEW_URL_SECONDS * 1000);
  }

  async #bytes(file: EvidenceFile): Promise<ArrayBuffer | null> {
    try {
      const bytes = await (await evidenceDb()).getEvidenceBytes(file.id);
      if (bytes) return bytes;
      notices.error({ key: 'storage.notFound' });
    } catch (e) {
      notices.error(storageMessage(e));
    }
    return null;
  }
}
