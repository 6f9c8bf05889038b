#include "CLedeProcess.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define GROUP_SLOTS 512
static _Atomic pid_t groups[GROUP_SLOTS];

void lede_child_group_add(pid_t group) {
    for (int i = 0; i < GROUP_SLOTS; i++) {
        pid_t empty = 0;
        if (atomic_compare_exchange_strong(&groups[i], &empty, group)) return;
    }
    /* More than GROUP_SLOTS plugin processes at once: the extra ones are still stopped on a
       clean exit, only not on a signal. */
}

void lede_child_group_remove(pid_t group) {
    for (int i = 0; i < GROUP_SLOTS; i++) {
        pid_t expected = group;
        if (atomic_compare_exchange_strong(&groups[i], &expected, 0)) return;
    }
}

static struct termios saved_modes;
static volatile sig_atomic_t terminal_fd = -1;

void lede_save_terminal(int fd) {
    if (!isatty(fd) || tcgetattr(fd, &saved_modes) != 0) return;
    terminal_fd = fd;
}

static void on_termination(int sig) {
    for (int i = 0; i < GROUP_SLOTS; i++) {
        pid_t group = atomic_load(&groups[i]);
        if (group > 0) kill(-group, SIGKILL);
    }
    if (terminal_fd >= 0) tcsetattr(terminal_fd, TCSANOW, &saved_modes);
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

/* Per signal: -1 not looked at yet, 1 ignored when lede started (nohup), 0 ours to handle. */
static int started_ignored[2] = {-1, -1};

void lede_install_termination(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_termination;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 2; i++) {
        int sig = i == 0 ? SIGTERM : SIGHUP;
        if (started_ignored[i] < 0) {
            struct sigaction current;
            started_ignored[i] = sigaction(sig, NULL, &current) == 0 && current.sa_handler == SIG_IGN;
        }
        /* A signal lede was started with ignored stays ignored, whoever installed a handler since. */
        if (started_ignored[i]) {
            signal(sig, SIG_IGN);
            continue;
        }
        sigaction(sig, &action, NULL);
    }
}

int lede_child_ended(pid_t pid, int block, int *status) {
    siginfo_t info;
    memset(&info, 0, sizeof info);
    int options = WEXITED | WNOWAIT | (block ? 0 : WNOHANG);
    int result;
    do {
        result = waitid(P_PID, (id_t)pid, &info, options);
    } while (result < 0 && errno == EINTR);
    if (result < 0) return -1;
    if (info.si_pid != pid) return 0;
    if (info.si_code == CLD_EXITED) {
        *status = (info.si_status & 0xFF) << 8;
    } else {
        *status = info.si_status & 0x7F;
    }
    return 1;
}
