#ifndef BYLINE_CMALLOC_H
#define BYLINE_CMALLOC_H
/// Asks the C library's malloc to map every block of `bytes` or more on its own and to
/// keep that limit fixed (glibc's mallopt M_MMAP_THRESHOLD). Returns 1 when done, 0 where
/// the C library has no such setting.
int byline_map_big_blocks(int bytes);
#endif
