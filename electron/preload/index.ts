/** The preload (sandboxed, bundled to one CJS file): exposes the contract bridge as `window.wethi`. */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { OP_NAMES } from './op-names';

contextBridge.exposeInMainWorld('wethi', createBridge(ipcRenderer, OP_NAMES));
