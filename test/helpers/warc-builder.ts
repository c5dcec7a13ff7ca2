/** Builds WARC records for tests: a WARC header block, then the block (an HTTP message for responses). */
export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata';
  id: string;
  uri?: string;
  contentType?: string;
  block: Buffer;
}

export function httpResponse(status: number, headers: Record<string, string>, body: Buffer | string): Buffer {
  const head = [
    `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.concat([
    Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}

export function warcRecord(spec: WarcRecordSpec): Buffer {
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <${spec.id}>`,
    'WARC-Date: 2025-04-02T10:00:00Z',
  ];
  if (spec.uri) lines.push(`WARC-Target-URI: ${spec.uri}`);
  lines.push(
    `Content-Type: ${spec.contentType ?? (spec.type === 'response' ? 'application/http; msgtype=response' : 'application/warc-fields')}`,
  );
  lines.push(`Content-Length: ${spec.block.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), spec.block, Buffer.from('\r\n\r\n')]);
}
