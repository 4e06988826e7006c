// Where document files are kept: content-addressed by sha256, on disk under
// the data folder by default, or in an S3-compatible object store when
// STORAGE_URL says so (so several app instances share them). One small
// interface; nothing else in the app knows which store it is.
//
// STORAGE_URL=s3://BUCKET[/PREFIX]?endpoint=http://host:port&region=eu-north-1&forcePathStyle=true
// Credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID, ...).
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { S3Client, S3ClientConfig } from "@aws-sdk/client-s3";
import { diskStoreDir } from "./config.server";

export interface BlobStore {
  /** Keeps the file at `file` under `sha256`; a no-op when that blob is there already. */
  put(sha256: string, file: string, size: number): Promise<void>;
  /** The blob's bytes, or null when it is missing. */
  read(sha256: string): Promise<Buffer | null>;
  /** The blob as a stream for a response, or null when it is missing. */
  stream(sha256: string): Promise<ReadableStream<Uint8Array> | null>;
  has(sha256: string): Promise<boolean>;
  readonly kind: "disk" | "s3";
}

const SHA256 = /^[0-9a-f]{64}$/;
function checkKey(sha256: string) {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
}

export class DiskStore implements BlobStore {
  readonly kind = "disk";
  constructor(private readonly root: string) {}

  private pathOf(sha256: string) {
    checkKey(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string) {
    try {
      await fs.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async put(sha256: string, file: string) {
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) return;
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Copy beside the target, then rename: a reader never sees half a blob.
    const temp = `${target}.${process.pid}.${Date.now()}.part`;
    await fs.copyFile(file, temp);
    await fs.rename(temp, target);
  }

  async read(sha256: string) {
    try {
      return await fs.readFile(this.pathOf(sha256));
    } catch {
      return null;
    }
  }

  async stream(sha256: string) {
    if (!(await this.has(sha256))) return null;
    return Readable.toWeb(createReadStream(this.pathOf(sha256))) as ReadableStream<Uint8Array>;
  }
}

// The AWS SDK is loaded with the first S3 call, not at server start (about 0.3 s).
type S3 = { client: S3Client; lib: typeof import("@aws-sdk/client-s3") };

export class S3Store implements BlobStore {
  readonly kind = "s3";
  private s3?: Promise<S3>;
  constructor(
    private readonly config: S3ClientConfig,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  private sdk(): Promise<S3> {
    this.s3 ??= import("@aws-sdk/client-s3").then((lib) => ({ lib, client: new lib.S3Client(this.config) }));
    return this.s3;
  }

  private keyOf(sha256: string) {
    checkKey(sha256);
    return `${this.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  async has(sha256: string) {
    try {
      const { client, lib } = await this.sdk();
      await client.send(new lib.HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async put(sha256: string, file: string, size: number) {
    if (await this.has(sha256)) return;
    const { client, lib } = await this.sdk();
    await client.send(
      new lib.PutObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256), Body: createReadStream(file), ContentLength: size, ContentType: "application/octet-stream" }),
    );
  }

  async read(sha256: string) {
    try {
      const { client, lib } = await this.sdk();
      const out = await client.send(new lib.GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stream(sha256: string) {
    try {
      const { client, lib } = await this.sdk();
      const out = await client.send(new lib.GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
      return out.Body ? (out.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NotFound" || e?.name === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
}

/** The store STORAGE_URL names: `s3://bucket/prefix?endpoint=…` or, unset, the disk under the data folder. */
export function storeFromUrl(storageUrl: string | undefined): BlobStore {
  if (!storageUrl || storageUrl.startsWith("file:") || !storageUrl.includes("://")) {
    const dir = storageUrl?.startsWith("file:") ? new URL(storageUrl).pathname : storageUrl || diskStoreDir();
    return new DiskStore(path.resolve(dir));
  }
  const url = new URL(storageUrl);
  if (url.protocol !== "s3:") throw new Error(`STORAGE_URL: unknown store ${url.protocol} (use s3://bucket/prefix or a folder)`);
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  const config: S3ClientConfig = {
    region: url.searchParams.get("region") ?? process.env.AWS_REGION ?? "us-east-1",
    endpoint,
    forcePathStyle: url.searchParams.get("forcePathStyle") === "true" || Boolean(endpoint),
  };
  const prefix = url.pathname.replace(/^\/+/, "").replace(/\/*$/, "");
  return new S3Store(config, url.hostname, prefix ? `${prefix}/` : "");
}

const globalForStore = globalThis as unknown as { __styrbordBlobStore?: { url: string | undefined; store: BlobStore } };

/** The app's one store, made from STORAGE_URL when first asked. */
export function getBlobStore(): BlobStore {
  const url = process.env.STORAGE_URL;
  if (!globalForStore.__styrbordBlobStore || globalForStore.__styrbordBlobStore.url !== url) {
    globalForStore.__styrbordBlobStore = { url, store: storeFromUrl(url) };
  }
  return globalForStore.__styrbordBlobStore.store;
}
