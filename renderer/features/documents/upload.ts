/**
 * Sends a file's bytes to the core in chunks (contract `documents.upload*`): the bridge carries JSON,
 * so each chunk travels as base64, at most `chunkBytes` raw bytes at a time, in order. The core
 * decides the file's type from its content and refuses bad files with an Indonesian message; a
 * failed or abandoned upload is aborted so nothing is left behind.
 */
import type { MethodOutput } from '../../../shared/contract/contract';
import type { DocumentMeta } from '../../../shared/domain/document';
import { call } from '../../api/client';

/** Base64 of a slice of the file, by the browser's own encoder (no per-byte JS loop). */
export function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

export interface UploadOptions {
  caseId: string;
  file: Blob;
  name: string;
  meta: DocumentMeta;
  /** Append the pages to this document (camera: page 2, 3… of one document). */
  documentId?: string;
  /** Client-made id of the import task, so its `documents.progress` events can be followed. */
  taskId?: string;
  /** The document camera, recorded as the document's source (default: a file). */
  source?: 'file' | 'camera';
  /** Fraction of the bytes sent, 0–1. */
  onSent?: (fraction: number) => void;
}

export async function uploadFile(o: UploadOptions): Promise<MethodOutput<'documents.uploadFinish'>> {
  const { uploadId, chunkBytes } = await call('documents.uploadBegin', { caseId: o.caseId, name: o.name, bytes: o.file.size });
  try {
    for (let offset = 0; offset < o.file.size; offset += chunkBytes) {
      const data = await base64Of(o.file.slice(offset, offset + chunkBytes));
      await call('documents.uploadChunk', { uploadId, offset, data });
      o.onSent?.(Math.min(1, (offset + chunkBytes) / o.file.size));
    }
    o.onSent?.(1);
    return await call('documents.uploadFinish', {
      uploadId,
      meta: o.meta,
      ...(o.documentId ? { documentId: o.documentId } : {}),
      ...(o.taskId ? { taskId: o.taskId } : {}),
      source: o.source ?? 'file',
    });
  } catch (e) {
    // The core drops a refused upload itself; an interrupted one is dropped here (best effort).
    await call('documents.uploadAbort', { uploadId }).catch(() => undefined);
    throw e;
  }
}
