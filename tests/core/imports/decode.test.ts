import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/imports/decode';

describe('decodeText', () => {
  it('strips a UTF-8 BOM and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ชื่อ,อายุ', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'ชื่อ,อายุ', encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from('สมชาย,45', 'utf8'))).toEqual({ text: 'สมชาย,45', encoding: 'utf-8' });
  });

  it('reads Windows-874 bytes as Thai (TIS-620: 0xA1 is ก, 0xC1 is ม)', () => {
    expect(decodeText(Buffer.from([0xa1, 0x2c, 0xc1]))).toEqual({ text: 'ก,ม', encoding: 'windows-874' });
  });

  it('reads a whole Windows-874 sheet the way Thai Excel saves it', () => {
    const text = 'ชื่อ,นามสกุล,เพศ\r\nสมหญิง,ดีใจ,หญิง\r\n';
    expect(decodeText(iconv.encode(text, 'windows-874'))).toEqual({ text, encoding: 'windows-874' });
  });

  it('reads UTF-16LE with its BOM ("Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ชื่อ\tอายุ', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'ชื่อ\tอายุ', encoding: 'utf-16le' });
  });
});
