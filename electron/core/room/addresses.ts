/**
 * The laptop's IPv4 addresses, for the facilitator to choose where the room listens. The likely
 * one is a private LAN or hotspot address on a real adapter: virtual adapters (WSL, Hyper-V,
 * VirtualBox, VMware, Docker, VPNs) are what other apps put in their QR codes by mistake.
 */
import os from 'node:os';
import type { NetworkAddress } from '../../../shared/contract';

const VIRTUAL = /(vethernet|wsl|hyper-v|virtualbox|vbox|vmware|vmnet|docker|br-|veth|virbr|tailscale|zerotier|tun|tap|wg\d|utun|hamachi|loopback)/i;

const isPrivate = (a: string) => /^10\./.test(a) || /^192\.168\./.test(a) || /^172\.(1[6-9]|2\d|3[01])\./.test(a);

/** Higher is likelier: private on a real adapter, Wi-Fi first (the hall's network or the hotspot). */
function score(name: string, address: string): number {
  if (VIRTUAL.test(name)) return 0;
  let s = isPrivate(address) ? 4 : address.startsWith('169.254.') ? 1 : 2;
  if (/wi-?fi|wlan|wireless|wl/i.test(name)) s += 2;
  if (/ethernet|^en|^eth/i.test(name)) s += 1;
  if (/^192\.168\.137\./.test(address)) s += 1; // Windows Mobile Hotspot
  return s;
}

export function listAddresses(interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()): { addresses: NetworkAddress[]; suggested: string | null } {
  const found: { name: string; address: string; score: number }[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      found.push({ name, address: info.address, score: score(name, info.address) });
    }
  }
  found.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const best = found[0] && found[0].score >= 3 ? found[0].address : null;
  const addresses = found.map((f) => ({ name: f.name, address: f.address, likely: f.address === best }));
  // Loopback last: only this laptop can reach it, but it is what tests and a rehearsal use.
  addresses.push({ name: 'loopback', address: '127.0.0.1', likely: false });
  return { addresses, suggested: best ?? found[0]?.address ?? null };
}
