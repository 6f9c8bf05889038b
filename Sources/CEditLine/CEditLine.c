#include "CEditLine.h"

#include <CLedeProcess.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static volatile sig_atomic_t sigint_flag = 0;

/* libedit reads every character through this. While el_gets runs, libedit's own handlers catch
   SIGTERM and SIGHUP, put the terminal back and re-send the signal with kill(0, ...): to the
   whole process group, the shell that started lede included. So each read first takes those two
   signals back (lede_install_termination ends lede alone). Then one UTF-8 character is read;
   bytes that are not UTF-8 are dropped. -1 after Ctrl-C makes el_gets return with count -1. */
static int lede_read_char(EditLine *el, wchar_t *out) {
    lede_install_termination();
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        char byte;
        ssize_t n = read(STDIN_FILENO, &byte, 1);
        if (n == 0) return 0;
        if (n < 0) {
            if (errno == EINTR) {
                if (sigint_flag) return -1;
                /* SIGWINCH or SIGCONT, handled by libedit: draw the line again. */
                el_set(el, EL_REFRESH);
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                int flags = fcntl(STDIN_FILENO, F_GETFL);
                if (flags >= 0 && fcntl(STDIN_FILENO, F_SETFL, flags & ~O_NONBLOCK) == 0) continue;
            }
            return -1;
        }
        bytes[count++] = byte;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        wchar_t character = 0;
        size_t used = mbrtowc(&character, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue;
        if (used == (size_t)-1 || used == (size_t)-2) {
            count = 0;
            continue;
        }
        *out = character;
        return 1;
    }
}

EditLine *lede_el_init(const char *program) {
    lede_save_terminal(STDIN_FILENO);
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (el) el_set(el, EL_GETCFN, lede_read_char);
    return el;
}
void lede_el_end(EditLine *el) { el_end(el); }
int lede_el_set_prompt(EditLine *el, lede_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
int lede_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int lede_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int lede_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int lede_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *lede_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
int lede_el_add_function(EditLine *el, const char *name, const char *help, lede_el_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int lede_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
int lede_el_source(EditLine *el, const char *path) { return el_source(el, path); }
const char *lede_el_gets(EditLine *el, int *count) { return el_gets(el, count); }
int lede_el_line(EditLine *el, char *buffer, int size, int *length) {
    const LineInfo *info = el_line(el);
    int n = (int)(info->lastchar - info->buffer);
    if (n > size - 1) n = size - 1;
    memcpy(buffer, info->buffer, (size_t)n);
    buffer[n] = 0;
    *length = n;
    return (int)(info->cursor - info->buffer);
}
int lede_el_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }
void lede_el_delete(EditLine *el, int count) { el_deletestr(el, count); }
void lede_el_reset(EditLine *el) { el_reset(el); }
void lede_el_resize(EditLine *el) { el_resize(el); }
int lede_el_terminal_width(EditLine *el) {
    int cols = 0;
    if (el_get(el, EL_GETTC, "co", &cols) != 0) return 80;
    return cols > 0 ? cols : 80;
}

History *lede_history_init(void) { return history_init(); }
void lede_history_end(History *h) { history_end(h); }
int lede_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
int lede_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
int lede_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
const char *lede_history_oldest(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) < 0 ? NULL : ev.str;
}
const char *lede_history_newer(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) < 0 ? NULL : ev.str;
}
int lede_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
int lede_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
int lede_history_save_fd(History *h, int fd) {
    /* A copy of the descriptor: closing the stream must not close the caller's. */
    int copy = dup(fd);
    if (copy < 0) return -1;
    FILE *stream = fdopen(copy, "w");
    if (!stream) {
        close(copy);
        return -1;
    }
    HistEvent ev;
    int saved = history(h, &ev, H_SAVE_FP, stream);
    if (fclose(stream) != 0) return -1;
    return saved;
}

static void on_sigint(int sig) {
    (void)sig;
    sigint_flag = 1;
}
void lede_install_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: el_gets must return */
    sigaction(SIGINT, &action, NULL);
    /* A parent may have started lede with SIGINT blocked; Ctrl-C must still reach us. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}
int lede_sigint_pending(void) { return sigint_flag != 0; }
void lede_sigint_clear(void) { sigint_flag = 0; }

int lede_setup_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") || setlocale(LC_CTYPE, "en_US.UTF-8")) return 1;
    return 0;
}
