import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Buffer;
}

/** One fixed DOS timestamp (2024-01-01 00:00) for every entry: the same files give the same archive. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

interface SharedFields {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/** The run of fields a local header and its central directory record both hold, "version needed" to the name's length. */
function writeSharedFields(target: Buffer, at: number, fields: SharedFields): void {
  target.writeUInt16LE(20, at);
  target.writeUInt16LE(UTF8_NAMES, at + 2);
  target.writeUInt16LE(fields.method, at + 4);
  target.writeUInt16LE(DOS_TIME, at + 6);
  target.writeUInt16LE(DOS_DATE, at + 8);
  target.writeUInt32LE(fields.crc, at + 10);
  target.writeUInt32LE(fields.compressedSize, at + 14);
  target.writeUInt32LE(fields.size, at + 18);
  target.writeUInt16LE(fields.nameLength, at + 22);
}

/**
 * A plain ZIP archive (deflate, or stored when deflate would not shrink the file), built in memory.
 * Only its size is needed, to compare with Zalo's limit on the uploaded www/ archive, but it is a
 * complete archive so that size is the real one.
 */
export function zip(entries: readonly ZipEntry[], level = 9): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const shared: SharedFields = { method: stored ? 0 : 8, crc: crc32(data), compressedSize: body.length, size: data.length, nameLength: nameBytes.length };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4, shared);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    writeSharedFields(header, 6, shared);
    header.writeUInt32LE(offset, 42);

    parts.push(local, nameBytes, body);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
