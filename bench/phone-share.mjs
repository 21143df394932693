// What the softphone costs of the agent's wasm: code bytes per function, read from a release
// wasm that still has its `name` section (cargo's output before wasm-bindgen and wasm-opt), and
// attributed to the phone by the function's path (in its mangled name; also generic code
// instantiated for the phone's types), the way twiggy attributes them. Code
// that LTO inlined into a caller counts where it landed, so the figure is an estimate.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const PHONE = /voipbin_sip|voipbin_desk(?:\.\.|::|5)phone|views(?:\.\.|::|5)phone|Rtc[A-Z]|MediaStream|MediaDevice|AnalyserNode/;
const file = process.argv[2];
const bytes = new Uint8Array(await readFile(file));

let pos = 8;
const leb = () => {
  let result = 0, shift = 0, byte;
  do { byte = bytes[pos++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return result;
};
const name = () => { const len = leb(); const s = new TextDecoder().decode(bytes.subarray(pos, pos + len)); pos += len; return s; };

let importedFunctions = 0;
const bodies = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) { // imports: functions among them take the first indices
    for (let n = leb(); n > 0; n--) {
      name(); name();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { pos++; const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else { leb(); leb(); }
    }
  } else if (id === 10) { // code
    for (let n = leb(); n > 0; n--) { const body = leb(); bodies.push(bytes.subarray(pos, pos + body)); pos += body; }
  } else if (id === 0 && name() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = leb();
      const subEnd = pos + subSize;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); names.set(index, name()); }
      pos = subEnd;
    }
  }
  pos = end;
}
if (!names.size) throw new Error(`${file} has no name section`);

const isPhone = (i) => PHONE.test(names.get(importedFunctions + i) ?? '');
const phone = bodies.filter((_, i) => isPhone(i));
const raw = (list) => list.reduce((sum, b) => sum + b.length, 0);
const gzip = (list) => gzipSync(Buffer.concat(list), { level: 9 }).length;
const percent = (part, whole) => `${(100 * part / whole).toFixed(1)}%`;
console.log(`functions: ${phone.length} of ${bodies.length} are the phone's`);
console.log(`code raw:  ${raw(phone)} of ${raw(bodies)} bytes (${percent(raw(phone), raw(bodies))})`);
console.log(`code gzip: ${gzip(phone)} of ${gzip(bodies)} bytes, each part compressed alone (${percent(gzip(phone), gzip(bodies))})`);
