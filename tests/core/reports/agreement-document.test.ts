/**
 * The agreement (บันทึกข้อตกลงความร่วมมือ) as PDF and DOCX, read back: title, every party, the
 * clauses numbered ข้อ ๑, ๒, … in Thai digits, the resources table, and a signature block for
 * every party and two witnesses.
 */
import { describe, expect, it } from 'vitest';
import { openPlan } from '../followup/harness';
import { docxText } from '../../support/docx-text';
import { openPdf } from './pdf-tools';

async function agreementWithThreeParties() {
  const p = await openPlan();
  const forum = await p.forum('เวทีประชาคมหมู่ที่ 3 บ้านหนองบัว');
  const pond = await p.project(forum.id, { title: 'โครงการขุดลอกหนองน้ำสาธารณะ', type: 'joint', requestedFrom: 'local_government', budgetSatang: 450_000_00 });
  const tao = await p.partner('องค์การบริหารส่วนตำบลหนองบัว');
  const school = await p.partner('โรงเรียนบ้านหนองบัว', 'school');
  const group = await p.partner('กลุ่มผู้ใช้น้ำบ้านหนองบัว', 'civil_society');
  const a = await p.call('agreements.create', {
    forumId: forum.id,
    content: {
      title: 'ความร่วมมือในการฟื้นฟูหนองน้ำสาธารณะบ้านหนองบัว',
      purpose: 'เพื่อให้ชุมชนมีน้ำใช้ตลอดฤดูแล้ง',
      activities: 'ขุดลอกหนองน้ำสาธารณะ\nปลูกหญ้าแฝกป้องกันตลิ่งพัง',
      decisionRule: 'consensus',
      conflictResolution: 'ให้คณะกรรมการหมู่บ้านเป็นผู้ไกล่เกลี่ย',
      dataSharing: 'ภาคีแลกเปลี่ยนข้อมูลปริมาณน้ำทุกเดือน',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      reviewOn: '2027-10-01',
      signedOn: '2026-12-01',
      signedAt: 'ศาลาการเปรียญวัดบ้านหนองบัว',
      parties: [
        { partnerId: tao.id, role: 'สนับสนุนงบประมาณและเครื่องจักร', schedule: 'มกราคม–เมษายน 2570' },
        { partnerId: school.id, role: 'จัดกิจกรรมเรียนรู้เรื่องน้ำ' },
        { partnerId: group.id, role: 'ดูแลรักษาหนองน้ำหลังขุดลอก' },
      ],
      commitments: [
        { partnerId: tao.id, projectId: pond.id, kind: 'money', amountSatang: 200_000_00 },
        { partnerId: school.id, projectId: pond.id, kind: 'in_kind', description: 'กล้าหญ้าแฝก', quantity: 500, unit: 'ต้น', amountSatang: 2_500_00 },
        { partnerId: group.id, projectId: pond.id, kind: 'people', description: 'แรงงานอาสา', people: 20, days: 3, amountSatang: 18_000_00 },
      ],
      signatories: [
        { role: 'party', partnerId: tao.id, name: 'นายบุญชู มีทรัพย์', jobTitle: 'นายกองค์การบริหารส่วนตำบลหนองบัว' },
        { role: 'party', partnerId: school.id, name: 'นางสาวกาญจนา ทองคำ', jobTitle: 'ผู้อำนวยการโรงเรียนบ้านหนองบัว' },
        { role: 'witness', name: 'นางสาวศิริพร จดดี', jobTitle: 'ผู้จดบันทึก' },
      ],
    },
  });
  return { p, a };
}

const PARTIES = ['องค์การบริหารส่วนตำบลหนองบัว', 'โรงเรียนบ้านหนองบัว', 'กลุ่มผู้ใช้น้ำบ้านหนองบัว'];
const CLAUSES = ['วัตถุประสงค์ร่วม', 'กิจกรรมที่ดำเนินการร่วมกัน', 'โครงการภายใต้บันทึกข้อตกลงนี้', 'บทบาทและหน้าที่ของภาคี', 'ทรัพยากรที่ภาคีแต่ละฝ่ายสนับสนุน', 'การตัดสินใจและการระงับข้อขัดแย้ง', 'การแลกเปลี่ยนข้อมูล', 'ระยะเวลาและการทบทวนข้อตกลง'];
const THAI = ['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘'];
const squash = (text: string) => text.replace(/\s+/g, '');

describe('the agreement document', () => {
  it('as PDF: title, every party, clauses ข้อ ๑–๘ in order, the resources, signature blocks for every party and two witnesses', async () => {
    const { p, a } = await agreementWithThreeParties();
    const file = await p.call('agreements.export', { id: a.agreementId, format: 'pdf' });
    expect(file.fileName).toMatch(/^agreement-.*-v1\.pdf$/);
    const pdf = openPdf(Buffer.from(file.base64, 'base64'));
    expect(file.pages).toBe(pdf.pages);
    const text = squash(pdf.text());
    expect(text).toContain(squash('บันทึกข้อตกลงความร่วมมือ'));
    expect(text).toContain(squash('เรื่อง ความร่วมมือในการฟื้นฟูหนองน้ำสาธารณะบ้านหนองบัว'));
    for (const party of PARTIES) expect(text).toContain(squash(party));
    let at = -1;
    for (const [i, heading] of CLAUSES.entries()) {
      const next = text.indexOf(squash(`ข้อ ${THAI[i]} ${heading}`));
      expect(next, `ข้อ ${THAI[i]} ${heading}`).toBeGreaterThan(at);
      at = next;
    }
    // Figures in Thai digits too: 200,000 baht, 20 people for 3 days, the total 220,500.
    expect(text).toContain('๒๐๐,๐๐๐');
    expect(text).toContain('๒๒๐,๕๐๐');
    expect(text).toContain(squash('ภาคีตัดสินใจร่วมกันโดยฉันทามติ'));
    expect(text).toContain(squash('ภายในวันที่ ๑ ตุลาคม ๒๕๗๐'));
    // Three parties (the third signs by hand: its name left dotted) and two witnesses (one named).
    expect(text.match(/ลงชื่อ/g)).toHaveLength(5);
    expect(text.match(/พยาน/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain(squash('(นายบุญชู มีทรัพย์)'));
    expect(text).toContain(squash('ผู้อำนวยการโรงเรียนบ้านหนองบัว'));
    expect(text).toContain(squash('(นางสาวศิริพร จดดี)'));
    expect(pdf.fonts()).toMatch(/Sarabun/);
  });

  it('as DOCX from the same blocks; a renewal prints its version and an earlier version stays as it was', async () => {
    const { p, a } = await agreementWithThreeParties();
    const { text, lines, xml } = await docxText(Buffer.from((await p.call('agreements.export', { id: a.agreementId, format: 'docx' })).base64, 'base64'));
    expect(lines[0]).toBe('บันทึกข้อตกลงความร่วมมือ');
    for (const party of PARTIES) expect(lines).toContain(party);
    for (const [i, heading] of CLAUSES.entries()) expect(lines).toContain(`ข้อ ${THAI[i]} ${heading}`);
    expect(lines.filter((l) => l.startsWith('ลงชื่อ'))).toHaveLength(5);
    expect(lines.filter((l) => l.endsWith('พยาน'))).toHaveLength(2);
    expect(text).toContain('(นายบุญชู มีทรัพย์)');
    expect(xml).toContain('TH Sarabun New');
    // The resources table, cell by cell.
    expect(lines.join('|')).toContain(['กลุ่มผู้ใช้น้ำบ้านหนองบัว', 'แรงงานอาสา บุคลากร ๒๐ คน ๓ วัน', 'โครงการขุดลอกหนองน้ำสาธารณะ', '', '๑๘,๐๐๐'].join('|'));
    expect(lines.join('|')).toContain(['โรงเรียนบ้านหนองบัว', 'กล้าหญ้าแฝก', 'โครงการขุดลอกหนองน้ำสาธารณะ', '๕๐๐ ต้น', '๒,๕๐๐'].join('|'));
    expect(lines.join('|')).toContain(['รวม', '', '', '', '๒๒๐,๕๐๐'].join('|'));

    await p.call('agreements.renew', { id: a.agreementId });
    const v2 = await docxText(Buffer.from((await p.call('agreements.export', { id: a.agreementId, format: 'docx' })).base64, 'base64'));
    expect(v2.lines).toContain('ฉบับที่ ๒ (ต่ออายุจากฉบับที่ ๑)');
    const v1 = await docxText(Buffer.from((await p.call('agreements.export', { id: a.agreementId, version: 1, format: 'docx', thaiDigits: false })).base64, 'base64'));
    expect(v1.lines.some((l) => l.startsWith('ฉบับที่'))).toBe(false);
    expect(v1.lines).toContain('ข้อ 1 วัตถุประสงค์ร่วม');
    expect(v1.text).toContain('1 ธันวาคม 2569');
  });
});
