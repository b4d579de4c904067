#ifndef JOURNAL_CARENA_H
#define JOURNAL_CARENA_H

#include <stddef.h>

/// A per-thread bump allocator for cmark (through `cmark_parser_new_with_mem`).
///
/// cmark allocates every node, string buffer and parser structure separately and frees
/// them one by one: about a third of parsing a typical entry went to calloc, realloc and
/// free. Between `journal_arena_begin()` and `journal_arena_end()` on one thread, the
/// three functions below hand out memory from large chunks and `free` does nothing;
/// `journal_arena_end()` releases everything at once. Nothing allocated here may be used
/// after `journal_arena_end()`.
void journal_arena_begin(void);
void journal_arena_end(void);

void *journal_arena_calloc(size_t count, size_t size);
void *journal_arena_realloc(void *pointer, size_t size);
void journal_arena_free(void *pointer);

#endif
