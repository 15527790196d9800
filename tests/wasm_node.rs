//! The JavaScript API in Node: `wasm-pack test --node -- --test wasm_node`.
#![cfg(target_arch = "wasm32")]

include!("common/wasm_cases.rs");
