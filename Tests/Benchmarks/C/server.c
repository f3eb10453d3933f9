// The benchmarks' HTTP/1.1 server: loopback only, keep-alive, one epoll thread for plain requests
// and one thread per streaming response (so event gaps are timed with clock_nanosleep, not epoll's
// millisecond timeout).
//
//   server [PORT]      listens on 127.0.0.1:PORT (0 or none: any free port), prints the port, and
//                      serves until stdin closes or SIGTERM
//
// Routes (any method; a request body is read by Content-Length and ignored):
//   .../stream/COUNT/GAP_US/...  a text/event-stream (chunked) of COUNT `response.output_text.delta`
//                                events, GAP_US microseconds apart; each event's item_id is
//                                "msg_" + 19 digits of CLOCK_MONOTONIC ns taken right before its
//                                write. GAP_US 0 sends the events back to back in 64 KB writes
//                                (stamps are then those of the write). Ends with
//                                `response.completed` and `data: [DONE]`.
//   /stats                       {"accepted":N}: connections accepted so far (this one included)
//   anything else                200, a 4xx-free small JSON body (a completed Response)
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char small_body[] =
    "{\"id\":\"resp_bench\",\"object\":\"response\",\"created_at\":1775856350,\"status\":\"completed\","
    "\"model\":\"gpt-oss-120b\",\"output\":[{\"id\":\"msg_bench\",\"type\":\"message\",\"role\":\"assistant\","
    "\"status\":\"completed\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hello!\",\"annotations\":[]}]}],"
    "\"usage\":{\"input_tokens\":12,\"output_tokens\":3,\"total_tokens\":15,"
    "\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens_details\":{\"reasoning_tokens\":0}}}";

static atomic_long accepted;
static int epoll_fd;

typedef struct {
    int fd;
    char *in;
    size_t in_len, in_cap;
    char *out;  // unsent response bytes
    size_t out_len, out_off;
    int streaming;
} conn;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void set_nonblocking(int fd, int on) {
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK));
}

static void close_conn(conn *c) {
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    free(c->in);
    free(c->out);
    free(c);
}

// Blocking write of everything (streaming threads only).
static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static const char event_head[] = "event: response.output_text.delta\ndata: {\"item_id\":\"msg_";
// 19 digits of stamp follow, then:
static const char event_tail_fmt[] =
    "\",\"type\":\"response.output_text.delta\",\"sequence_number\":%ld,\"output_index\":0,"
    "\"content_index\":0,\"delta\":\" token\",\"logprobs\":[]}\n\n";

// Formats one event (without chunk framing) into buf; returns its length.
static size_t format_event(char *buf, uint64_t stamp, long seq) {
    size_t n = sizeof(event_head) - 1;
    memcpy(buf, event_head, n);
    n += (size_t)sprintf(buf + n, "%019llu", (unsigned long long)stamp);
    n += (size_t)sprintf(buf + n, event_tail_fmt, seq);
    return n;
}

typedef struct {
    conn *c;
    long count;
    long gap_us;
} stream_job;

static void *stream_thread(void *arg) {
    stream_job *job = arg;
    conn *c = job->c;
    int fd = c->fd;
    set_nonblocking(fd, 0);
    static const char head[] =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        "Transfer-Encoding: chunked\r\n\r\n";
    int ok = write_all(fd, head, sizeof(head) - 1) == 0;
    char event[512];
    if (job->gap_us > 0) {
        struct timespec next;
        clock_gettime(CLOCK_MONOTONIC, &next);
        for (long i = 0; ok && i < job->count; i++) {
            next.tv_nsec += job->gap_us * 1000;
            while (next.tv_nsec >= 1000000000) { next.tv_nsec -= 1000000000; next.tv_sec++; }
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
            char framed[600];
            size_t n = format_event(event, now_ns(), i);
            int h = sprintf(framed, "%zx\r\n", n);
            memcpy(framed + h, event, n);
            memcpy(framed + h + n, "\r\n", 2);
            ok = write_all(fd, framed, (size_t)h + n + 2) == 0;
        }
    } else {
        // Back to back: pack events into ~64 KB chunks.
        size_t cap = 70000;
        char *chunk = malloc(cap + 32);
        long i = 0;
        while (ok && i < job->count) {
            size_t len = 16;  // room for the chunk-size line, filled in below
            uint64_t stamp = now_ns();
            while (i < job->count && len + 512 < cap) len += format_event(chunk + len, stamp, i++);
            int h = sprintf(event, "%zx\r\n", len - 16);
            memcpy(chunk + 16 - h, event, (size_t)h);
            memcpy(chunk + len, "\r\n", 2);
            ok = write_all(fd, chunk + 16 - h, len - 16 + (size_t)h + 2) == 0;
        }
        free(chunk);
    }
    // A complete stream ends with its terminal event (the typed clients treat an earlier end as
    // an error), then the sentinel some servers add.
    char done[512];
    int n = sprintf(done,
                    "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":%ld,"
                    "\"response\":{\"id\":\"resp_bench\",\"object\":\"response\",\"created_at\":0,"
                    "\"status\":\"completed\",\"model\":\"gpt-oss-120b\",\"output\":[],\"usage\":null}}\n\n"
                    "data: [DONE]\n\n",
                    job->count);
    char tail[600];
    int h = sprintf(tail, "%x\r\n%s\r\n0\r\n\r\n", n, done);
    if (ok) ok = write_all(fd, tail, (size_t)h) == 0;
    free(job);
    if (!ok) {
        close(fd);
        free(c->in);
        free(c->out);
        free(c);
        return NULL;
    }
    // Back to the event loop for the next request on this connection.
    set_nonblocking(fd, 1);
    c->streaming = 0;
    c->in_len = 0;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLRDHUP, .data.ptr = c};
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &ev);
    return NULL;
}

static int flush_out(conn *c) {
    while (c->out_off < c->out_len) {
        ssize_t w = write(c->fd, c->out + c->out_off, c->out_len - c->out_off);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) {
                struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP, .data.ptr = c};
                epoll_ctl(epoll_fd, EPOLL_CTL_MOD, c->fd, &ev);
                return 0;
            }
            return -1;
        }
        c->out_off += (size_t)w;
    }
    c->out_len = c->out_off = 0;
    return 0;
}

static void queue(conn *c, const char *p, size_t n) {
    c->out = realloc(c->out, c->out_len + n);
    memcpy(c->out + c->out_len, p, n);
    c->out_len += n;
}

// Handles every complete request in c->in; returns -1 to close, 1 if handed to a stream thread.
static int handle_requests(conn *c) {
    for (;;) {
        char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
        if (!end) return 0;
        size_t head_len = (size_t)(end - c->in) + 4;
        size_t body_len = 0;
        // Content-Length, case-insensitively.
        for (char *p = c->in; p < end; p++) {
            if ((p == c->in || p[-1] == '\n') && strncasecmp(p, "content-length:", 15) == 0) {
                body_len = strtoul(p + 15, NULL, 10);
                break;
            }
        }
        if (c->in_len < head_len + body_len) return 0;
        char *line_end = memchr(c->in, '\r', head_len);
        char *path = memchr(c->in, ' ', (size_t)(line_end - c->in));
        if (!path) return -1;
        path++;
        char *path_end = memchr(path, ' ', (size_t)(line_end - path));
        if (!path_end) return -1;
        *path_end = 0;
        int close_after = 0;
        for (char *p = c->in; p < end; p++) {
            if ((p == c->in || p[-1] == '\n') && strncasecmp(p, "connection: close", 17) == 0) close_after = 1;
        }
        char *stream = strstr(path, "/stream/");
        size_t consumed = head_len + body_len;
        if (stream) {
            long count = 0, gap = 0;
            sscanf(stream, "/stream/%ld/%ld", &count, &gap);
            memmove(c->in, c->in + consumed, c->in_len - consumed);
            c->in_len -= consumed;
            if (flush_out(c) < 0) return -1;
            epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c->fd, NULL);
            c->streaming = 1;
            stream_job *job = malloc(sizeof *job);
            *job = (stream_job){c, count, gap};
            pthread_t thread;
            pthread_attr_t attr;
            pthread_attr_init(&attr);
            pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
            pthread_create(&thread, &attr, stream_thread, job);
            pthread_attr_destroy(&attr);
            return 1;
        }
        char response[1024];
        const char *body = small_body;
        char stats[64];
        if (strcmp(path, "/stats") == 0) {
            snprintf(stats, sizeof stats, "{\"accepted\":%ld}", atomic_load(&accepted));
            body = stats;
        }
        int n = snprintf(response, sizeof response,
                         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n%s\r\n%s",
                         strlen(body), close_after ? "Connection: close\r\n" : "", body);
        queue(c, response, (size_t)n);
        memmove(c->in, c->in + consumed, c->in_len - consumed);
        c->in_len -= consumed;
        if (close_after) {
            flush_out(c);
            return -1;
        }
    }
}

static void *stdin_watch(void *arg) {
    (void)arg;
    char b[64];
    while (read(0, b, sizeof b) > 0) {}
    exit(0);
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    int port = argc > 1 ? atoi(argv[1]) : 0;
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(listener, 1024) < 0) {
        perror("server: bind/listen");
        return 1;
    }
    socklen_t len = sizeof addr;
    getsockname(listener, (struct sockaddr *)&addr, &len);
    printf("%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    pthread_t watcher;
    pthread_create(&watcher, NULL, stdin_watch, NULL);

    set_nonblocking(listener, 1);
    epoll_fd = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, listener, &ev);
    struct epoll_event events[256];
    for (;;) {
        int n = epoll_wait(epoll_fd, events, 256, -1);
        for (int i = 0; i < n; i++) {
            conn *c = events[i].data.ptr;
            if (!c) {
                int fd;
                while ((fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    atomic_fetch_add(&accepted, 1);
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    conn *nc = calloc(1, sizeof *nc);
                    nc->fd = fd;
                    nc->in_cap = 16384;
                    nc->in = malloc(nc->in_cap);
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP, .data.ptr = nc};
                    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, fd, &cev);
                }
                continue;
            }
            if (c->streaming) continue;
            if (events[i].events & EPOLLOUT) {
                if (flush_out(c) < 0) { close_conn(c); continue; }
                if (c->out_len == 0) {
                    struct epoll_event mev = {.events = EPOLLIN | EPOLLRDHUP, .data.ptr = c};
                    epoll_ctl(epoll_fd, EPOLL_CTL_MOD, c->fd, &mev);
                }
            }
            if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
                int closed = 0;
                for (;;) {
                    if (c->in_len == c->in_cap) {
                        c->in_cap *= 2;
                        c->in = realloc(c->in, c->in_cap);
                    }
                    ssize_t r = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
                    if (r > 0) {
                        c->in_len += (size_t)r;
                        continue;
                    }
                    if (r == 0) closed = 1;
                    else if (errno != EAGAIN && errno != EINTR) closed = 1;
                    break;
                }
                int result = handle_requests(c);
                if (result == 1) continue;  // a stream thread owns the connection now
                if (result < 0) { close_conn(c); continue; }
                if (flush_out(c) < 0 || closed) { close_conn(c); continue; }
            }
        }
    }
}
