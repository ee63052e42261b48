//! Pre-rendering: the app rendered on the server side for each route, put into Trunk's `index.html`.

use super::Error;
use cramp_coach::components::{bundles, App};
use cramp_coach::domain::routes::{document_title, page_for, Bundle, Page};
use cramp_coach::platform::document::{HYDRATED_ATTRIBUTE, PAGE_ATTRIBUTE};
use cramp_coach::platform::navigation::RequestPath;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::sync::Arc;

fn render<V: IntoView>(path: &str, app: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestPath(path.to_string()));
        app().into_view().to_html()
    });
    owner.unset();
    html
}

/// Renders the app at `path` to the HTML that goes inside `<body>`, exactly as the page's
/// bundle (`src/bin/<bundle>.rs`) draws it, so that it hydrates.
pub fn render_body(path: &str) -> String {
    match page_for(path).bundle {
        Bundle::Guide => render(path, || view! { <App pages=bundles::guide/> }),
        Bundle::Stretch => render(path, || view! { <App pages=bundles::stretch/> }),
        Bundle::Water => render(path, || view! { <App pages=bundles::water/> }),
        Bundle::Diary => render(path, || view! { <App pages=bundles::diary/> }),
        Bundle::Data => render(path, || view! { <App pages=bundles::data/> }),
    }
}

/// A page that loads no wasm, marked working from the start (`<html data-hydrated>`).
pub fn mark_working(html: &str) -> Result<String, Error> {
    let at = html.find("<html").ok_or(Error::Template("has no <html>"))? + "<html".len();
    Ok(format!(
        "{} {HYDRATED_ATTRIBUTE}{}",
        &html[..at],
        &html[at..]
    ))
}

/// Escapes text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Trunk's `index.html`, split where each page's own parts go.
#[derive(Debug)]
pub struct Template {
    before_title: String,
    between: String,
    /// `<body` and the rest of Trunk's body tag (after the attribute marking the page).
    body_tag: (String, String),
    after_body: String,
}

impl Template {
    pub fn parse(html: &str) -> Result<Self, Error> {
        let title_start = html
            .find("<title>")
            .ok_or(Error::Template("has no <title>"))?;
        let title_end = html[title_start..]
            .find("</title>")
            .ok_or(Error::Template("has no </title>"))?
            + title_start
            + "</title>".len();
        let body_open = html.find("<body").ok_or(Error::Template("has no <body>"))?;
        let body_start = html[body_open..]
            .find('>')
            .ok_or(Error::Template("has a broken <body>"))?
            + body_open
            + 1;
        let body_end = html
            .rfind("</body>")
            .ok_or(Error::Template("has no </body>"))?;
        if !html[body_start..body_end].trim().is_empty() {
            return Err(Error::Template(
                "must have an empty <body>: the app renders all of it",
            ));
        }
        Ok(Self {
            before_title: html[..title_start].to_string(),
            between: html[title_end..body_open].to_string(),
            body_tag: (
                html[body_open..body_open + "<body".len()].to_string(),
                html[body_open + "<body".len()..body_start].to_string(),
            ),
            after_body: html[body_end..].to_string(),
        })
    }

    /// A page with its title, description, styles (`<style>`) and pre-rendered body; `<body>`
    /// names the page it holds (`data-page`), so that a bundle handed another page's HTML (a
    /// host that serves `index.html` for every address) knows what it hydrates.
    pub fn page(&self, page: &Page, style: &str, body: &str) -> String {
        format!(
            "{}<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n{}{}{} {}=\"{}\"{}{}{}",
            self.before_title,
            escape(&document_title(page)),
            escape(page.description),
            style,
            self.between,
            self.body_tag.0,
            PAGE_ATTRIBUTE,
            escape(page.path),
            self.body_tag.1,
            body,
            self.after_body
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cramp_coach::domain::routes::{GUIDE, NOT_FOUND, STRETCH};

    const TEMPLATE: &str =
        "<!doctype html><html><head><title>x</title></head><body>\n</body></html>";

    #[test]
    fn a_page_without_wasm_is_marked_working_in_its_html() {
        let html = mark_working("<!doctype html>\n<html lang=\"en\"><body></body></html>").unwrap();
        assert_eq!(
            html,
            "<!doctype html>\n<html data-hydrated lang=\"en\"><body></body></html>"
        );
        assert!(mark_working("<p>no root</p>").is_err());
    }

    #[test]
    fn each_page_gets_its_title_description_and_body() {
        let t = Template::parse(TEMPLATE).unwrap();
        let html = t.page(&STRETCH, "<style>p{}</style>", "<main>hi</main>");
        assert!(html.contains("</title>\n<meta name=\"description\""));
        assert!(html.contains("<style>p{}</style></head>"));
        assert!(html.contains("<title>Stretch coach · Cramp Coach</title>"));
        assert!(html.contains(&format!("content=\"{}\"", STRETCH.description)));
        assert!(html.contains("<body data-page=\"/stretch\"><main>hi</main></body>"));
    }

    #[test]
    fn template_with_content_in_body_is_refused() {
        assert!(Template::parse("<title>x</title><body><p>old</p></body>").is_err());
        assert!(Template::parse("<body></body>").is_err());
    }

    #[test]
    fn guide_route_renders_the_whole_article_without_javascript() {
        let body = render_body(GUIDE.path);
        assert!(body.contains("What Causes Leg Cramps at Night and How to Prevent Them"));
        assert!(body.contains("South Valley Vascular"));
        assert!(body.contains("aria-current=\"page\""));
        assert!(body.contains("Back to contents"));
    }

    #[test]
    fn unknown_route_renders_the_not_found_page() {
        let body = render_body("/no-such-page");
        assert!(body.contains(NOT_FOUND.title));
        assert!(body.contains("href=\"/check\""));
    }
}
