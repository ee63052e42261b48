//! Stands in for `wasm-streams` 0.5 in Cramp Coach's build (`[patch.crates-io]` in the root
//! `Cargo.toml`).
//!
//! Leptos always links its server-function client, whose streaming requests and responses go
//! through `wasm_streams::ReadableStream`. The real crate exports three JavaScript classes
//! (`IntoUnderlyingSource`, `IntoUnderlyingByteSource`, `IntoUnderlyingSink`); exports are kept
//! whether or not anything calls them, so every bundle carried them and their async glue.
//! Cramp Coach has no server and no server functions, so nothing calls them. This crate keeps
//! the four functions that client names, with the same types: a stream made here is empty, and
//! a stream read here ends at once with an error that says why. Using server functions with
//! streaming would need the real crate back (remove the patch).

use futures_util::stream::{self, Stream};
use wasm_bindgen::JsValue;

/// Why a stream cannot be read or written in this build.
pub const NOT_AVAILABLE: &str =
    "streams are not available in this build (wasm-streams is replaced: see the root Cargo.toml)";

/// A browser `ReadableStream`, as the real crate's type.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a browser stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// An empty stream in place of `stream` (which is dropped unread).
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        drop(stream);
        // (a browser without `ReadableStream`: `null` in its place, as nothing reads it)
        let raw = web_sys::ReadableStream::new()
            .unwrap_or_else(|_| wasm_bindgen::JsCast::unchecked_into(JsValue::NULL));
        Self { raw }
    }

    /// The browser stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A stream that yields one error ([`NOT_AVAILABLE`]) and ends.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> + Unpin + 'static {
        stream::iter([Err(JsValue::from_str(NOT_AVAILABLE))])
    }
}
