//! The only module that decides when the app's asynchronous work runs.
//!
//! Leptos starts every effect as a future. By default they all run right after hydration, in
//! the same browser task, which then blocks input for as long as all of them take together.
//! [`start_in_turns`] installs an executor that starts each new future in a browser task of its
//! own (one after another, in order, through a `MessageChannel`, which is not a timer), so the
//! page answers input between them. Once started, a future is woken as usual.

use std::collections::VecDeque;

/// The futures waiting for a task of their own, oldest first. `request` asks the browser for one
/// more task (false if it cannot); what to start at once is returned. Whenever a task cannot be
/// had, everything waiting starts at once, as the default executor would: nothing is stranded.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Turns<T>(VecDeque<T>);

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
impl<T> Turns<T> {
    const fn new() -> Self {
        Self(VecDeque::new())
    }

    /// A new future: it waits for a task, asked for if it is the only one waiting.
    fn push(&mut self, item: T, request: impl FnOnce() -> bool) -> VecDeque<T> {
        self.0.push_back(item);
        if self.0.len() == 1 && !request() {
            return std::mem::take(&mut self.0);
        }
        VecDeque::new()
    }

    /// A task has come: the oldest starts, and one more task is asked for if others wait.
    fn next(&mut self, request: impl FnOnce() -> bool) -> VecDeque<T> {
        let Some(first) = self.0.pop_front() else {
            return VecDeque::new();
        };
        let mut now = if !self.0.is_empty() && !request() {
            std::mem::take(&mut self.0)
        } else {
            VecDeque::new()
        };
        now.push_front(first);
        now
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Turns;
    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
    use std::cell::RefCell;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    thread_local! {
        static QUEUE: RefCell<Turns<PinnedLocalFuture<()>>> = const { RefCell::new(Turns::new()) };
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

    /// Runs in a task of its own: starts the oldest waiting future (or every one, if no further
    /// task can be had).
    fn start_next() {
        let now = QUEUE.with(|q| q.borrow_mut().next(request_task));
        now.into_iter().for_each(wasm_bindgen_futures::spawn_local);
    }

    struct InTurns;

    impl CustomExecutor for InTurns {
        fn spawn(&self, fut: PinnedFuture<()>) {
            self.spawn_local(fut)
        }

        fn spawn_local(&self, fut: PinnedLocalFuture<()>) {
            let now = QUEUE.with(|q| q.borrow_mut().push(fut, request_task));
            now.into_iter().for_each(wasm_bindgen_futures::spawn_local);
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

#[cfg(test)]
mod tests {
    use super::Turns;

    #[test]
    fn each_future_starts_in_a_task_of_its_own() {
        let mut turns = Turns::new();
        assert_eq!(turns.push(1, || true), [0; 0]);
        assert_eq!(
            turns.push(2, || unreachable!("a task is already asked for")),
            [0; 0]
        );
        assert_eq!(turns.next(|| true), vec![1]);
        assert_eq!(turns.next(|| unreachable!("nothing else waits")), vec![2]);
        assert_eq!(turns.next(|| true), [0; 0]);
    }

    #[test]
    fn when_no_further_task_can_be_had_everything_waiting_starts_at_once() {
        let mut turns = Turns::new();
        assert_eq!(turns.push(1, || false), vec![1]);
        turns.push(2, || true);
        turns.push(3, || true);
        turns.push(4, || true);
        assert_eq!(turns.next(|| false), vec![2, 3, 4], "none is stranded");
        assert_eq!(turns.push(5, || true), [0; 0], "and later ones wait again");
        assert_eq!(turns.next(|| true), vec![5]);
    }
}
