//! A view that is built afresh instead of patched when its parent re-renders.
//!
//! The route switch in `App` re-renders only when the page changes, so a page is never patched
//! in place; but a patch path ("rebuild") is still compiled for every element of every page.
//! Wrapping each page in `FreshView` replaces that path with "build the new one, drop the old
//! one", which saves the rebuild code of every page: about 2.4 KB of gzipped wasm for the
//! pages before the water counter (measured).

use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml},
};

/// Wraps a page view; see the module documentation.
pub struct FreshView<T>(pub T);

impl<T: Render> Render for FreshView<T> {
    type State = T::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let new = self.0.build();
        let mut old = std::mem::replace(state, new);
        old.insert_before_this(state);
        old.unmount();
    }
}

impl<T: RenderHtml> RenderHtml for FreshView<T> {
    type AsyncOutput = T::AsyncOutput;
    type Owned = FreshView<T::Owned>;

    const MIN_LENGTH: usize = T::MIN_LENGTH;
    const EXISTS: bool = T::EXISTS;

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        )
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        FreshView(self.0.into_owned())
    }
}

impl<T: AddAnyAttr> AddAnyAttr for FreshView<T> {
    type Output<SomeNewAttr: Attribute> = FreshView<T::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        FreshView(self.0.add_any_attr(attr))
    }
}
