//! The only module that reads what a person did inside HTML pieces the view layer built
//! (`view::diary::screen`): which `data-act` button was pressed, and a form's values.

/// A pressed button's `data-act` and `data-id` (`id` empty when it has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    pub act: String,
    pub id: String,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Act;
    use wasm_bindgen::JsCast;

    pub fn act(ev: &web_sys::Event) -> Option<Act> {
        let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        let button = target.closest("[data-act]").ok()??;
        Some(Act {
            act: button.get_attribute("data-act")?,
            id: button.get_attribute("data-id").unwrap_or_default(),
        })
    }

    pub fn values(ev: &web_sys::Event) -> Vec<(String, String)> {
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        let Some(data) = form.and_then(|f| web_sys::FormData::new_with_form(&f).ok()) else {
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for pair in js_sys::try_iter(&data)
            .ok()
            .flatten()
            .into_iter()
            .flatten()
            .flatten()
        {
            let pair = js_sys::Array::from(&pair);
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                pairs.push((name, value));
            }
        }
        pairs
    }

    pub fn url_encoded(ev: &web_sys::Event) -> String {
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        form.and_then(|f| web_sys::FormData::new_with_form(&f).ok())
            .and_then(|data| web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok())
            .map(|params| String::from(params.to_string()))
            .unwrap_or_default()
    }

    pub fn reset(ev: &web_sys::Event) {
        if let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        {
            form.reset();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Act;

    pub fn act(_ev: &web_sys::Event) -> Option<Act> {
        None
    }

    pub fn values(_ev: &web_sys::Event) -> Vec<(String, String)> {
        Vec::new()
    }

    pub fn url_encoded(_ev: &web_sys::Event) -> String {
        String::new()
    }

    pub fn reset(_ev: &web_sys::Event) {}
}

/// The `data-act` button an event happened in (one click handler serves a whole HTML piece).
pub fn act(ev: &web_sys::Event) -> Option<Act> {
    imp::act(ev)
}

/// The values of the form an event (`submit`) came from, as name and value pairs, in order.
pub fn values(ev: &web_sys::Event) -> Vec<(String, String)> {
    imp::values(ev)
}

/// The values of the form an event came from, URL-encoded (`leg=left&where=calf`).
pub fn url_encoded(ev: &web_sys::Event) -> String {
    imp::url_encoded(ev)
}

/// Empties the form an event (`submit`) came from.
pub fn reset(ev: &web_sys::Event) {
    imp::reset(ev)
}
