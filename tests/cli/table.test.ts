import { describe, expect, it } from 'vitest';
import { renderTable } from '../../electron/cli/table';

describe('renderTable', () => {
  it('pads every column but the last to its widest cell and rules the header', () => {
    const out = renderTable(['No', 'Nama', 'Status'], [
      ['1', 'Ni Luh Putu Ayu', 'Terdaftar'],
      ['12', 'Budi', 'Selesai'],
    ]);
    expect(out.split('\n')).toEqual([
      'No  Nama             Status',
      '--  ---------------  ---------',
      '1   Ni Luh Putu Ayu  Terdaftar',
      '12  Budi             Selesai',
      '',
    ]);
  });

  it('counts code points, not UTF-16 units, and flattens tabs and newlines inside cells', () => {
    const out = renderTable(['A', 'B'], [['I Gusti Ngurah Ségara 𝐀', 'x'], ['a\tb\nc', 'y']]).split('\n');
    expect(out[2]).toBe('I Gusti Ngurah Ségara 𝐀  x');
    expect(out[3]).toBe(`a b c${' '.repeat(18)}  y`);
  });

  it('prints only the header when there are no rows and drops trailing spaces', () => {
    expect(renderTable(['Nomor', 'Catatan'], [['7', '']])).toBe('Nomor  Catatan\n-----  -------\n7\n');
  });
});
