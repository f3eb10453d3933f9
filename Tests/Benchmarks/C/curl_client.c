// The floor: the same work as the Swift clients, driving libcurl directly from C.
//
//   curl_client seq      URL COUNT           COUNT sequential POSTs on one keep-alive connection
//   curl_client inflight URL COUNT PARALLEL  COUNT POSTs, PARALLEL in flight (multi interface)
//   curl_client stream   URL                 one streaming response; per-event delay from the
//                                            server's stamp to its receipt, and CPU per event
//
// Prints one JSON object on stdout (the same keys as the Swift clients, see BenchSupport).
#define _GNU_SOURCE
#include <curl/curl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static const char request_body[] =
    "{\"model\":\"gpt-oss-120b\",\"input\":\"Say hello.\",\"max_output_tokens\":16}";

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static double cpu_s(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6 + (double)usage.ru_stime.tv_sec +
           (double)usage.ru_stime.tv_usec / 1e6;
}

typedef struct {
    size_t bytes;
} sink;

static size_t discard(char *data, size_t size, size_t n, void *user) {
    (void)data;
    ((sink *)user)->bytes += size * n;
    return size * n;
}

static struct curl_slist *headers(void) {
    struct curl_slist *list = NULL;
    list = curl_slist_append(list, "Content-Type: application/json");
    list = curl_slist_append(list, "Authorization: Bearer bench");
    return list;
}

static void setup_post(CURL *easy, const char *url, struct curl_slist *list, sink *s) {
    curl_easy_setopt(easy, CURLOPT_URL, url);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request_body);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, (long)(sizeof(request_body) - 1));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, s);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
}

static int run_seq(const char *url, long count) {
    CURL *easy = curl_easy_init();
    struct curl_slist *list = headers();
    sink s = {0};
    setup_post(easy, url, list, &s);
    double cpu0 = cpu_s(), t0 = now_s();
    for (long i = 0; i < count; i++) {
        CURLcode rc = curl_easy_perform(easy);
        if (rc != CURLE_OK) {
            fprintf(stderr, "curl: %s\n", curl_easy_strerror(rc));
            return 1;
        }
    }
    double elapsed = now_s() - t0, cpu = cpu_s() - cpu0;
    printf("{\"requests\":%ld,\"seconds\":%.6f,\"rps\":%.1f,\"cpu_us_per_request\":%.3f}\n", count, elapsed,
           (double)count / elapsed, cpu * 1e6 / (double)count);
    return 0;
}

static int run_inflight(const char *url, long count, int parallel) {
    CURLM *multi = curl_multi_init();
    struct curl_slist *list = headers();
    CURL **handles = calloc((size_t)parallel, sizeof(CURL *));
    sink *sinks = calloc((size_t)parallel, sizeof(sink));
    long started = 0, finished = 0;
    double cpu0 = cpu_s(), t0 = now_s();
    for (int i = 0; i < parallel && started < count; i++, started++) {
        handles[i] = curl_easy_init();
        setup_post(handles[i], url, list, &sinks[i]);
        curl_easy_setopt(handles[i], CURLOPT_PRIVATE, (void *)(intptr_t)i);
        curl_multi_add_handle(multi, handles[i]);
    }
    while (finished < count) {
        int running = 0;
        curl_multi_perform(multi, &running);
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(multi, &left))) {
            if (msg->msg != CURLMSG_DONE) continue;
            if (msg->data.result != CURLE_OK) {
                fprintf(stderr, "curl: %s\n", curl_easy_strerror(msg->data.result));
                return 1;
            }
            CURL *easy = msg->easy_handle;
            finished++;
            curl_multi_remove_handle(multi, easy);
            if (started < count) {
                started++;
                curl_multi_add_handle(multi, easy);  // same handle: reuses its connection
            }
        }
        if (finished < count) curl_multi_poll(multi, NULL, 0, 1000, NULL);
    }
    double elapsed = now_s() - t0, cpu = cpu_s() - cpu0;
    printf("{\"requests\":%ld,\"seconds\":%.6f,\"rps\":%.1f,\"cpu_us_per_request\":%.3f}\n", count, elapsed,
           (double)count / elapsed, cpu * 1e6 / (double)count);
    return 0;
}

// Streaming: find each event's end ("\n\n") and read the 19-digit stamp after `"item_id":"msg_`.
typedef struct {
    char pending[4096];
    size_t pending_len;
    uint64_t *delays;
    long events, capacity;
    size_t bytes;
} stream_state;

static const char marker[] = "\"item_id\":\"msg_";

static void on_event(stream_state *st, const char *event, size_t len, uint64_t received) {
    const char *m = memmem(event, len, marker, sizeof(marker) - 1);
    if (!m || (size_t)(event + len - m) < sizeof(marker) - 1 + 19) return;  // [DONE]
    uint64_t stamp = 0;
    for (const char *p = m + sizeof(marker) - 1, *e = p + 19; p < e; p++) stamp = stamp * 10 + (uint64_t)(*p - '0');
    if (st->events == st->capacity) {
        st->capacity = st->capacity ? st->capacity * 2 : 4096;
        st->delays = realloc(st->delays, (size_t)st->capacity * sizeof(uint64_t));
    }
    st->delays[st->events++] = received - stamp;
}

static size_t on_stream_data(char *data, size_t size, size_t n, void *user) {
    stream_state *st = user;
    size_t len = size * n;
    uint64_t received = now_ns();
    st->bytes += len;
    size_t start = 0;
    if (st->pending_len) {
        // Complete the event held over from the previous chunk.
        char *end = NULL;
        for (size_t i = 0; i < len; i++) {
            if (data[i] == '\n' && ((i > 0 && data[i - 1] == '\n') || (i == 0 && st->pending[st->pending_len - 1] == '\n'))) {
                end = data + i;
                break;
            }
        }
        size_t take = end ? (size_t)(end - data) + 1 : len;
        if (st->pending_len + take <= sizeof st->pending) {
            memcpy(st->pending + st->pending_len, data, take);
            st->pending_len += take;
        }
        if (!end) return len;
        on_event(st, st->pending, st->pending_len, received);
        st->pending_len = 0;
        start = take;
    }
    while (start < len) {
        char *end = memmem(data + start, len - start, "\n\n", 2);
        if (!end) {
            size_t rest = len - start;
            if (rest <= sizeof st->pending) {
                memcpy(st->pending, data + start, rest);
                st->pending_len = rest;
            }
            break;
        }
        on_event(st, data + start, (size_t)(end - (data + start)) + 2, received);
        start = (size_t)(end - data) + 2;
    }
    return len;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int run_stream(const char *url) {
    CURL *easy = curl_easy_init();
    struct curl_slist *list = headers();
    list = curl_slist_append(list, "Accept: text/event-stream");
    stream_state st = {0};
    sink unused = {0};
    setup_post(easy, url, list, &unused);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_stream_data);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &st);
    double cpu0 = cpu_s(), t0 = now_s();
    CURLcode rc = curl_easy_perform(easy);
    double elapsed = now_s() - t0, cpu = cpu_s() - cpu0;
    if (rc != CURLE_OK) {
        fprintf(stderr, "curl: %s\n", curl_easy_strerror(rc));
        return 1;
    }
    qsort(st.delays, (size_t)st.events, sizeof(uint64_t), cmp_u64);
    double p50 = st.events ? (double)st.delays[st.events / 2] / 1000.0 : 0;
    double p99 = st.events ? (double)st.delays[(st.events * 99) / 100] / 1000.0 : 0;
    printf("{\"events\":%ld,\"bytes\":%zu,\"seconds\":%.6f,\"events_per_s\":%.1f,\"p50_us\":%.2f,\"p99_us\":%.2f,"
           "\"cpu_us_per_event\":%.4f}\n",
           st.events, st.bytes, elapsed, (double)st.events / elapsed, p50, p99, cpu * 1e6 / (double)st.events);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: curl_client seq|inflight|stream URL [COUNT [PARALLEL]]\n");
        return 2;
    }
    curl_global_init(CURL_GLOBAL_ALL);
    const char *mode = argv[1], *url = argv[2];
    if (strcmp(mode, "seq") == 0) return run_seq(url, atol(argv[3]));
    if (strcmp(mode, "inflight") == 0) return run_inflight(url, atol(argv[3]), atoi(argv[4]));
    if (strcmp(mode, "stream") == 0) return run_stream(url);
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
}
