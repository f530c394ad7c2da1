// Files in the global file system: writes, appends, reads back and lists, with callbacks and with
// fs.promises. `./colony local run examples/files.js` keeps them in ~/.colony/local; deployed with
// `colony run`, they are the cluster's (see them with `colony fs ls /examples`).
const fs = require('fs');

fs.mkdir('/examples/files', { recursive: true }, (err) => {
  if (err) throw err;
  fs.writeFile('/examples/files/log.txt', 'first line\n', (err) => {
    if (err) throw err;
    fs.appendFile('/examples/files/log.txt', 'second line ✓\n', (err) => {
      if (err) throw err;
      fs.readFile('/examples/files/log.txt', 'utf8', (err, text) => {
        if (err) throw err;
        console.log(text.trimEnd());
        withPromises().catch((e) => console.error('failed:', e.message));
      });
    });
  });
});

async function withPromises() {
  const files = fs.promises;
  await files.writeFile('/examples/files/bytes.bin', new Uint8Array([0, 1, 2, 254, 255]));
  const bytes = await files.readFile('/examples/files/bytes.bin');
  console.log('bytes:', Array.from(bytes).join(' '));
  for (const entry of await files.readdir('/examples/files', { withFileTypes: true })) {
    const stat = await files.stat(`/examples/files/${entry.name}`);
    console.log(`${entry.isDirectory() ? 'dir ' : 'file'} ${entry.name} ${stat.size} bytes`);
  }
  try {
    await files.readFile('/examples/files/missing.txt');
  } catch (e) {
    console.log('missing:', e.code);
  }
}
