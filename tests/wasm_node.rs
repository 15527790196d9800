//! The JavaScript API in Node: `wasm-pack test --node -- --test wasm_node`.
#![cfg(target_arch = "wasm32")]

#[path = "common/invariants.rs"]
mod invariants;

include!("common/wasm_cases.rs");
