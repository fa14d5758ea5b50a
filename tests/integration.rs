//! The core's integration tests, one test binary: each file beside this one
//! is a module. One binary links the core (and typst) once instead of once
//! per file, which keeps a cold CI build minutes shorter and gigabytes
//! smaller.

mod common;
mod notice_support;
mod print_support;

mod checks;
mod checks_authority;
mod checks_authority_more;
mod checks_automated;
mod checks_decisions;
mod checks_example;
mod checks_record;
mod cli;
mod cli_check;
mod crash;
mod docx;
mod dpia_threshold;
mod example;
mod export_dpv;
mod fuzz_import;
mod history;
mod import_table;
mod import_xlsx;
mod interchange;
mod migrations;
mod model_decisions;
mod model_depth;
mod notice;
mod notice_decisions;
mod notice_escaping;
mod notice_missing;
mod notice_publish;
mod notice_templates;
mod notice_truth;
mod processor_record;
mod reasons;
mod register_print;
mod register_print_sheets;
mod register_print_tagged;
mod restore_value;
mod safety;
mod safety_gaps;
mod safety_import;
mod safety_leaks;
mod safety_network;
mod safety_restore;
mod safety_schema;
mod safety_templates;
mod safety_wal;
mod search;
mod store;
mod translations;
mod vocabulary;
mod write_failures;
