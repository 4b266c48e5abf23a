import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/store/database';
import m0015 from '../../../../electron/core/store/migrations/0015-partners-agreements';
import { tempDir } from '../../../support/temp';
import { versionOf } from './version-of';

const AT = '2027-03-01T02:00:00.000Z';

it('migration 15 adds partners and versioned agreements; a linked contact person carries no copied name, and erasing them unlinks', async () => {
  const file = path.join(tempDir(), 'm15.db');
  const V = versionOf(m0015);
  const before = await openDatabase(file, { targetVersion: V - 1 });
  before.prepare("INSERT INTO forum (id, title, kind, date, status, created_at, updated_at) VALUES ('f1', 'เวทีเดิม', 'village', '2027-03-01', 'open', ?, ?)").run(AT, AT);
  before.prepare("INSERT INTO person (id, first_name, gender, created_at, updated_at) VALUES ('p1', 'สมศักดิ์', 'male', ?, ?)").run(AT, AT);
  before.close();

  const db = await openDatabase(file, { targetVersion: V });
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(V);
    expect(db.prepare('SELECT id FROM forum').pluck().all()).toEqual(['f1']);
    for (const table of ['partner', 'agreement', 'agreement_version', 'agreement_party', 'agreement_project', 'agreement_commitment', 'agreement_signatory']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql, table).toMatch(/\)\s*STRICT$/);
    }
    const partner = db.prepare(
      'INSERT INTO partner (id, name, kind, sector, contact_person_id, contact_name, contact_phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    partner.run('a', 'อบต.หนองบัว', 'local_government', 'local_government', 'p1', null, null, AT, AT);
    partner.run('b', 'โรงเรียนบ้านหนองบัว', 'school', 'academia', null, 'ครูกาญจนา', '0812345678', AT, AT);
    // A linked contact must not also keep a typed copy: erasing the person would leave it behind.
    expect(() => partner.run('c', 'บริษัท', 'company', 'private', 'p1', 'สมศักดิ์', null, AT, AT)).toThrow(/CHECK/);
    expect(() => partner.run('d', '  ', 'company', 'private', null, null, null, AT, AT)).toThrow(/CHECK/);

    db.prepare("INSERT INTO agreement (id, forum_id, position, created_at) VALUES ('g', 'f1', 0, ?)").run(AT);
    const version = db.prepare(
      'INSERT INTO agreement_version (id, agreement_id, version, title, decision_rule, decision_body, starts_on, ends_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    version.run('v1', 'g', 1, 'บันทึกข้อตกลง', 'consensus', null, '2027-01-01', '2027-12-31', AT, AT);
    version.run('v2', 'g', 2, 'บันทึกข้อตกลง (ต่ออายุ)', 'named_body', 'คณะกรรมการหมู่บ้าน', null, null, AT, AT);
    expect(() => version.run('v3', 'g', 2, 'ซ้ำ', 'consensus', null, null, null, AT, AT)).toThrow(/UNIQUE/);
    expect(() => version.run('v4', 'g', 3, 'x', 'named_body', null, null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => version.run('v5', 'g', 3, 'x', 'vote', null, null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => version.run('v6', 'g', 3, 'x', 'consensus', null, '2027-02-01', '2027-01-01', AT, AT)).toThrow(/CHECK/);

    db.prepare("INSERT INTO agreement_party (version_id, partner_id, position) VALUES ('v1', 'a', 0), ('v1', 'b', 1)").run();
    const commit = db.prepare(
      'INSERT INTO agreement_commitment (id, version_id, partner_id, kind, description, amount_satang, quantity, unit, people, days, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    commit.run('c1', 'v1', 'a', 'money', null, 10_000_00, null, null, null, null, 0);
    commit.run('c2', 'v1', 'b', 'in_kind', 'ท่อ PVC', 2_500_00, 20, 'ท่อน', null, null, 1);
    commit.run('c3', 'v1', 'b', 'people', 'แรงงานอาสา', null, null, null, 10, 3, 2);
    expect(() => commit.run('c4', 'v1', 'a', 'money', null, null, null, null, null, null, 3)).toThrow(/CHECK/);
    expect(() => commit.run('c5', 'v1', 'a', 'in_kind', 'ทราย', null, null, null, null, null, 3)).toThrow(/CHECK/);
    expect(() => commit.run('c6', 'v1', 'a', 'people', null, null, null, null, 0, 2, 3)).toThrow(/CHECK/);
    expect(() => commit.run('c7', 'v1', 'a', 'money', null, -1, null, null, null, null, 3)).toThrow(/CHECK/);

    const sign = db.prepare('INSERT INTO agreement_signatory (id, version_id, role, partner_id, person_id, name, job_title, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    sign.run('s1', 'v1', 'party', 'a', 'p1', null, 'นายก อบต.', 0);
    sign.run('s2', 'v1', 'witness', null, null, 'นายพยาน หนึ่ง', null, 1);
    expect(() => sign.run('s3', 'v1', 'witness', 'a', null, 'x', null, 2)).toThrow(/CHECK/);
    expect(() => sign.run('s4', 'v1', 'party', null, null, 'x', null, 2)).toThrow(/CHECK/);
    expect(() => sign.run('s5', 'v1', 'party', 'a', 'p1', 'copy', null, 2)).toThrow(/CHECK/);

    // A partner named by an agreement cannot vanish from under it.
    expect(() => db.prepare("DELETE FROM partner WHERE id = 'b'").run()).toThrow(/FOREIGN KEY/);
    // PDPA: erasing the person unlinks the contact and the signatory, and nothing of them stays.
    db.prepare("DELETE FROM person WHERE id = 'p1'").run();
    expect(db.prepare("SELECT contact_person_id, contact_name, contact_phone FROM partner WHERE id = 'a'").get()).toEqual({ contact_person_id: null, contact_name: null, contact_phone: null });
    expect(db.prepare("SELECT person_id, name FROM agreement_signatory WHERE id = 's1'").get()).toEqual({ person_id: null, name: null });
    // The forum's agreements go with it; partners stay in the register.
    db.prepare("DELETE FROM forum WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) FROM agreement_commitment').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM partner').pluck().get()).toBe(2);
  } finally {
    db.close();
  }
});
