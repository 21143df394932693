// What the softphone costs of the agent's wasm: code bytes per function, read from a release
// wasm that still has its `name` section (cargo's output before wasm-bindgen and wasm-opt), and
// attributed to the phone by the function's (mangled) path, the way twiggy attributes them. Code
// that LTO inlined into a caller counts where it landed, so the figure is an estimate.
import { readFile } from 'node:fs/promises';

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
const bodySizes = [];
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
    for (let n = leb(); n > 0; n--) { const body = leb(); bodySizes.push(body); pos += body; }
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

let total = 0, phone = 0;
bodySizes.forEach((size, i) => {
  total += size;
  if (PHONE.test(names.get(importedFunctions + i) ?? '')) phone += size;
});
console.log(`phone share of the wasm's code: ${phone} of ${total} bytes (${(100 * phone / total).toFixed(1)}%), ${bodySizes.length} functions`);
