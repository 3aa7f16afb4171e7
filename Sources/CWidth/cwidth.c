#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "cwidth.h"

int byline_wcwidth(int codepoint) { return wcwidth((wchar_t)codepoint); }
