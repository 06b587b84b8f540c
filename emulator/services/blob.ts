/**
 * A minimal Blob, as Utilities.newBlob makes it and mail attachments carry it. Bytes are Java
 * bytes (-128..127), as Apps Script's getBytes() returns them.
 */
import { failLoudly } from './errors';

/** Java-style signed bytes of a buffer, as Apps Script returns Byte[]. */
export function toSignedBytes(data: Uint8Array): number[] {
  const bytes = new Array<number>(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data[i] > 127 ? data[i] - 256 : data[i];
  return bytes;
}

/** The raw bytes of a Byte[] (signed or unsigned values), or of a string as UTF-8. */
export function bytesOf(data: readonly number[] | string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.from(Array.from(data, (b) => b & 0xff));
}

type BlobMethods = 'copyBlob' | 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'setBytes'
  | 'setContentType' | 'setDataFromString' | 'setName' | 'getBlob' | 'getAs' | 'isGoogleType';

/** A Blob holding bytes, an optional content type and an optional name; not a counted service. */
export class FakeBlob implements Pick<GoogleAppsScript.Base.Blob, BlobMethods> {
  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  /** The bytes, for host code (e-mail rendering). */
  raw(): Buffer {
    return this.data;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return newFakeBlob(Buffer.from(this.data), this.contentType, this.name);
  }
  getBytes(): number[] {
    return toSignedBytes(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    const encoding = charset && /^(us-)?ascii$/i.test(charset) ? 'latin1' : 'utf8';
    return this.data.toString(encoding);
  }
  getName(): string | null {
    return this.name;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.data = bytesOf(data);
    return this.asBlob();
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this.asBlob();
  }
  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this.data = Buffer.from(text, 'utf8');
    return this.asBlob();
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this.asBlob();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.asBlob();
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) throw new Error(`Emulator: Blob.getAs(${contentType}) conversion is not implemented`);
    return this.copyBlob();
  }
  isGoogleType(): boolean {
    return false;
  }

  private asBlob(): GoogleAppsScript.Base.Blob {
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** A new Blob from bytes; any Blob method not modelled throws `Emulator: Blob.<m> is not implemented`. */
export function newFakeBlob(data: Buffer, contentType: string | null = null, name: string | null = null): GoogleAppsScript.Base.Blob {
  return failLoudly(new FakeBlob(data, contentType, name), 'Blob') as unknown as GoogleAppsScript.Base.Blob;
}

/** The bytes, type and name of anything the script passes as a BlobSource (a Blob, or an object with getBlob()). */
export function readBlobSource(source: unknown): { name: string; contentType: string; bytes: Buffer } {
  let blob: unknown = source;
  if (!(blob instanceof FakeBlob) && blob && typeof (blob as { getBlob?: unknown }).getBlob === 'function') {
    blob = (blob as { getBlob(): unknown }).getBlob();
  }
  if (!(blob instanceof FakeBlob)) throw new Error('Emulator: only Blobs made by Utilities.newBlob can be attached');
  return { name: blob.getName() ?? 'attachment', contentType: blob.getContentType() ?? 'application/octet-stream', bytes: blob.raw() };
}
