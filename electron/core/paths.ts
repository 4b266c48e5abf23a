/** Where Wethi keeps its database when nobody says otherwise: the same folder Electron's userData uses. */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Wethi';

export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (env.WETHI_DATA_DIR) return env.WETHI_DATA_DIR;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

export const defaultDbPath = () => path.join(defaultDataDir(), 'wethi.db');
