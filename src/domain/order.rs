//! Sorting, written once. The standard library's sorts are generic: every call with its own
//! item type or comparison gets its own copy of a large algorithm in the wasm (2–3 KB each; the
//! diary's bundle had ten of them). Here one merge sort over positions does the work for every
//! caller, which adds only its comparison. Stable: equal items keep their order.

use std::cmp::Ordering;

/// The stable order of `len` items compared by `cmp` (by their positions), as positions.
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut to = vec![0; len];
    let mut width = 1;
    while width < len {
        // merge each pair of neighbouring runs of `width` from `from` into `to`
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut to[start..end] {
                let take_left = right >= end
                    || (left < middle && cmp(from[left], from[right]) != Ordering::Greater);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Sorts `items` by `cmp`, stably, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` by the key `key` gives each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_cases() {
        for mut v in [vec![], vec![1], vec![2, 1], vec![3, 1, 2], vec![1, 1, 1]] {
            let mut want = v.clone();
            want.sort();
            sort(&mut v);
            assert_eq!(v, want);
        }
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does_and_keeps_equal_items_in_order(
            items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)
        ) {
            let mut ours = items.clone();
            let mut std = items;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }
}
