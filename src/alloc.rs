//! The global allocator of every binary that links the core: the CLI, the
//! desktop app, the tests and the benchmarks.
//!
//! Building and rendering a notice or a register print allocates and frees
//! millions of small values (one per field of every record, once as a model
//! value and once as a template value). glibc's allocator spends about a
//! third of the notice's time in `free` and heap consolidation there;
//! mimalloc does the same work in a fraction of it (docs/performance.md).
//! Declaring it here rather than in each binary keeps the benchmarks honest:
//! they measure the allocator the shipped programs use.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
