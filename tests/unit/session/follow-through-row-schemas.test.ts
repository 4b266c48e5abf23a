/**
 * The follow-through tables of the session file (issue 14) check their columns with the
 * contract's own field schemas, so a file can carry no partner, agreement, update or lesson
 * that the operations would refuse.
 */
import { describe, expect, it } from 'vitest';
import { AgreementContent, AttachmentUpload, LessonDraft, PartnerPatch, StatusUpdateDraft } from '../../../shared/contract';
import { AgreementVersionRow, AttachmentRow, LessonRow, PartnerRow, StatusUpdateRow } from '../../../shared/session/schema';

describe('follow-through rows use the contract\'s field schemas', () => {
  it('partner, agreement version, status update, evidence file and lesson', () => {
    expect(PartnerRow.shape.name).toBe(PartnerPatch.shape.name.unwrap());
    expect(PartnerRow.shape.contact_phone).toBe(PartnerPatch.shape.contactPhone.unwrap());
    expect(AgreementVersionRow.shape.title).toBe(AgreementContent.shape.title);
    expect(AgreementVersionRow.shape.purpose).toBe(AgreementContent.shape.purpose.unwrap());
    expect(StatusUpdateRow.shape.reason).toBe(StatusUpdateDraft.shape.reason.unwrap());
    expect(AttachmentRow.shape.file_name).toBe(AttachmentUpload.shape.fileName);
    expect(LessonRow.shape.text).toBe(LessonDraft.shape.text);
  });

  it('refuses what the operations refuse: an over-long partner name, a lesson of blanks', () => {
    const at = '2027-01-01T00:00:00.000Z';
    const partner = {
      id: '0f8b3c4e-2d1a-4b6c-9e7f-1a2b3c4d5e6f', name: 'อบต.หนองบัว', kind: 'local_government', sector: null, contact_person_id: null, contact_name: null,
      contact_phone: null, contact_position: null, address: null, created_at: at, updated_at: at, deleted_at: null,
    };
    expect(PartnerRow.safeParse(partner).success).toBe(true);
    expect(PartnerRow.safeParse({ ...partner, name: 'ก'.repeat(301) }).success).toBe(false);
    const lesson = { id: '1f8b3c4e-2d1a-4b6c-9e7f-1a2b3c4d5e6f', forum_id: '2f8b3c4e-2d1a-4b6c-9e7f-1a2b3c4d5e6f', project_id: null, kind: 'obstacle', text: 'ฝนตกหนัก', position: 0, created_at: at, updated_at: at, deleted_at: null };
    expect(LessonRow.safeParse(lesson).success).toBe(true);
    expect(LessonRow.safeParse({ ...lesson, text: '   ' }).success).toBe(false);
  });
});
