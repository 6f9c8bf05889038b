#ifndef CEDITLINE_H
#define CEDITLINE_H

#include <histedit.h>

/* Fixed-argument wrappers over libedit's variadic el_set/el_get/history, plus the SIGINT flag and
   locale set-up. lede_el_init also saves the terminal's modes and installs lede's own character
   reader (see CEditLine.c: it keeps SIGTERM and SIGHUP from reaching lede's process group). */

typedef char *(*lede_prompt_fn)(EditLine *);
typedef unsigned char (*lede_el_fn)(EditLine *, int);

EditLine *lede_el_init(const char *program);
void lede_el_end(EditLine *el);
int lede_el_set_prompt(EditLine *el, lede_prompt_fn fn);
int lede_el_set_editor(EditLine *el, const char *mode);
int lede_el_set_signal(EditLine *el, int on);
int lede_el_set_history(EditLine *el, History *h);
int lede_el_set_clientdata(EditLine *el, void *data);
void *lede_el_get_clientdata(EditLine *el);
int lede_el_add_function(EditLine *el, const char *name, const char *help, lede_el_fn fn);
int lede_el_bind(EditLine *el, const char *key, const char *command);
int lede_el_source(EditLine *el, const char *path);
const char *lede_el_gets(EditLine *el, int *count);
/* The line being edited: copies up to size-1 bytes into buffer; returns the cursor's byte offset. */
int lede_el_line(EditLine *el, char *buffer, int size, int *length);
int lede_el_insert(EditLine *el, const char *text);
void lede_el_delete(EditLine *el, int count);
void lede_el_reset(EditLine *el);
void lede_el_resize(EditLine *el);
int lede_el_terminal_width(EditLine *el);

History *lede_history_init(void);
void lede_history_end(History *h);
int lede_history_set_size(History *h, int size);
int lede_history_set_unique(History *h, int unique);
int lede_history_enter(History *h, const char *line);
int lede_history_load(History *h, const char *path);
/* Walks the history from its oldest entry: the oldest, then each newer one; NULL past the end.
   The text belongs to the history and is valid until it changes. */
const char *lede_history_oldest(History *h);
const char *lede_history_newer(History *h);
int lede_history_save(History *h, const char *path);
/* Saves the history to an open file (the caller keeps and closes `fd`); -1 on failure. */
int lede_history_save_fd(History *h, int fd);

/* SIGINT without SA_RESTART: sets a flag that el_gets and long commands observe. */
void lede_install_sigint(void);
int lede_sigint_pending(void);
void lede_sigint_clear(void);

/* setlocale(LC_CTYPE, ""), falling back to C.UTF-8 when the codeset is not UTF-8. Returns 1 when
   the resulting locale is UTF-8. */
int lede_setup_locale(void);

#endif
