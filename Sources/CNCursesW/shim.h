#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>

// Globals and function-like macros that Swift cannot import as they are.
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline WINDOW *byline_curscr(void) { return curscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_italic(void) { return A_ITALIC; }
static inline attr_t byline_a_standout(void) { return A_STANDOUT; }
static inline int byline_key_f(int n) { return KEY_F(n); }
static inline mmask_t byline_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t byline_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t byline_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t byline_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t byline_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t byline_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t byline_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t byline_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t byline_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline int byline_ccharw_max(void) { return CCHARW_MAX; }
static inline FILE *byline_stdin(void) { return stdin; }
static inline FILE *byline_stdout(void) { return stdout; }
static inline FILE *byline_stderr(void) { return stderr; }
// The terminfo string capability `name`, or NULL when the terminal lacks it
// (tigetstr answers (char *)-1 for a name that is not a string capability).
static inline const char *byline_tigetstr(const char *name) {
  char *value = tigetstr(name);
  if (value == (char *)-1) return NULL;
  return value;
}
// Frees the terminal description loaded by a probing `setupterm`.
static inline void byline_del_curterm(void) {
  if (cur_term != NULL) del_curterm(cur_term);
}
// tparm with two numbers (the C function takes nine; Swift cannot call it as declared).
static inline const char *byline_tparm2(const char *capability, long first, long second) {
  return tparm(capability, first, second, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
}
// A terminfo flag: 1 when set, 0 when not (or not a flag).
static inline int byline_tigetflag(const char *name) {
  return tigetflag(name) == 1;
}
static inline int byline_has_cursor_addressing(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}
#endif
