//! The listen panel's audio: one AudioContext at the device's rate and an AudioWorklet
//! (worklet.js, inline: it is 60 lines and belongs to this chunk) that plays what the stream
//! brings and, while barging, hands back the microphone. An AnalyserNode after the worklet
//! measures what is actually played (`listen-level`).

use super::pcm::{f32_to_s16le, s16le_to_f32};
use super::resample::Resampler;
use crate::phone::level::rms_dbfs;
use js_sys::{Array, Float32Array, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use voipbin_protocol::media_stream::{FRAME_BYTES, SAMPLE_RATE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AnalyserNode, AudioContext, AudioWorkletNode, AudioWorkletNodeOptions, Blob, BlobPropertyBag,
    MediaStream, MediaStreamAudioSourceNode, MessageEvent, Url,
};

const WORKLET: &str = include_str!("worklet.js");

/// What the audio thread says.
pub enum PlayerNews {
    /// Audio the player holds, in ms.
    Depth(f64),
    /// 20 ms of the microphone as the call's PCM (320 bytes), ready to send.
    MicFrame(Vec<u8>),
}

pub struct Player {
    context: AudioContext,
    node: AudioWorkletNode,
    analyser: AnalyserNode,
    upsample: RefCell<Resampler>,
    samples: RefCell<Vec<f32>>,
    mic: RefCell<Option<MediaStreamAudioSourceNode>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

fn js_err(e: JsValue) -> String {
    e.as_string()
        .or_else(|| Reflect::get(&e, &"message".into()).ok()?.as_string())
        .unwrap_or_else(|| "the browser refused the audio player".into())
}

impl Player {
    /// Starts the audio (call it from the click that asked to listen, so the browser lets it
    /// play). `news` gets the audio thread's reports.
    pub async fn start(news: impl FnMut(PlayerNews) + 'static) -> Result<Player, String> {
        let context = AudioContext::new().map_err(js_err)?;
        let _ = context.resume();
        let parts = Array::of1(&WORKLET.into());
        let options = BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_err)?;
        let url = Url::create_object_url_with_blob(&blob).map_err(js_err)?;
        let added = context
            .audio_worklet()
            .and_then(|w| w.add_module(&url))
            .map_err(js_err);
        let added = match added {
            Ok(promise) => JsFuture::from(promise).await.map(drop).map_err(js_err),
            Err(e) => Err(e),
        };
        let _ = Url::revoke_object_url(&url);
        added?;
        let options = AudioWorkletNodeOptions::new();
        options.set_number_of_inputs(1);
        options.set_number_of_outputs(1);
        options.set_output_channel_count(&Array::of1(&1.into()));
        let node = AudioWorkletNode::new_with_options(&context, "desk-listen", &options)
            .map_err(js_err)?;
        let analyser = context.create_analyser().map_err(js_err)?;
        analyser.set_fft_size(2048);
        node.connect_with_audio_node(&analyser).map_err(js_err)?;
        analyser
            .connect_with_audio_node(&context.destination())
            .map_err(js_err)?;

        let rate = context.sample_rate() as u32;
        let on_message = mic_reader(rate, news);
        node.port()
            .map_err(js_err)?
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(Player {
            upsample: RefCell::new(Resampler::new(SAMPLE_RATE, rate)),
            samples: RefCell::new(vec![0.0; analyser.fft_size() as usize]),
            context,
            node,
            analyser,
            mic: RefCell::new(None),
            _on_message: on_message,
        })
    }

    /// Queues one frame of the call's PCM (s16le, 8 kHz); `seq` numbers the frames of the
    /// stream as they arrived.
    pub fn play(&self, pcm: &[u8], seq: u32) {
        let mut narrow = Vec::with_capacity(pcm.len() / 2);
        s16le_to_f32(pcm, &mut narrow);
        let mut wide = Vec::with_capacity(narrow.len() * 6 + 8);
        self.upsample.borrow_mut().process(&narrow, &mut wide);
        let message = Object::new();
        let _ = Reflect::set(&message, &"play".into(), &Float32Array::from(&wide[..]));
        let _ = Reflect::set(&message, &"seq".into(), &seq.into());
        self.post(&message);
    }

    /// Drops what is queued (a new stream).
    pub fn clear(&self) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"clear".into(), &true.into());
        self.post(&message);
    }

    /// The level of what was played over the last ~43 ms, in dBFS.
    pub fn level_dbfs(&self) -> f64 {
        let mut samples = self.samples.borrow_mut();
        self.analyser.get_float_time_domain_data(&mut samples);
        rms_dbfs(&samples)
    }

    /// Feeds the microphone to the worklet (which then posts it back as frames), or stops.
    pub fn capture(&self, stream: Option<&MediaStream>) -> Result<(), String> {
        if let Some(old) = self.mic.borrow_mut().take() {
            let _ = old.disconnect();
        }
        if let Some(stream) = stream {
            let source = self
                .context
                .create_media_stream_source(stream)
                .map_err(js_err)?;
            source.connect_with_audio_node(&self.node).map_err(js_err)?;
            *self.mic.borrow_mut() = Some(source);
        }
        let message = Object::new();
        let _ = Reflect::set(&message, &"capture".into(), &stream.is_some().into());
        self.post(&message);
        Ok(())
    }

    fn post(&self, message: &JsValue) {
        if let Ok(port) = self.node.port() {
            let _ = port.post_message(message);
        }
    }
}

impl Drop for Player {
    fn drop(&mut self) {
        if let Ok(port) = self.node.port() {
            port.set_onmessage(None);
        }
        let _ = self.context.close();
    }
}

/// Turns the worklet's messages into news: depth reports, and the microphone resampled from
/// the device's rate to the call's 8 kHz and cut into 320-byte frames.
fn mic_reader(
    rate: u32,
    mut news: impl FnMut(PlayerNews) + 'static,
) -> Closure<dyn FnMut(MessageEvent)> {
    let down = Rc::new(RefCell::new((
        Resampler::new(rate, SAMPLE_RATE),
        Vec::<f32>::new(),
    )));
    Closure::new(move |event: MessageEvent| {
        let data = event.data();
        if let Some(depth) = Reflect::get(&data, &"depth".into())
            .ok()
            .and_then(|d| d.as_f64())
        {
            news(PlayerNews::Depth(depth));
            return;
        }
        let Some(mic) = Reflect::get(&data, &"mic".into())
            .ok()
            .and_then(|m| m.dyn_into::<Float32Array>().ok())
        else {
            return;
        };
        let mut down = down.borrow_mut();
        let (resampler, pending) = &mut *down;
        resampler.process(&mic.to_vec(), pending);
        let per_frame = FRAME_BYTES / 2;
        while pending.len() >= per_frame {
            let mut frame = Vec::with_capacity(FRAME_BYTES);
            f32_to_s16le(&pending[..per_frame], &mut frame);
            pending.drain(..per_frame);
            news(PlayerNews::MicFrame(frame));
        }
    })
}
