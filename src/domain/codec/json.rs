//! A small JSON reader for saved data (the stretch coach's settings and history, the water log). `serde_json` with derived decoders cost about 20 KB of
//! gzipped wasm here (measured); the saved forms need only objects, arrays, strings, integers and
//! booleans, so this reads standard JSON into a plain tree in a few hundred lines.
//!
//! It never panics: too deep, malformed or trailing input gives `None`.

/// A JSON value. Numbers that are not integers in the `i64` range are kept only as `Other`.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// A number with a fraction, an exponent, or out of the `i64` range.
    OtherNumber,
    Str(String),
    Arr(Vec<Json>),
    /// Members in document order (a repeated key: the first one counts).
    Obj(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused (the saved form is 4 levels deep).
const MAX_DEPTH: usize = 64;

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value written back as compact JSON, or `None` if it holds an `OtherNumber` (whose
    /// value is not kept, so it cannot be written back faithfully).
    pub fn to_text(&self) -> Option<String> {
        let mut out = String::new();
        self.write(&mut out).then_some(out)
    }

    fn write(&self, out: &mut String) -> bool {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::OtherNumber => return false,
            Json::Str(s) => out.push_str(&quote(s)),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if !item.write(out) {
                        return false;
                    }
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quote(key));
                    out.push(':');
                    if !value.write(out) {
                        return false;
                    }
                }
                out.push('}');
            }
        }
        true
    }
}

/// Parses a whole JSON text (surrounding whitespace allowed).
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    (p.at == p.bytes.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let end = self.at.checked_add(word.len())?;
        (self.bytes.get(self.at..end)? == word).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Json::Str),
            b't' => self.literal(b"true", Json::Bool(true)),
            b'f' => self.literal(b"false", Json::Bool(false)),
            b'n' => self.literal(b"null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut members = Vec::new();
        self.space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(Json::Obj(members));
        }
        loop {
            self.space();
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.space();
            if self.next()? != b':' {
                return None;
            }
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.space();
            match self.next()? {
                b',' => continue,
                b'}' => return Some(Json::Obj(members)),
                _ => return None,
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(Json::Arr(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            match self.next()? {
                b',' => continue,
                b']' => return Some(Json::Arr(items)),
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = char::from(self.next()?).to_digit(16)?;
            n = n * 16 + digit;
        }
        Some(n)
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // copy the run of plain characters at once; it ends at an ASCII byte, so on a
            // character boundary of the text
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at)?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                // a surrogate pair: \uD83D\uDCA7
                                if self.next()? != b'\\' || self.next()? != b'u' {
                                    return None;
                                }
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return None;
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    out.push(c);
                }
                _ => return None, // a control character
            }
        }
    }

    /// Skips digits; returns how many, and their value if it fits an `i64` (as a negative
    /// number, so that `i64::MIN` fits too).
    fn digits(&mut self) -> (usize, Option<i64>) {
        let start = self.at;
        let mut value = Some(0i64);
        while let Some(b @ b'0'..=b'9') = self.peek() {
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_sub(i64::from(b - b'0')));
            self.at += 1;
        }
        (self.at - start, value)
    }

    fn number(&mut self) -> Option<Json> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        let (int_digits, value) = self.digits();
        if int_digits == 0 || (int_digits > 1 && self.bytes[int_start] == b'0') {
            return None;
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits().0 == 0 {
                return None;
            }
            integer = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits().0 == 0 {
                return None;
            }
            integer = false;
        }
        let value = if negative {
            value
        } else {
            value.and_then(i64::checked_neg)
        };
        Some(match value {
            Some(n) if integer => Json::Int(n),
            _ => Json::OtherNumber,
        })
    }
}

/// `text` as a JSON string literal.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(u32::from(c) >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(u32::from(c) & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_standard_json() {
        assert_eq!(parse(" null "), Some(Json::Null));
        assert_eq!(parse("true"), Some(Json::Bool(true)));
        assert_eq!(parse("-0"), Some(Json::Int(0)));
        assert_eq!(parse("1774742400000"), Some(Json::Int(1_774_742_400_000)));
        assert_eq!(parse("-9223372036854775808"), Some(Json::Int(i64::MIN)));
        assert_eq!(parse("9223372036854775808"), Some(Json::OtherNumber));
        assert_eq!(parse("1.5"), Some(Json::OtherNumber));
        assert_eq!(parse("1e3"), Some(Json::OtherNumber));
        assert_eq!(parse("1.0"), Some(Json::OtherNumber));
        assert_eq!(
            parse(r#""a\"b\\c\/\n\u00e9\uD83D\uDCA7 €""#),
            Some(Json::Str("a\"b\\c/\né💧 €".into()))
        );
        assert_eq!(
            parse(r#"{"a":[1,{"b":false}],"a":2}"#).unwrap().get("a"),
            Some(&Json::Arr(vec![
                Json::Int(1),
                Json::Obj(vec![("b".into(), Json::Bool(false))])
            ]))
        );
        assert_eq!(parse("[]"), Some(Json::Arr(vec![])));
        assert_eq!(parse("{ }"), Some(Json::Obj(vec![])));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "{a:1}",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\uD83D\"",
            "\"\\uD83D\\u0041\"",
            "\"\u{1}\"",
            "[1] 2",
            "NaN",
            "'a'",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(parse(&deep), None);
        let ok = "[".repeat(60) + &"]".repeat(60);
        assert!(parse(&ok).is_some());
    }

    #[test]
    fn quotes_strings() {
        assert_eq!(quote("2026-03-28"), "\"2026-03-28\"");
        assert_eq!(quote("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
        for s in ["", "é💧", "\u{1f}x", "\\\"\\"] {
            assert_eq!(parse(&quote(s)), Some(Json::Str(s.into())));
        }
    }

    /// The same value as serde_json's tree (numbers compared by kind).
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Int(a), Value::Number(n)) => n.as_i64() == Some(*a),
            (Json::OtherNumber, Value::Number(n)) => n.as_i64().is_none() || n.is_f64(),
            (Json::Str(a), Value::String(b)) => a == b,
            (Json::Arr(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Obj(a), Value::Object(b)) => {
                b.iter()
                    .all(|(k, v)| ours.get(k).is_some_and(|x| same(x, v)))
                    && a.iter().all(|(k, _)| b.contains_key(k))
            }
            _ => false,
        }
    }

    fn holds_other_number(v: &Json) -> bool {
        match v {
            Json::OtherNumber => true,
            Json::Arr(items) => items.iter().any(holds_other_number),
            Json::Obj(members) => members.iter().any(|(_, v)| holds_other_number(v)),
            _ => false,
        }
    }

    fn value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 80, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..8)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn agrees_with_serde_json(v in value(), pretty in any::<bool>()) {
            let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
            let ours = parse(&text).expect("valid JSON");
            prop_assert!(same(&ours, &v), "{text}");
        }

        #[test]
        fn never_panics_and_accepts_only_what_serde_json_accepts(text in "\\PC{0,40}|[\\[\\]{}\",:0-9eE.+\\-tnulrsaf\\\\ ]{0,40}") {
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            // serde_json also refuses numbers too large for an f64 (1e999); they are just numbers here
            let too_large = theirs.as_ref().is_err_and(|e| e.to_string().contains("out of range"));
            prop_assert_eq!(ours.is_some(), theirs.is_ok() || too_large, "{}", text);
        }

        #[test]
        fn written_back_it_reads_the_same(v in value()) {
            let ours = parse(&v.to_string()).expect("valid JSON");
            match ours.to_text() {
                Some(text) => prop_assert_eq!(parse(&text), Some(ours)),
                None => prop_assert!(holds_other_number(&ours)),
            }
        }

        #[test]
        fn strings_round_trip(s in any::<String>()) {
            prop_assert_eq!(parse(&quote(&s)), Some(Json::Str(s)));
        }
    }
}
