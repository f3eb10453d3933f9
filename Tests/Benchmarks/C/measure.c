// measure REPORT COMMAND [ARGUMENT...]
//
// Runs COMMAND and writes what it cost to the file REPORT, one line:
//   <wall seconds> <user seconds> <system seconds> <peak RSS in KiB> <exit status or -signal>
// then exits as COMMAND did (128 + signal when a signal ended it).
//
// Why a launcher: bench.py is a Python process of ~25 MiB. On Linux a forked child starts with
// its parent's page tables, and exec records that high-water mark in the child's ru_maxrss, so
// measuring a small program straight from Python reports Python's size, not the program's (a
// 13 MiB generator read as 25 MiB). Python's fork + exec also adds milliseconds to a wall time
// of ~20 ms. This process is small, forks just before exec, and times only fork → wait4.
// It stays in the caller's process group, so killing the group ends the measured command too;
// wait4 on the child counts the child's own descendants (swiftc's frontend jobs) as well.

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval value) { return (double)value.tv_sec + (double)value.tv_usec / 1e6; }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure REPORT COMMAND [ARGUMENT...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "measure: cannot run %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double wall = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    int outcome = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    FILE *report = fopen(argv[1], "w");
    if (report == NULL) {
        perror("measure: report");
        return 2;
    }
    fprintf(report, "%.6f %.6f %.6f %ld %d\n", wall, seconds(usage.ru_utime), seconds(usage.ru_stime),
            usage.ru_maxrss, outcome);
    fclose(report);
    return outcome >= 0 ? outcome : 128 - outcome;
}
