// A plain JsSIP softphone driven by the end-to-end test through `window.phone`. Everything here is
// JsSIP's public API used the way an application would; the test reads `phone.log` and `stats()`.
'use strict';

const phone = {
  ua: null,
  session: null,
  speaker: new Audio(),
  /** Every UA/session event in order: {event, at (ms since epoch), ...details}. */
  log: [],
  note(event, details = {}) { phone.log.push({ event, at: Date.now(), ...details }); },

  /** Registers `uri` over `wsUrl`; resolves on `registered`, rejects on `registrationFailed`. */
  register({ wsUrl, uri, password }) {
    const socket = new JsSIP.WebSocketInterface(wsUrl);
    const ua = new JsSIP.UA({ sockets: [socket], uri, password, register: true });
    phone.ua = ua;
    ua.on('connected', () => phone.note('connected'));
    ua.on('disconnected', () => phone.note('disconnected'));
    ua.on('unregistered', () => phone.note('unregistered'));
    ua.on('newRTCSession', ({ session, originator }) => {
      phone.note('newRTCSession', { originator, direction: session.direction });
      if (originator !== 'remote') return;
      phone.session = session;
      // Play what arrives, as a softphone does: Chromium decodes received audio only for a sink.
      session.on('peerconnection', ({ peerconnection }) => {
        peerconnection.addEventListener('track', ({ streams: [stream] }) => {
          phone.speaker.srcObject = stream;
          phone.speaker.play().catch((e) => phone.note('playFailed', { error: String(e) }));
        });
      });
      for (const name of ['progress', 'accepted', 'confirmed', 'hold', 'unhold', 'newDTMF']) {
        session.on(name, (e) => phone.note(name, { originator: e?.originator }));
      }
      for (const name of ['ended', 'failed']) {
        session.on(name, (e) => phone.note(name, { originator: e.originator, cause: e.cause }));
      }
    });
    const done = new Promise((resolve, reject) => {
      ua.on('registered', () => { phone.note('registered'); resolve(); });
      ua.on('registrationFailed', (e) => {
        phone.note('registrationFailed', { cause: e.cause, status: e.response?.status_code });
        reject(new Error(`registrationFailed: ${e.cause} ${e.response?.status_code ?? ''}`));
      });
    });
    ua.start();
    return done;
  },

  /** Answers the ringing call with the fake microphone (no browser processing, for steady levels). */
  answer() {
    phone.session.answer({
      mediaConstraints: { audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false }, video: false },
      pcConfig: { iceServers: [] },
    });
  },

  /** RTP figures of the current call from the browser's own WebRTC stats. */
  async stats() {
    const pc = phone.session?.connection;
    if (!pc) return null;
    const out = { ice: pc.iceConnectionState, inbound: null, outbound: null };
    const report = await pc.getStats();
    const codec = (id) => report.get(id)?.mimeType;
    report.forEach((s) => {
      if (s.kind !== 'audio') return;
      if (s.type === 'inbound-rtp') {
        out.inbound = { packetsReceived: s.packetsReceived, packetsLost: s.packetsLost, totalSamplesReceived: s.totalSamplesReceived,
          // RMS level (0..1) of everything decoded so far, from the cumulative energy.
          meanAudioLevel: s.totalSamplesDuration > 0 ? Math.sqrt(s.totalAudioEnergy / s.totalSamplesDuration) : 0,
          codec: codec(s.codecId) };
      } else if (s.type === 'outbound-rtp') {
        out.outbound = { packetsSent: s.packetsSent, codec: codec(s.codecId) };
      }
    });
    return out;
  },

  sendDTMF(tones) { phone.session.sendDTMF(tones, { transportType: 'RFC2833', duration: 120, interToneGap: 120 }); },

  /** Hold / unhold resolve once the re-INVITE has been answered (a failure ends the call). */
  hold() { return new Promise((resolve, reject) => { if (!phone.session.hold({}, resolve)) reject(new Error('hold() refused')); }); },
  unhold() { return new Promise((resolve, reject) => { if (!phone.session.unhold({}, resolve)) reject(new Error('unhold() refused')); }); },

  hangup() { phone.session.terminate(); },

  stop() { phone.ua?.stop(); },
};
window.phone = phone;
