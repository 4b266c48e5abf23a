/**
 * The application menu. Labels carry Thai first and English after it, so the menu reads the same
 * whatever language the laptop's system is set to (many Thai offices run English Windows).
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  backupNow(): void;
  openDataFolder(): void;
  openProjector(): void;
}

const label = (th: string, en: string) => `${th} (${en})`;

export function buildMenu(actions: MenuActions, isMac = process.platform === 'darwin'): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label('แฟ้ม', 'File'),
      submenu: [
        { label: label('สำรองข้อมูลตอนนี้', 'Back up now'), click: () => actions.backupNow() },
        { label: label('เปิดโฟลเดอร์ข้อมูล', 'Open data folder'), click: () => actions.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close', label: label('ปิดหน้าต่าง', 'Close window') } : { role: 'quit', label: label('ออกจากโปรแกรม', 'Quit') },
      ],
    },
    {
      label: label('แก้ไข', 'Edit'),
      submenu: [
        { role: 'undo', label: label('เลิกทำ', 'Undo') },
        { role: 'redo', label: label('ทำซ้ำ', 'Redo') },
        { type: 'separator' },
        { role: 'cut', label: label('ตัด', 'Cut') },
        { role: 'copy', label: label('คัดลอก', 'Copy') },
        { role: 'paste', label: label('วาง', 'Paste') },
        { role: 'selectAll', label: label('เลือกทั้งหมด', 'Select all') },
      ],
    },
    {
      label: label('มุมมอง', 'View'),
      submenu: [
        { label: label('หน้าจอโปรเจกเตอร์', 'Projector window'), accelerator: 'F7', click: () => actions.openProjector() },
        { type: 'separator' },
        { role: 'reload', label: label('โหลดใหม่', 'Reload') },
        { role: 'resetZoom', label: label('ขนาดปกติ', 'Actual size') },
        { role: 'zoomIn', label: label('ขยาย', 'Zoom in') },
        { role: 'zoomOut', label: label('ย่อ', 'Zoom out') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label('เต็มจอ', 'Full screen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: label('เครื่องมือนักพัฒนา', 'Developer tools') }]),
      ],
    },
    {
      label: label('ช่วยเหลือ', 'Help'),
      role: 'help',
      submenu: [{ role: 'about', label: label('เกี่ยวกับ Wethi', 'About Wethi') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
