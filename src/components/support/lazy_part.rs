//! Code a page needs only once it is used, in a wasm module of its own: the bundle's binary marks
//! a function with `wasm_split` (there only, so no other bundle links it) and hands it to the
//! page; the post-build step splits the module there (`src/bin/postbuild/wasm.rs`).

use leptos::wasm_split::SplitLoaderError;
use std::{future::Future, pin::Pin};

/// A call into a part: fetching its module first, the first time.
pub type Calling = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Said where the part would have answered when its module could not be fetched.
pub const FAILED: &str =
    "This could not be loaded, so nothing was done. What you saved is safe; reload the page and try again.";

/// The value of a call into a part whose module is already here: such a call is ready on its
/// first poll. `None` while the module is still to be fetched (the poll starts the fetch).
pub fn now_or_never<T>(call: impl Future<Output = T>) -> Option<T> {
    let mut call = std::pin::pin!(call);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match call.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => Some(value),
        std::task::Poll::Pending => None,
    }
}
