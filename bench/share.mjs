// What each part of the product costs of the agent's wasm: code bytes per function, read from a
// module that kept its `name` section, and given to the first area whose pattern its name
// matches. A generic function instantiated for our types (a Leptos view for a desk view, a serde
// visitor for a resource) counts with the code that instantiated it, the way twiggy attributes
// it: that is what removing that code would save. Code that LTO inlined counts where it landed,
// and each area is gzipped alone, so the figures are estimates of what a cut could save.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const AREAS = [
  ['phone (SIP, WebRTC, its views)', /voipbin_sip|voipbin_desk(?:\[\w+\])?::(?:views::)?phone|Rtc[A-Z]|MediaStream|MediaDevice|AnalyserNode|md5/],
  ['frame and REST decoding', /serde_json(?:\[\w+\])?::(?:de|read|value::de)|Deserializ|Visitor|voipbin_protocol(?:\[\w+\])?::(?:frame|any_fields|fast_decode|lenient|raw_json|key_table|envelope|documented_fixups|event|timestamp|string_enum)|Resource>::(?:from_any|typed)/],
  ['localization (reader, Intl, loader, language picker)', /voipbin_desk(?:\[\w+\])?::(?:i18n|views::language)/],
  ['desk views (with the Leptos code made for them)', /voipbin_desk(?:\[\w+\])?::(?:views|app)|^main$/],
  ['desk state, connection, REST', /voipbin_desk|voipbin_protocol/],
  ['Leptos, router, reactive graph', /reactive_graph|tachys|leptos|either_of|any_spawner|throw_error|or_poisoned|send_wrapper/],
  ['serde_json (writing, values)', /serde_json|serde_core|serde::/],
  ['browser bindings (wasm-bindgen, js-sys, web-sys, gloo)', /wasm_bindgen|js_sys|web_sys|gloo|intounderlying|externref shim/],
  ['Rust std, core, alloc, collections', /core|alloc|std|hashbrown|indexmap|dlmalloc|futures|__rustc|compiler_builtins|^<(?:str|char|u\d+|i\d+|f\d+)|zmij|itoa|async_once_cell/],
];

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
let dataBytes = 0;
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
  } else if (id === 11) {
    dataBytes = size;
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

const areas = new Map([...AREAS.map(([area]) => [area, []]), ['other', []]]);
bodies.forEach((body, i) => {
  const fn = names.get(importedFunctions + i) ?? '';
  const area = AREAS.find(([, pattern]) => pattern.test(fn))?.[0] ?? 'other';
  areas.get(area).push(body);
});
const raw = (list) => list.reduce((sum, b) => sum + b.length, 0);
const gzip = (list) => gzipSync(Buffer.concat(list), { level: 9 }).length;
const all = gzip(bodies);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'area'.padEnd(56)} ${pad('functions', 9)} ${pad('code raw', 9)} ${pad('gzip', 8)} share`);
for (const [area, list] of areas) {
  if (!list.length) continue;
  const g = gzip(list);
  console.log(`${area.padEnd(56)} ${pad(list.length, 9)} ${pad(raw(list), 9)} ${pad(g, 8)} ${(100 * g / all).toFixed(1)}%`);
}
console.log(`${'all code, gzipped as one'.padEnd(56)} ${pad(bodies.length, 9)} ${pad(raw(bodies), 9)} ${pad(all, 8)}`);
console.log(`data section (strings, tables): ${dataBytes} B raw, not attributed to an area`);
