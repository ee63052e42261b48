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
