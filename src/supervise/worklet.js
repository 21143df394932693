// The listen panel's audio thread (src/supervise/player.rs): plays the chunks the page posts,
// in order, and silence when it has none (the jitter policy is the page's: jitter.rs); while
// capture is on, posts the microphone's samples back 20 ms at a time. Every chunk carries the
// frame number it came from; starting one is reported ({ played }) so bench/listen can time it,
// and the queue's depth is reported every ~85 ms so the page's estimate does not drift.
class DeskListen extends AudioWorkletProcessor {
  constructor() {
    super();
    this.queue = [];
    this.head = null;
    this.offset = 0;
    this.queued = 0;
    this.capture = false;
    this.mic = new Float32Array(Math.round(sampleRate / 50));
    this.micFill = 0;
    this.quanta = 0;
    this.port.onmessage = (e) => {
      const d = e.data;
      if (d.play) {
        this.queue.push(d);
        this.queued += d.play.length;
      } else if ('capture' in d) {
        this.capture = d.capture;
        this.micFill = 0;
      } else if (d.clear) {
        this.queue = [];
        this.head = null;
        this.queued = 0;
      }
    };
  }

  process(inputs, outputs) {
    const out = outputs[0][0];
    let i = 0;
    while (i < out.length && (this.head || this.queue.length)) {
      if (!this.head) {
        this.head = this.queue.shift();
        this.offset = 0;
        this.port.postMessage({ played: this.head.seq });
      }
      const chunk = this.head.play;
      const n = Math.min(out.length - i, chunk.length - this.offset);
      out.set(chunk.subarray(this.offset, this.offset + n), i);
      i += n;
      this.offset += n;
      this.queued -= n;
      if (this.offset >= chunk.length) this.head = null;
    }
    const mic = inputs[0] && inputs[0][0];
    if (this.capture && mic) {
      for (let k = 0; k < mic.length; k++) {
        this.mic[this.micFill++] = mic[k];
        if (this.micFill === this.mic.length) {
          this.port.postMessage({ mic: this.mic.slice() });
          this.micFill = 0;
        }
      }
    }
    if (++this.quanta % 32 === 0) this.port.postMessage({ depth: (this.queued / sampleRate) * 1000 });
    return true;
  }
}
registerProcessor('desk-listen', DeskListen);
