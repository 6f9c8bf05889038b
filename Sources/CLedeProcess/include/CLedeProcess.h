#ifndef CLEDEPROCESS_H
#define CLEDEPROCESS_H

#include <sys/types.h>

/* What must happen even when lede is ended by a signal: the plugins' process groups are ended
   with it, and the terminal gets back the modes it had when lede started. Everything here is
   async-signal-safe. */

/* The process groups of running plugins (each plugin leads its own group). */
void lede_child_group_add(pid_t group);
void lede_child_group_remove(pid_t group);

/* Remembers the modes of the terminal at `fd` (when it is one) to restore them on a signal. */
void lede_save_terminal(int fd);

/* SIGTERM and SIGHUP: end every registered plugin group, restore the saved terminal modes, then
   end lede alone by the same signal (never its process group). Safe to call again: the line
   editor calls it while it reads, because libedit installs handlers of its own that re-send the
   signal to the whole process group. */
void lede_install_termination(void);

/* Whether `pid` has ended, without reaping it (its pid, and so its process group id, stay
   reserved until `waitpid`): 1 ended, with a waitpid-style status in `status`; 0 running;
   -1 not a child. With `block` it waits for the end. */
int lede_child_ended(pid_t pid, int block, int *status);

#endif
