#ifndef BYLINE_CWIDTH_H
#define BYLINE_CWIDTH_H
/// Columns the C library's wcwidth gives a code point (-1: not printable).
int byline_wcwidth(int codepoint);
#endif
