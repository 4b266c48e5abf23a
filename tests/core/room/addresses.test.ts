/**
 * The address the QR code carries: the laptop's real Wi-Fi or LAN address, never a virtual
 * adapter's (WSL, Hyper-V, VirtualBox, Docker, a VPN), which is the wrong address other apps put
 * in their QR codes. Interface lists as Windows, macOS and Linux report them.
 */
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { listAddresses } from '../../../electron/core/room/addresses';

const v4 = (address: string, internal = false): os.NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
const v6 = (address: string): os.NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 });

describe('the addresses offered for the room', () => {
  it('on a Windows laptop with WSL, Hyper-V and VirtualBox adapters, picks the Wi-Fi', () => {
    const { addresses, suggested } = listAddresses({
      'vEthernet (WSL)': [v4('172.29.16.1')],
      'vEthernet (Default Switch)': [v4('172.20.224.1')],
      'VirtualBox Host-Only Network': [v4('192.168.56.1')],
      'Wi-Fi': [v6('fe80::1'), v4('192.168.1.34')],
      'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true)],
    });
    expect(suggested).toBe('192.168.1.34');
    expect(addresses.filter((a) => a.likely).map((a) => a.address)).toEqual(['192.168.1.34']);
    // Every IPv4 address is listed for the facilitator to choose, loopback last; no IPv6.
    expect(addresses.map((a) => a.address).sort()).toEqual(['127.0.0.1', '172.20.224.1', '172.29.16.1', '192.168.1.34', '192.168.56.1']);
    expect(addresses.at(-1)).toEqual({ name: 'loopback', address: '127.0.0.1', likely: false });
  });

  it('with only the laptop’s own hotspot (Windows Mobile Hotspot), picks it over Docker and a VPN', () => {
    const { suggested } = listAddresses({
      'Local Area Connection* 10': [v4('192.168.137.1')],
      'vEthernet (Docker)': [v4('10.0.75.1')],
      'Tailscale': [v4('100.101.102.103')],
    });
    expect(suggested).toBe('192.168.137.1');
  });

  it('on macOS and Linux, the Wi-Fi adapter (en0, wlp2s0) over docker0, utun and a bridge', () => {
    expect(listAddresses({ utun3: [v4('10.8.0.2')], en0: [v4('192.168.0.12')], bridge100: [v4('192.168.2.1')] }).suggested).toBe('192.168.0.12');
    expect(listAddresses({ docker0: [v4('172.17.0.1')], 'br-4f1c2a': [v4('172.18.0.1')], wlp2s0: [v4('10.42.0.7')] }).suggested).toBe('10.42.0.7');
  });

  it('never marks a virtual adapter likely, even when the Wi-Fi has no address from the router yet', () => {
    const { addresses, suggested } = listAddresses({ 'VMware Network Adapter VMnet8': [v4('192.168.80.1')], 'Wi-Fi': [v4('169.254.10.10')] });
    expect(suggested).toBe('169.254.10.10');
    expect(addresses.find((a) => a.address === '192.168.80.1')?.likely).toBe(false);
  });

  it('with no network at all, offers loopback only and suggests nothing to put in a QR code', () => {
    expect(listAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual({ addresses: [{ name: 'loopback', address: '127.0.0.1', likely: false }], suggested: null });
  });
});
