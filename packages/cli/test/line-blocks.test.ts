/**
 * Cutting NDJSON into blocks of whole lines must number and split lines exactly as node:readline does
 * (which `evaluate --ndjson` and the earlier batch path used): same lines, same numbers, whatever the block
 * size, with CRLF, lone CR, a byte-order mark, multi-byte characters and lines longer than a block.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io.js';
import { lineBlocks, splitLines } from '../src/batch/line-blocks.js';
import { readLines, stripBom } from '../src/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'rr-blocks-'));
const io = (stdin = new PassThrough()): CliIo => ({ stdin, stdout: { write: () => true }, stderr: { write: () => true } });

/** Lines as the block path sees them: numbered from each block's first line. */
async function blockLines(file: string, blockBytes: number): Promise<{ line: number; text: string }[]> {
  const out: { line: number; text: string }[] = [];
  for await (const { firstLine, bytes } of lineBlocks(file, io(), blockBytes)) {
    const text = Buffer.from(bytes).toString('utf8');
    splitLines(firstLine === 1 ? stripBom(text) : text).forEach((piece, i) => out.push({ line: firstLine + i, text: piece }));
  }
  return out;
}

async function readlineLines(file: string): Promise<{ line: number; text: string }[]> {
  const out: { line: number; text: string }[] = [];
  for await (const numbered of readLines(file, io())) out.push(numbered);
  return out;
}

const nonBlank = (lines: { line: number; text: string }[]) => lines.filter(({ text }) => text.trim() !== '');

const INPUTS: Record<string, string | Buffer> = {
  'plain lines': '{"a":1}\n{"b":2}\n{"c":3}\n',
  'no final newline': '{"a":1}\n{"b":2}',
  'CRLF': '{"a":1}\r\n{"b":2}\r\n\r\n{"c":3}\r\n',
  'lone CR': '{"a":1}\r{"b":2}\r\r{"c":3}\n{"d":4}\r',
  'byte-order mark': '\uFEFF{"a":1}\n\uFEFF{"b":2}\n',
  'blank and whitespace lines': '\n\n  \n{"a":1}\n\t\n{"b":2}\n\n',
  'multi-byte characters': '{"é":"ñ"}\n{"emoji":"😀😀😀"}\n{"zh":"中文"}\n',
  'a line far longer than a block': `{"a":1}\n{"long":"${'x'.repeat(5000)}"}\n{"c":3}\n`,
  'invalid UTF-8 bytes': Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n{"b":2}\n')]),
};

describe('lineBlocks + splitLines number lines as node:readline does', () => {
  for (const [name, content] of Object.entries(INPUTS)) {
    it(name, async () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.ndjson`);
      writeFileSync(file, content);
      const expected = nonBlank(await readlineLines(file));
      expect(expected.length).toBeGreaterThan(0);
      for (const blockBytes of [1, 3, 7, 64, 1024 * 1024]) expect(nonBlank(await blockLines(file, blockBytes)), `block ${blockBytes}`).toEqual(expected);
    });
  }

  it('cuts blocks only after a line feed, each at least the block size (but the last), each with its own buffer', async () => {
    const file = join(dir, 'sizes.ndjson');
    // Larger than several of the file stream's 64 KiB reads, so blocks are cut as data arrives.
    writeFileSync(file, Array.from({ length: 40_000 }, (_, i) => `{"i":${i}}`).join('\n'));
    const blocks = [];
    for await (const block of lineBlocks(file, io(), 1024)) blocks.push(block);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.reduce((sum, block) => sum + block.bytes.byteLength, 0)).toBe(Buffer.byteLength(Array.from({ length: 40_000 }, (_, i) => `{"i":${i}}`).join('\n')));
    for (const block of blocks.slice(0, -1)) {
      expect(block.bytes[block.bytes.byteLength - 1]).toBe(0x0a);
      expect(block.bytes.byteLength).toBeGreaterThanOrEqual(256);
    }
    expect(new Set(blocks.map((block) => block.bytes.buffer)).size).toBe(blocks.length);
  });

  it('reads standard input given as text chunks too', async () => {
    const stdin = new PassThrough({ encoding: 'utf8' });
    stdin.end('{"a":1}\r\n\n{"b":2}\n');
    const lines: string[] = [];
    for await (const { firstLine, bytes } of lineBlocks('-', io(stdin), 4)) {
      splitLines(Buffer.from(bytes).toString('utf8')).forEach((text, i) => lines.push(`${firstLine + i}:${text}`));
    }
    expect(lines.filter((line) => !line.endsWith(':'))).toEqual(['1:{"a":1}', '3:{"b":2}']);
  });
});
