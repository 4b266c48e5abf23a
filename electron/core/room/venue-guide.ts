/**
 * The one-page venue guide the facilitator prints before a forum (issue 13): what the room needs
 * of the hall's network, the Windows firewall prompt, Android's mobile data, what to do when a
 * phone cannot get in. In Thai or English; when the room is open, its QR code, address and code
 * are printed too, so the page can be put up at the door. Printed by the same PdfPrinter as the
 * minutes, with Sarabun embedded.
 */
import QRCode from 'qrcode';
import { escapeHtml } from '../reports/html/format';
import { sarabunFontFaces } from '../reports/html/fonts';

export type GuideLanguage = 'th' | 'en';

interface Section {
  heading: string;
  points: string[];
}

interface GuideText {
  title: string;
  intro: string;
  joinHere: string;
  address: string;
  code: string;
  codeChanges: string;
  notOpen: string;
  sections: Section[];
}

const TEXT: Record<GuideLanguage, GuideText> = {
  th: {
    title: 'คู่มือเตรียมสถานที่: ลงคะแนนทางโทรศัพท์',
    intro: 'การลงคะแนนทางโทรศัพท์ไม่ต้องใช้อินเทอร์เน็ต แต่เครื่องของผู้ดำเนินการกับโทรศัพท์ของผู้เข้าร่วมต้องอยู่ในเครือข่ายเดียวกัน',
    joinHere: 'เข้าร่วมด้วยโทรศัพท์: สแกน QR หรือพิมพ์ที่อยู่',
    address: 'ที่อยู่',
    code: 'รหัสเข้าร่วม',
    codeChanges: 'รหัสนี้ใช้ได้จนกว่าจะปิดห้อง เปิดห้องใหม่จะได้รหัสใหม่',
    notOpen: 'ที่อยู่และรหัสจะพิมพ์ไว้ตรงนี้เมื่อเปิดห้องแล้วสั่งพิมพ์คู่มืออีกครั้ง',
    sections: [
      {
        heading: '1. เครือข่าย',
        points: [
          'Wi-Fi ของสถานที่ (วัด โรงเรียน อบต.): ต่อเครื่องนี้เข้า Wi-Fi เดียวกับที่ผู้เข้าร่วมใช้',
          'เราเตอร์พกพา (travel router): เสียบไฟแล้วต่อทั้งเครื่องนี้และโทรศัพท์ ไม่ต้องมีซิมหรืออินเทอร์เน็ต เหมาะกับห้องใหญ่',
          'ฮอตสปอตของเครื่องนี้: สำหรับห้องเล็กเท่านั้น Windows รับได้ราว 8 เครื่อง',
          'ผู้เข้าร่วม 60–300 คน: ใช้จุดกระจายสัญญาณของสถานที่หรือเราเตอร์ ไม่ใช่ฮอตสปอต',
        ],
      },
      {
        heading: '2. ก่อนเริ่มเวที ลองล่วงหน้า',
        points: [
          'เปิดแท็บ "ลงคะแนนทางโทรศัพท์" เลือกที่อยู่ที่ระบบแนะนำ (ของ Wi-Fi) แล้วกด "เปิดห้อง"',
          'ลองสแกน QR ด้วยโทรศัพท์ของตัวเอง ต้องเห็นชื่อเวทีบนโทรศัพท์',
          'ถ้ามีที่อยู่ให้เลือกหลายอัน (เช่น VirtualBox หรือ VPN) ให้เลือกอันที่ขึ้นต้นเหมือนที่อยู่ของโทรศัพท์ เช่น 192.168.1.x',
        ],
      },
      {
        heading: '3. Windows ถามเรื่องไฟร์วอลล์',
        points: [
          'ครั้งแรกที่เปิดห้อง Windows จะถามว่าจะให้ Wethi ใช้เครือข่ายหรือไม่: เลือก "เครือข่ายส่วนตัว (Private)" แล้วกดอนุญาต',
          'ถ้า Wi-Fi ถูกตั้งเป็น "สาธารณะ (Public)" โทรศัพท์จะเข้าไม่ได้: เปลี่ยนเป็น "ส่วนตัว" ที่ การตั้งค่า › เครือข่ายและอินเทอร์เน็ต › Wi-Fi › คุณสมบัติ',
        ],
      },
      {
        heading: '4. โทรศัพท์เข้าไม่ได้',
        points: [
          'Android: ถ้าหน้าไม่ขึ้น ให้ปิด "ข้อมูลมือถือ" (โทรศัพท์ใช้เน็ตมือถือแทน Wi-Fi ที่ไม่มีอินเทอร์เน็ต)',
          'iPhone: ถ้ามีหน้าต่างเข้าสู่ระบบเครือข่ายขึ้นมา ให้กดยกเลิกแล้วเลือกใช้โดยไม่มีอินเทอร์เน็ต จากนั้นเปิดที่อยู่ใน Safari',
          'สแกน QR ไม่ได้: พิมพ์ที่อยู่และรหัสที่แสดงข้าง QR บนจอ',
          'ยังไม่ได้: ตรวจว่าต่อ Wi-Fi เดียวกัน ลองที่อยู่อื่นในรายการ หรือปิดห้องแล้วเปิดใหม่ด้วยพอร์ตอื่น',
        ],
      },
      {
        heading: '5. ระหว่างลงคะแนน',
        points: [
          'คะแนนนับเมื่อโทรศัพท์ขึ้นว่า "บันทึกแล้ว" เท่านั้น ถ้าสัญญาณหลุด คะแนนจะรอในโทรศัพท์และส่งให้เอง ไม่นับซ้ำ',
          'ผลจะไม่ขึ้นบนจอจนกว่าผู้ดำเนินการกดแสดงผล',
          'เสร็จแล้วกด "ปิดห้อง" รหัสเดิมจะใช้ไม่ได้อีก',
        ],
      },
    ],
  },
  en: {
    title: 'Venue guide: voting from phones',
    intro: "Voting from phones needs no internet, but the facilitator's laptop and the participants' phones must be on one network.",
    joinHere: 'Join from your phone: scan the QR code or type the address',
    address: 'Address',
    code: 'Join code',
    codeChanges: 'This code works until the room is closed; opening it again gives a new code.',
    notOpen: 'The address and code are printed here when the guide is printed with the room open.',
    sections: [
      {
        heading: '1. The network',
        points: [
          "The venue's Wi-Fi (temple, school, SAO office): connect the laptop to the Wi-Fi the participants use.",
          'A small travel router: plug it in and connect the laptop and the phones to it; it needs no SIM and no internet. Best for a large room.',
          "The laptop's own hotspot: for a small room only; Windows takes about 8 devices.",
          "60–300 participants: use the venue's access point or a router, not a hotspot.",
        ],
      },
      {
        heading: '2. Before the forum: try it',
        points: [
          'Open the "Phones" tab, pick the suggested address (the Wi-Fi one) and press "Open the room".',
          'Scan the QR code with your own phone: the forum\'s name must show on it.',
          'If several addresses are listed (VirtualBox, a VPN), pick the one that starts like the phones\' addresses, e.g. 192.168.1.x.',
        ],
      },
      {
        heading: '3. Windows asks about the firewall',
        points: [
          'The first time the room opens, Windows asks whether Wethi may use the network: tick "Private networks" and allow.',
          'If the Wi-Fi is marked "Public", phones cannot get in: make it "Private" in Settings › Network & internet › Wi-Fi › Properties.',
        ],
      },
      {
        heading: '4. A phone cannot get in',
        points: [
          'Android: if the page does not load, turn mobile data off (the phone uses mobile data instead of a Wi-Fi without internet).',
          'iPhone: if a network sign-in window appears, cancel it and choose to use the network without internet, then open the address in Safari.',
          'The QR code does not scan: type the address and code shown beside it on the screen.',
          'Still not: check the phone is on the same Wi-Fi, try another address in the list, or close the room and open it on another port.',
        ],
      },
      {
        heading: '5. While voting',
        points: [
          'A vote counts once the phone says "Saved". If the signal drops, the ballot waits on the phone and is sent again, never counted twice.',
          'Results stay off the screen until the facilitator reveals them.',
          'When done, press "Close the room": its code stops working.',
        ],
      },
    ],
  },
};

export interface GuideRoom {
  url: string;
  plainUrl: string;
  code: string;
}

export async function venueGuideHtml(forumTitle: string, language: GuideLanguage, room: GuideRoom | null): Promise<string> {
  const t = TEXT[language];
  // Black on white with the standard quiet zone: what phones scan best.
  const qr = room ? await QRCode.toString(room.url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }) : '';
  const join = room
    ? `<div class="join"><div class="qr">${qr}</div><div><div class="label">${escapeHtml(t.joinHere)}</div>
<div class="label">${escapeHtml(t.address)}</div><div class="big">${escapeHtml(room.plainUrl.replace(/^http:\/\//, ''))}</div>
<div class="label">${escapeHtml(t.code)}</div><div class="big code">${escapeHtml(room.code)}</div><div class="small">${escapeHtml(t.codeChanges)}</div></div></div>`
    : `<p class="small">${escapeHtml(t.notOpen)}</p>`;
  const sections = t.sections
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2><ul>${s.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`)
    .join('\n');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title><style>
${sarabunFontFaces()}
@page { size: A4; margin: 12mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Sarabun, sans-serif; color: #000; font-size: 11.5pt; line-height: 1.35; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
.forum { font-size: 11pt; margin-bottom: 2mm; }
.intro { margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 3mm 0 1mm; }
ul { margin: 0; padding-left: 6mm; }
li { margin: 0.6mm 0; }
.join { display: flex; gap: 6mm; align-items: center; border: 0.4mm solid #000; padding: 3mm; margin: 2mm 0; break-inside: avoid; }
.qr svg { width: 42mm; height: 42mm; display: block; }
.label { font-size: 10pt; }
.big { font-size: 20pt; font-weight: 700; line-height: 1.2; }
.code { letter-spacing: 1.5mm; }
.small { font-size: 9.5pt; color: #333; }
</style></head><body>
<h1>${escapeHtml(t.title)}</h1>
<div class="forum">${escapeHtml(forumTitle)}</div>
<p class="intro">${escapeHtml(t.intro)}</p>
${join}
${sections}
</body></html>`;
}
