// A small valid PNG for tests of pictures (the digest's map), made by hand with node:zlib:
// 2×2 RGB pixels, signature, IHDR, IDAT and IEND chunks with their CRCs.
import { deflateSync } from 'node:zlib';
import type { Picture } from '../../src/core/message.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 2×2 PNG (red, green / blue, white): always the same bytes. */
export function tinyPng(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(2, 4); // height
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  // Each row: filter byte 0, then RGB pixels.
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** The digest's map as a test picture: the tiny PNG with a name and alt text. */
export function testPicture(overrides: Partial<Picture> = {}): Picture {
  return {
    name: 'carte-du-reseau.png',
    mimeType: 'image/png',
    data: tinyPng(),
    alt: 'Carte du réseau : 12 structures, 18 liens ; le CCAS relie le plus de structures.',
    width: 2,
    height: 2,
    ...overrides,
  };
}
