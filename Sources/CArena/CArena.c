#include "CArena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Every allocation is preceded by a header holding its size, so that realloc knows how
// much to copy. Allocations are 16-byte aligned, as malloc's are.
typedef struct { size_t size; size_t pad; } header;

typedef struct chunk {
    struct chunk *next;
    size_t capacity;
    size_t used;
    size_t pad;
    unsigned char bytes[];
} chunk;

enum { chunk_size = 64 * 1024 };

typedef struct {
    chunk *current;   // the chunk being filled (first in the list)
    void *last;       // the most recent allocation, which realloc may grow in place
} arena;

static _Thread_local arena state;

static size_t round_up(size_t n) { return (n + 15) & ~(size_t)15; }

static chunk *new_chunk(size_t at_least) {
    size_t capacity = at_least > chunk_size - sizeof(chunk) ? at_least : chunk_size - sizeof(chunk);
    chunk *c = malloc(sizeof(chunk) + capacity);
    if (!c) abort();  // as cmark's own allocator does when memory runs out
    c->capacity = capacity;
    c->used = 0;
    c->next = NULL;
    return c;
}

void journal_arena_begin(void) {
    state.current = new_chunk(0);
    state.last = NULL;
}

// Every chunk goes back to malloc: nothing is left to a thread that may end.
void journal_arena_end(void) {
    chunk *c = state.current;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    state.current = NULL;
    state.last = NULL;
}

static void *allocate(size_t size) {
    size_t need = sizeof(header) + round_up(size ? size : 1);
    chunk *c = state.current;
    if (c->capacity - c->used < need) {
        chunk *fresh = new_chunk(need);
        fresh->next = c;
        state.current = fresh;
        c = fresh;
    }
    header *h = (header *)(c->bytes + c->used);
    c->used += need;
    h->size = size;
    state.last = h + 1;
    return h + 1;
}

void *journal_arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) abort();
    size_t total = count * size;
    void *p = allocate(total);
    memset(p, 0, total);
    return p;
}

void *journal_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    header *h = (header *)pointer - 1;
    chunk *c = state.current;
    // The latest allocation grows in place when its chunk has room.
    if (pointer == state.last) {
        size_t old_need = round_up(h->size ? h->size : 1);
        size_t new_need = round_up(size ? size : 1);
        unsigned char *end = (unsigned char *)pointer + old_need;
        if (end == c->bytes + c->used && new_need >= old_need && c->capacity - c->used >= new_need - old_need) {
            c->used += new_need - old_need;
            h->size = size;
            return pointer;
        }
    }
    if (size <= h->size) { h->size = size; return pointer; }
    void *fresh = allocate(size);
    memcpy(fresh, pointer, h->size);
    return fresh;
}

void journal_arena_free(void *pointer) {
    (void)pointer;  // released with the whole arena by journal_arena_end()
}
