//! The `vvt-desktop` binary: everything lives in the library so tests reach it.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    vvt_desktop::run();
}
