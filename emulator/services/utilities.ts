/**
 * Utilities: formatDate (Java patterns), formatString, sleep (moves the simulated clock), getUuid
 * (deterministic per runtime), newBlob, base64, computeDigest. Each method is a counted call.
 */
import { createHash } from 'node:crypto';
import type { EmulatorState } from '../state';
import { bytesOf, newFakeBlob, toSignedBytes } from './blob';
import { EnumValue } from '../enum-value';
import { CHARSET, DIGEST_ALGORITHM, MAC_ALGORITHM } from './enums';
import { failLoudly, isDate, scriptError } from './errors';
import { formatDate } from './format-date';
import { formatString } from './format-string';

type UtilitiesMethods = 'formatDate' | 'formatString' | 'sleep' | 'getUuid' | 'newBlob' | 'base64Encode'
  | 'base64Decode' | 'base64EncodeWebSafe' | 'base64DecodeWebSafe' | 'computeDigest';

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
/** Apps Script refuses a sleep longer than five minutes. */
const MAX_SLEEP_MS = 300000;

class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  readonly Charset = CHARSET as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DIGEST_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MAC_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  private uuids = 0;

  constructor(private readonly state: EmulatorState) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.state.recordCall('Utilities.formatDate');
    if (!isDate(date)) throw scriptError('Invalid argument: date');
    return formatDate(date.getTime(), String(timeZone), String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    this.state.recordCall('Utilities.formatString');
    return formatString(String(template), args);
  }

  sleep(milliseconds: number): void {
    this.state.recordCall('Utilities.sleep');
    if (milliseconds > MAX_SLEEP_MS) throw scriptError('Invalid argument: milliseconds');
    this.state.advance(milliseconds);
  }

  getUuid(): string {
    this.state.recordCall('Utilities.getUuid');
    const hex = createHash('sha1').update(`toko-emulator-uuid-${++this.uuids}`).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  newBlob(data: number[] | string, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.state.recordCall('Utilities.newBlob');
    return newFakeBlob(bytesOf(data), contentType ?? null, name ?? null);
  }

  base64Encode(data: number[] | string): string {
    this.state.recordCall('Utilities.base64Encode');
    return bytesOf(data).toString('base64');
  }

  base64EncodeWebSafe(data: number[] | string): string {
    this.state.recordCall('Utilities.base64EncodeWebSafe');
    return bytesOf(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    this.state.recordCall('Utilities.base64Decode');
    return decodeBase64(encoded);
  }

  base64DecodeWebSafe(encoded: string): number[] {
    this.state.recordCall('Utilities.base64DecodeWebSafe');
    return decodeBase64(String(encoded).replace(/-/g, '+').replace(/_/g, '/'));
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: number[] | string): number[] {
    this.state.recordCall('Utilities.computeDigest');
    const name = (algorithm as unknown) instanceof EnumValue ? algorithm.toString() : String(algorithm);
    const nodeName = DIGESTS[name];
    if (!nodeName) throw new Error(`Emulator: Utilities.computeDigest(${name}) is not implemented`);
    return toSignedBytes(createHash(nodeName).update(bytesOf(value)).digest());
  }
}

function decodeBase64(encoded: string): number[] {
  const text = String(encoded);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(text)) throw scriptError('Could not decode string.');
  return toSignedBytes(Buffer.from(text, 'base64'));
}

/** The Utilities service over the runtime's clock; unmodelled methods throw `Emulator: … is not implemented`. */
export function createUtilities(state: EmulatorState): GoogleAppsScript.Utilities.Utilities {
  return failLoudly(new FakeUtilities(state), 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}
