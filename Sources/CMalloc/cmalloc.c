#include <stdlib.h>  // defines __GLIBC__ on glibc
#include "cmalloc.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int byline_map_big_blocks(int bytes) {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, bytes);
#else
  (void)bytes;
  return 0;
#endif
}
