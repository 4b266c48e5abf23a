/**
 * After `npm install`: one short note on whether the desktop shell can run. Never fails the
 * install and never touches the network (electron@45 downloads its binary on first use, which
 * `npm start` does; `ELECTRON_SKIP_BINARY_DOWNLOAD` is honoured there too).
 */
try {
  const { detectElectron, downloadSkipped } = await import('./electron-binary.mjs');
  const electron = detectElectron();
  if (electron.available) {
    console.log(`Wethi: desktop shell ready (Electron ${electron.version}). Run \`npm start\`.`);
  } else if (downloadSkipped()) {
    console.log(
      [
        'Wethi: the desktop shell is unavailable: the Electron binary is not here and ELECTRON_SKIP_BINARY_DOWNLOAD is set.',
        '  Unset it and run `npm start` to fetch it once (needs internet).',
        '  `npm run start:web` runs the same app in your browser, offline.',
      ].join('\n'),
    );
  } else {
    console.log(
      [
        'Wethi: the desktop shell binary (Electron) is not downloaded yet.',
        '  `npm start` fetches it on first run (needs internet once).',
        '  Offline? `npm run start:web` runs the same app in your browser.',
      ].join('\n'),
    );
  }
} catch (error) {
  console.log(`Wethi: could not check for the desktop shell (${error instanceof Error ? error.message : error}); install continues.`);
}
