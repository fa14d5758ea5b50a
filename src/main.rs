//! `vvt`: the command-line interface to a register, for scripts, CI and DPOs
//! who prefer a terminal. Each subcommand is a thin layer over the core.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
