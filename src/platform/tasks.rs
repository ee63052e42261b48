//! The only module that decides when the app's asynchronous work runs.
//!
//! Leptos starts every effect as a future. By default they all run right after hydration, in
//! the same browser task, which then blocks input for as long as all of them take together.
//! [`start_in_turns`] installs an executor that starts each new future in a browser task of its
//! own (one after another, in order, through a `MessageChannel`, which is not a timer), so the
//! page answers input between them. Once started, a future is woken as usual.

#[cfg(target_arch = "wasm32")]
mod imp {
    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
    use std::{cell::RefCell, collections::VecDeque};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    thread_local! {
        static QUEUE: RefCell<VecDeque<PinnedLocalFuture<()>>> = const { RefCell::new(VecDeque::new()) };
        static CHANNEL: Option<(web_sys::MessagePort, Closure<dyn Fn()>)> = channel();
    }

    fn channel() -> Option<(web_sys::MessagePort, Closure<dyn Fn()>)> {
        let channel = web_sys::MessageChannel::new().ok()?;
        let on_message = Closure::<dyn Fn()>::new(start_next);
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some((channel.port2(), on_message))
    }

    /// Asks for one more task; false when no channel could be made.
    fn request_task() -> bool {
        CHANNEL.with(|c| {
            c.as_ref()
                .is_some_and(|(port, _)| port.post_message(&JsValue::UNDEFINED).is_ok())
        })
    }

    /// Runs in a task of its own: starts the oldest waiting future, and asks for another task
    /// if more are waiting.
    fn start_next() {
        let (next, more) = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            (q.pop_front(), !q.is_empty())
        });
        if more {
            request_task();
        }
        if let Some(fut) = next {
            wasm_bindgen_futures::spawn_local(fut);
        }
    }

    struct InTurns;

    impl CustomExecutor for InTurns {
        fn spawn(&self, fut: PinnedFuture<()>) {
            self.spawn_local(fut)
        }

        fn spawn_local(&self, fut: PinnedLocalFuture<()>) {
            let first = QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                q.push_back(fut);
                q.len() == 1
            });
            if first && !request_task() {
                // no channel: start everything waiting at once, as the default executor would
                while let Some(fut) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
                    wasm_bindgen_futures::spawn_local(fut);
                }
            }
        }

        fn poll_local(&self) {}
    }

    pub fn start_in_turns() {
        // fails only if an executor is already set: then that one stays
        let _ = Executor::init_custom_executor(InTurns);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn start_in_turns() {}
}

/// Makes each new effect start in a browser task of its own; call before mounting the app.
pub fn start_in_turns() {
    imp::start_in_turns()
}
