/*
 * mmscope live: the runtime every generated program is built from (LiveProgram inserts the scenario's
 * tables at the TABLES marker). One coordinator process drives one worker process per scenario process
 * through pipes, one step at a time, in the scenario's order; after every step each live worker reports
 * its own pages (from /proc/self/pagemap, /proc/kpageflags, /proc/kpagecount and its own loads) and what
 * the "devices" see. Devices are io_uring rings with registered buffers (FOLL_PIN|FOLL_LONGTERM; the
 * kernel's READ_FIXED/WRITE_FIXED act as DMA) and pipes holding vmsplice()d pages (FOLL_GET).
 *
 * Output lines (stdout, one write() each):
 *   READY
 *   S <step> <result> <ns>                 result: 0 ok, errno, 1000 SIGSEGV, 1001 SIGBUS
 *   P <step> <proc> <var> <page> <p|s|n> <pfn hex> <kpageflags hex> <kpagecount> <content hex|->
 *   D <step> <handle> <page> <content hex|!errno>
 *   X <message>                            a problem of the host (exit status 3)
 *   END
 * Only memory this program maps and files in the folder given as argv[1] are touched. A swap file is
 * set up only when argv[2] is "swapfile", and removed at exit (also on SIGINT/SIGTERM/SIGHUP).
 * Scenario strings are byte arrays in the tables: nothing from the scenario is ever a format string.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <linux/io_uring.h>

#define PS 4096L
#define CONTENT_MAX 256
#define R_SIGSEGV 1000
#define R_SIGBUS 1001
#define R_CHILD (-2)

enum op {
    OP_NOP, OP_MMAP_ANON, OP_MMAP_FILE, OP_MUNMAP, OP_WRITE, OP_READ, OP_MLOCK, OP_MUNLOCK, OP_MPROTECT,
    OP_MADVISE, OP_FORK, OP_EXIT, OP_GUP_GET, OP_PIN, OP_PUT_PAGE, OP_UNPIN, OP_DMA_WRITE, OP_DMA_READ,
    OP_PAGEOUT_ALL
};
enum handle_kind { H_NONE, H_GET, H_PIN };

struct step {
    int op, actor, var;
    long from, to;      /* pages, inclusive; for mmap: from = number of pages, to = the engine's first page mod 16 */
    int arg;            /* prot bits / madvise advice / child process / file / write flag */
    int handle, text, shared;
};
struct text {
    const unsigned char *bytes;
    size_t len;
};

/*@TABLES@*/

struct ring {
    int fd;
    unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
    struct io_uring_sqe *sqes;
    struct io_uring_cqe *cqes;
};
struct handle {
    int kind;
    pid_t owner;
    long n;
    struct iovec *iov;
    struct ring ring;
    int (*pipes)[2];
};

static int me = -1;
static pid_t coordinator;
static char *base[NVAR ? NVAR : 1];
static long npages[NVAR ? NVAR : 1];
static unsigned char *prot[NVAR ? NVAR : 1];
static struct handle handles[NHANDLE ? NHANDLE : 1];
static int cmd_fd[NPROC][2], rep_fd[NPROC][2];
static pid_t pids[NPROC];
static int live[NPROC];
static int file_fd[NFILE ? NFILE : 1];
static int data_fd = -1, scratch_fd = -1, pagemap_fd = -1, kflags_fd = -1, kcount_fd = -1;
static char dir[3072], swap_path[4096];
static int swap_on;
static sigjmp_buf fault_jmp;
static volatile sig_atomic_t fault_sig;

struct cmd {
    int32_t kind, step;
};
struct reply {
    int32_t result, pid;
    int64_t ns;
};
enum { C_STEP = 1, C_OBSERVE, C_QUIT, C_PAGEOUT };

static void out(const char *fmt, ...) {
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > (int) sizeof buf - 1) {
        n = sizeof buf - 1;
    }
    for (int off = 0; off < n;) {
        ssize_t w = write(1, buf + off, n - off);
        if (w <= 0) {
            if (errno == EINTR) continue;
            _exit(4);
        }
        off += w;
    }
}

static void hex(char *dst, const unsigned char *src, size_t n) {
    static const char digits[] = "0123456789abcdef";
    if (n == 0) {
        strcpy(dst, "-0");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        dst[2 * i] = digits[src[i] >> 4];
        dst[2 * i + 1] = digits[src[i] & 15];
    }
    dst[2 * n] = 0;
}

static void fail_host(const char *what) {
    out("X %s: %s\n", what, strerror(errno));
    exit(3);
}

static void read_full(int fd, void *p, size_t n) {
    for (size_t off = 0; off < n;) {
        ssize_t r = read(fd, (char *) p + off, n - off);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) _exit(5); /* the other side is gone */
        off += r;
    }
}

static void write_full(int fd, const void *p, size_t n) {
    if (write(fd, p, n) != (ssize_t) n) _exit(5);
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t) t.tv_sec * 1000000000 + t.tv_nsec;
}

/* ---- swap file (only with argv[2] = swapfile) ---- */

static void swap_cleanup(void) {
    if (swap_on && getpid() == coordinator) {
        swap_on = 0;
        if (swapoff(swap_path) != 0) out("X swapoff %s: %s\n", swap_path, strerror(errno));
        unlink(swap_path);
    }
}

static void on_signal(int sig) {
    swap_cleanup();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void swap_setup(void) {
    const long pages = 16384; /* 64 MiB */
    snprintf(swap_path, sizeof swap_path, "%s/swapfile", dir);
    int fd = open(swap_path, O_CREAT | O_RDWR | O_EXCL, 0600);
    if (fd < 0) fail_host("creating the swap file");
    static unsigned char zero[1 << 16];
    for (long off = 0; off < pages * PS; off += sizeof zero) {
        if (write(fd, zero, sizeof zero) != (ssize_t) sizeof zero) fail_host("writing the swap file");
    }
    unsigned char header[PS];
    memset(header, 0, sizeof header);
    uint32_t version = 1, last_page = pages - 1; /* include/linux/swap.h: union swap_header */
    memcpy(header + 1024, &version, 4);
    memcpy(header + 1028, &last_page, 4);
    memcpy(header + PS - 10, "SWAPSPACE2", 10);
    if (pwrite(fd, header, PS, 0) != PS || fsync(fd) != 0) fail_host("writing the swap header");
    close(fd);
    if (swapon(swap_path, 0) != 0) {
        int e = errno;
        unlink(swap_path);
        errno = e;
        fail_host("swapon");
    }
    swap_on = 1;
    atexit(swap_cleanup);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
}

/* ---- io_uring without liburing: one ring per pin handle ---- */

static int ring_init(struct ring *r) {
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    r->fd = syscall(__NR_io_uring_setup, 4, &p);
    if (r->fd < 0) return errno;
    size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    if (p.features & IORING_FEAT_SINGLE_MMAP) {
        sq_len = cq_len = sq_len > cq_len ? sq_len : cq_len;
    }
    char *sq = mmap(0, sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQ_RING);
    if (sq == MAP_FAILED) return errno;
    char *cq = sq;
    if (!(p.features & IORING_FEAT_SINGLE_MMAP)) {
        cq = mmap(0, cq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_CQ_RING);
        if (cq == MAP_FAILED) return errno;
    }
    r->sqes = mmap(0, p.sq_entries * sizeof(struct io_uring_sqe), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
                   r->fd, IORING_OFF_SQES);
    if (r->sqes == MAP_FAILED) return errno;
    r->sq_tail = (unsigned *) (sq + p.sq_off.tail);
    r->sq_mask = (unsigned *) (sq + p.sq_off.ring_mask);
    r->sq_array = (unsigned *) (sq + p.sq_off.array);
    r->cq_head = (unsigned *) (cq + p.cq_off.head);
    r->cq_tail = (unsigned *) (cq + p.cq_off.tail);
    r->cq_mask = (unsigned *) (cq + p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *) (cq + p.cq_off.cqes);
    return 0;
}

/* One fixed-buffer transfer, waited for; returns the CQE's result (bytes or -errno). */
static int ring_rw(struct ring *r, int opcode, int fd, void *addr, unsigned len, int buf_index) {
    unsigned tail = *r->sq_tail, idx = tail & *r->sq_mask;
    struct io_uring_sqe *sqe = &r->sqes[idx];
    memset(sqe, 0, sizeof *sqe);
    sqe->opcode = opcode;
    sqe->fd = fd;
    sqe->addr = (uintptr_t) addr;
    sqe->len = len;
    sqe->off = 0;
    sqe->buf_index = buf_index;
    r->sq_array[idx] = idx;
    __atomic_store_n(r->sq_tail, tail + 1, __ATOMIC_RELEASE);
    int submit = 1;
    for (;;) {
        unsigned head = __atomic_load_n(r->cq_head, __ATOMIC_ACQUIRE);
        if (head != __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE)) {
            int res = r->cqes[head & *r->cq_mask].res;
            __atomic_store_n(r->cq_head, head + 1, __ATOMIC_RELEASE);
            return res;
        }
        if (syscall(__NR_io_uring_enter, r->fd, submit, 1, IORING_ENTER_GETEVENTS, NULL, 0) < 0 && errno != EINTR) {
            return -errno;
        }
        submit = 0;
    }
}

/* ---- the steps, run by the worker of the step's actor ---- */

static void on_fault(int sig) {
    fault_sig = sig;
    siglongjmp(fault_jmp, 1);
}

static char *page(int var, long i) {
    return base[var] + i * PS;
}

static int set_prot(int var, long from, long to, int p) {
    for (long i = from; i <= to; i++) prot[var][i] = p;
    return 0;
}

#define WINDOW 16 /* mm/memory.c fault_around_bytes: 64 KiB of PTEs, aligned in the address space */

/*
 * A new mapping placed as the engine places it (ProcessOps.mmap): at the page offset s->to within a 64 KiB
 * block, which decides the fault-around window (do_fault_around aligns it in the address space, and ASLR would
 * otherwise make it random), and with a free page on either side: the engine keeps a guard page between
 * mappings, so its VMAs never merge (vma_merge / vma_expand would merge adjacent compatible ones here).
 * A file grows to the mapping's size, as the engine's file does (LANGUAGE.md: the file exists with that size).
 */
static int do_mmap(const struct step *s, int fd) {
    int flags = (s->shared ? MAP_SHARED : MAP_PRIVATE) | (fd < 0 ? MAP_ANONYMOUS : 0);
    long n = s->from, span = n + WINDOW + 2;
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size < n * PS && ftruncate(fd, n * PS) != 0) return errno;
    char *r = mmap(NULL, span * PS, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (r == MAP_FAILED) return errno;
    uintptr_t first = (uintptr_t) r / PS + 1;
    uintptr_t at = first + (uintptr_t) (((s->to - (long) (first % WINDOW)) % WINDOW + WINDOW) % WINDOW);
    void *p = mmap((void *) (at * PS), n * PS, s->arg, flags | MAP_FIXED, fd, 0);
    if (p == MAP_FAILED) {
        int e = errno;
        munmap(r, span * PS);
        return e;
    }
    munmap(r, (at - (first - 1)) * PS);
    munmap((char *) p + n * PS, (first - 1 + span - at - n) * PS);
    base[s->var] = p;
    npages[s->var] = s->from;
    free(prot[s->var]);
    prot[s->var] = malloc(s->from);
    return set_prot(s->var, 0, s->from - 1, s->arg);
}

/*
 * In a fork child: the pages of the parent's names that the child did not inherit (MADV_DONTFORK) are held by a
 * PROT_NONE mapping, so that no later mmap or io_uring ring of the child lands there and a name never comes to
 * mean another mapping (the translator refuses steps on those pages; they are observed as absent).
 */
static void reserve_uninherited(void) {
    unsigned char vec;
    for (int v = 0; v < NVAR; v++) {
        for (long i = 0; base[v] && i < npages[v]; i++) {
            if (mincore(page(v, i), PS, &vec) == 0 || errno != ENOMEM) continue;
            if (mmap(page(v, i), PS, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0) == MAP_FAILED)
                fail_host("reserving a page the fork child did not inherit");
            prot[v][i] = 0;
        }
    }
}

static int do_pin(const struct step *s) {
    struct handle *h = &handles[s->handle];
    long n = s->to - s->from + 1;
    h->iov = calloc(n, sizeof *h->iov);
    for (long i = 0; i < n; i++) {
        h->iov[i].iov_base = page(s->var, s->from + i);
        h->iov[i].iov_len = PS;
    }
    int e = ring_init(&h->ring);
    if (e) return e;
    /* io_uring/rsrc.c io_sqe_buffers_register → io_pin_pages: pin_user_pages_fast(FOLL_WRITE | FOLL_LONGTERM) */
    if (syscall(__NR_io_uring_register, h->ring.fd, IORING_REGISTER_BUFFERS, h->iov, (unsigned) n) != 0) {
        e = errno;
        close(h->ring.fd);
        return e;
    }
    h->kind = H_PIN;
    h->owner = getpid();
    h->n = n;
    return 0;
}

static void close_pipes(int (*pipes)[2], long n) {
    for (long i = 0; i < n; i++) {
        close(pipes[i][0]);
        close(pipes[i][1]);
    }
}

static int do_get(const struct step *s) {
    struct handle *h = &handles[s->handle];
    long n = s->to - s->from + 1;
    h->pipes = calloc(n, sizeof *h->pipes);
    for (long i = 0; i < n; i++) {
        char *a = page(s->var, s->from + i);
        /* mm/gup.c check_vma_flags: FOLL_WRITE on a VMA without VM_WRITE is EFAULT (no store: it would SIGSEGV);
           a failing GUP gives back what it took, as the engine's does */
        if (s->arg && !(prot[s->var][s->from + i] & PROT_WRITE)) {
            close_pipes(h->pipes, i);
            return EFAULT;
        }
        if (s->arg) __atomic_fetch_or(a, 0, __ATOMIC_RELAXED); /* FOLL_WRITE: a write fault first, as GUP takes it */
        if (pipe(h->pipes[i]) != 0) {
            int e = errno;
            close_pipes(h->pipes, i);
            return e;
        }
        struct iovec v = {a, PS};
        /* fs/splice.c vmsplice_to_pipe → iov_iter_get_pages2: a FOLL_GET reference held by the pipe */
        if (vmsplice(h->pipes[i][1], &v, 1, 0) != PS) {
            int e = errno;
            close_pipes(h->pipes, i + 1);
            return e;
        }
    }
    h->kind = H_GET;
    h->owner = getpid();
    h->n = n;
    return 0;
}

static int do_release(const struct step *s) {
    struct handle *h = &handles[s->handle];
    if (h->kind == H_PIN) {
        syscall(__NR_io_uring_register, h->ring.fd, IORING_UNREGISTER_BUFFERS, NULL, 0);
        close(h->ring.fd);
    } else if (h->kind == H_GET) {
        close_pipes(h->pipes, h->n);
    }
    h->kind = H_NONE;
    return 0;
}

static int do_dma_write(const struct step *s) {
    struct handle *h = &handles[s->handle];
    const struct text *t = &texts[s->text];
    if (t->len == 0) return 0;
    if (pwrite(data_fd, t->bytes, t->len, 0) != (ssize_t) t->len) return errno;
    for (long i = s->from; i <= s->to; i++) {
        int r = ring_rw(&h->ring, IORING_OP_READ_FIXED, data_fd, h->iov[i].iov_base, t->len, i);
        if (r < 0) return -r;
    }
    return 0;
}

/* What the device sees at page i of a handle, into buf; returns bytes or -errno. */
static int device_sees(struct handle *h, long i, unsigned char *buf) {
    if (h->kind == H_PIN) {
        int r = ring_rw(&h->ring, IORING_OP_WRITE_FIXED, scratch_fd, h->iov[i].iov_base, PS, i);
        if (r < 0) return r;
        return pread(scratch_fd, buf, CONTENT_MAX, 0) < 0 ? -errno : CONTENT_MAX;
    }
    int t[2];
    if (pipe(t) != 0) return -errno;
    ssize_t n = tee(h->pipes[i][0], t[1], PS, SPLICE_F_NONBLOCK); /* duplicates the buffer, keeps the reference */
    int r = n < 0 ? -errno : (int) read(t[0], buf, CONTENT_MAX);
    close(t[0]);
    close(t[1]);
    return r;
}

static int do_dma_read(const struct step *s) {
    unsigned char buf[CONTENT_MAX];
    for (long i = s->from; i <= s->to; i++) {
        int r = device_sees(&handles[s->handle], i, buf);
        if (r < 0) return -r;
    }
    return 0;
}

static int pageout_all(void) {
    for (int v = 0; v < NVAR; v++) {
        for (long i = 0; base[v] && i < npages[v]; i++) {
            madvise(page(v, i), PS, MADV_PAGEOUT); /* a locked VMA answers EINVAL: reclaim skips it too */
        }
    }
    return 0;
}

static int run_step(const struct step *s) {
    int handle_op = s->op == OP_PUT_PAGE || s->op == OP_UNPIN || s->op == OP_DMA_WRITE || s->op == OP_DMA_READ;
    if (handle_op && handles[s->handle].kind == H_NONE) {
        return EINVAL; /* the GUP that should have made the handle failed: like the engine's "no handle" */
    }
    switch (s->op) {
    case OP_NOP:
        return 0;
    case OP_MMAP_ANON:
        return do_mmap(s, -1);
    case OP_MMAP_FILE:
        return do_mmap(s, file_fd[s->handle]);
    case OP_MUNMAP:
        if (munmap(base[s->var], npages[s->var] * PS) != 0) return errno;
        base[s->var] = NULL;
        return 0;
    case OP_WRITE:
        for (long i = s->from; i <= s->to; i++) {
            __atomic_fetch_or(page(s->var, i), 0, __ATOMIC_RELAXED); /* a write fault even for "" */
            memcpy(page(s->var, i), texts[s->text].bytes, texts[s->text].len);
        }
        return 0;
    case OP_READ:
        for (long i = s->from; i <= s->to; i++) (void) *(volatile char *) page(s->var, i);
        return 0;
    case OP_MLOCK:
        return mlock(page(s->var, s->from), (s->to - s->from + 1) * PS) ? errno : 0;
    case OP_MUNLOCK:
        return munlock(page(s->var, s->from), (s->to - s->from + 1) * PS) ? errno : 0;
    case OP_MPROTECT:
        if (mprotect(page(s->var, s->from), (s->to - s->from + 1) * PS, s->arg) != 0) return errno;
        return set_prot(s->var, s->from, s->to, s->arg);
    case OP_MADVISE:
        return madvise(page(s->var, s->from), (s->to - s->from + 1) * PS, s->arg) ? errno : 0;
    case OP_GUP_GET:
        return do_get(s);
    case OP_PIN:
        return do_pin(s);
    case OP_PUT_PAGE:
    case OP_UNPIN:
        return do_release(s);
    case OP_DMA_WRITE:
        return do_dma_write(s);
    case OP_DMA_READ:
        return do_dma_read(s);
    case OP_PAGEOUT_ALL:
        return pageout_all();
    }
    return EINVAL;
}

static int run_guarded(const struct step *s) {
    if (sigsetjmp(fault_jmp, 1)) {
        return fault_sig == SIGBUS ? R_SIGBUS : R_SIGSEGV;
    }
    return run_step(s);
}

/* ---- observation: every page of every mapping this process has, and what its devices see ---- */

static uint64_t pread64at(int fd, uint64_t index) {
    uint64_t v = 0;
    if (pread(fd, &v, 8, index * 8) != 8) return ~0ULL;
    return v;
}

static void observe(int step) {
    char content[2 * CONTENT_MAX + 3];
    for (int v = 0; v < NVAR; v++) {
        for (long i = 0; base[v] && i < npages[v]; i++) {
            char *a = page(v, i);
            uint64_t e = pread64at(pagemap_fd, (uintptr_t) a / PS);
            char state = e >> 63 & 1 ? 'p' : e >> 62 & 1 ? 's' : 'n';
            uint64_t pfn = 0, flags = 0, count = 0;
            strcpy(content, "-");
            if (state == 'p') {
                pfn = e & ((1ULL << 55) - 1);
                flags = pread64at(kflags_fd, pfn);
                count = pread64at(kcount_fd, pfn);
                if (prot[v][i] & (PROT_READ | PROT_WRITE)) {
                    hex(content, (const unsigned char *) a, strnlen(a, CONTENT_MAX));
                }
            }
            out("P %d %d %d %ld %c %llx %llx %lld %s\n", step, me, v, i, state, (unsigned long long) pfn,
                (unsigned long long) flags, (long long) count, content);
        }
    }
    for (int h = 0; h < NHANDLE; h++) {
        struct handle *d = &handles[h];
        if (d->kind == H_NONE || d->owner != getpid()) continue;
        for (long i = 0; i < d->n; i++) {
            unsigned char buf[CONTENT_MAX];
            int r = device_sees(d, i, buf);
            if (r < 0) {
                out("D %d %d %ld !%d\n", step, h, i, -r);
            } else {
                hex(content, buf, strnlen((const char *) buf, r));
                out("D %d %d %ld %s\n", step, h, i, content);
            }
        }
    }
}

/* ---- processes ---- */

/* /proc/self/pagemap opened by this process: an inherited descriptor would show the parent's mm */
static void open_pagemap(void) {
    if (pagemap_fd >= 0) close(pagemap_fd);
    pagemap_fd = open("/proc/self/pagemap", O_RDONLY);
    if (pagemap_fd < 0) fail_host("opening /proc/self/pagemap");
}

/*
 * Before every step, the folio batches of every CPU are drained (mm/swap.c lru_add_drain_all: the LRU batches and
 * the mlock batch). A batch holds a folio reference until it is drained, and wp_can_reuse_anon_folio (mm/memory.c)
 * drains only this CPU's, only for a folio that is not on an LRU list ("We cannot easily detect+handle references
 * from remote LRU caches"): a page whose swap write completed on the other CPU sits in that CPU's lru_rotate batch
 * (folio_rotate_reclaimable), and a write to it then copied or reused depending on when that batch happened to be
 * drained. User space gets the drain from posix_fadvise(POSIX_FADV_DONTNEED) on a page it keeps mapped
 * (mm/fadvise.c generic_fadvise: mapping_try_invalidate fails on the mapped folio, so lru_add_drain_all()).
 * The engine, whose steps are atomic, has no batches.
 */
static int drain_fd = -1;

static void drain_cpu_batches(void) {
    if (drain_fd >= 0) posix_fadvise(drain_fd, 0, PS, POSIX_FADV_DONTNEED);
}

static void drain_setup(void) {
    char path[4096];
    snprintf(path, sizeof path, "%s/drain", dir);
    drain_fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    if (drain_fd < 0 || ftruncate(drain_fd, PS) != 0) fail_host("creating the file the batch drain goes through");
    char *p = mmap(NULL, PS, PROT_READ, MAP_SHARED, drain_fd, 0);
    if (p == MAP_FAILED) fail_host("mapping the file the batch drain goes through");
    (void) *(volatile char *) p; /* mapped in every worker from now on: it can never be invalidated */
}

static void worker(int index) {
    me = index;
    open_pagemap();
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGSEGV, on_fault);
    signal(SIGBUS, on_fault);
    for (;;) {
        struct cmd c;
        read_full(cmd_fd[me][0], &c, sizeof c);
        struct reply r = {0, getpid(), 0};
        if (c.kind == C_QUIT) {
            _exit(0);
        } else if (c.kind == C_OBSERVE) {
            observe(c.step);
        } else if (c.kind == C_PAGEOUT) {
            drain_cpu_batches(); /* MADV_PAGEOUT drains only this CPU's batches and skips a folio off the LRU */
            pageout_all();
        } else if (steps[c.step].op == OP_FORK) {
            drain_cpu_batches();
            int64_t t0 = now_ns();
            pid_t child = fork();
            if (child == 0) {
                me = steps[c.step].arg;
                reserve_uninherited();
                open_pagemap();
                struct reply hello = {0, getpid(), 0};
                write_full(rep_fd[me][1], &hello, sizeof hello);
                continue;
            }
            r.result = child < 0 ? errno : 0;
            r.ns = now_ns() - t0;
        } else if (steps[c.step].op == OP_EXIT) {
            write_full(rep_fd[me][1], &r, sizeof r);
            _exit(0);
        } else {
            drain_cpu_batches();
            int64_t t0 = now_ns();
            r.result = run_guarded(&steps[c.step]);
            r.ns = now_ns() - t0;
        }
        write_full(rep_fd[me][1], &r, sizeof r);
    }
}

static void wait_gone(pid_t pid) {
    for (int i = 0; i < 50000 && kill(pid, 0) == 0; i++) {
        usleep(100);
    }
}

static struct reply ask(int proc, int kind, int step) {
    struct cmd c = {kind, step};
    struct reply r;
    write_full(cmd_fd[proc][1], &c, sizeof c);
    read_full(rep_fd[proc][0], &r, sizeof r);
    return r;
}

static void open_files(void) {
    char path[4096];
    snprintf(path, sizeof path, "%s/dma-data", dir);
    data_fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    snprintf(path, sizeof path, "%s/dma-scratch", dir);
    scratch_fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
    if (data_fd < 0 || scratch_fd < 0) fail_host("creating the DMA files");
    for (int f = 0; f < NFILE; f++) {
        snprintf(path, sizeof path, "%s/file-%d", dir, f);
        file_fd[f] = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
        if (file_fd[f] < 0) fail_host("creating a scenario file"); /* empty: each mmap grows it (do_mmap) */
    }
    kflags_fd = open("/proc/kpageflags", O_RDONLY);
    kcount_fd = open("/proc/kpagecount", O_RDONLY);
    if (kflags_fd < 0 || kcount_fd < 0) fail_host("opening /proc/kpageflags, /proc/kpagecount");
}

int main(int argc, char **argv) {
    if (argc < 3 || strlen(argv[1]) >= sizeof dir) {
        out("X usage: program DIR swapfile|noswap\n");
        return 3;
    }
    strcpy(dir, argv[1]);
    coordinator = getpid();
    signal(SIGCHLD, SIG_IGN); /* exited processes are reaped at once, so an exit step ends with the mm gone */
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    /* One CPU for every process: a page faulted on one CPU waits in that CPU's LRU batch, which
     * lru_add_drain() on another CPU does not drain, and MADV_PAGEOUT cannot isolate it (mm/swap.c
     * folio_batch_add_and_move, mm/madvise.c madvise_cold_or_pageout_pte_range). The engine has no such batches. */
    cpu_set_t cpus;
    if (sched_getaffinity(0, sizeof cpus, &cpus) == 0) {
        for (int c = 0; c < CPU_SETSIZE; c++) {
            if (CPU_ISSET(c, &cpus)) {
                CPU_ZERO(&cpus);
                CPU_SET(c, &cpus);
                sched_setaffinity(0, sizeof cpus, &cpus);
                break;
            }
        }
    }
    open_files();
    drain_setup();
    if (strcmp(argv[2], "swapfile") == 0) swap_setup();
    for (int p = 0; p < NPROC; p++) {
        if (pipe(cmd_fd[p]) != 0 || pipe(rep_fd[p]) != 0) fail_host("pipe");
    }
    for (int p = 0; p < NDECLARED; p++) {
        pid_t pid = fork();
        if (pid < 0) fail_host("fork");
        if (pid == 0) worker(p);
        pids[p] = pid;
        live[p] = 1;
    }
    out("READY\n");
    int64_t total = 0;
    for (int s = 1; s < NSTEP; s++) {
        const struct step *st = &steps[s];
        struct reply r = {0, 0, 0};
        if (st->op == OP_PAGEOUT_ALL) {
            int64_t t0 = now_ns();
            for (int p = 0; p < NPROC; p++) {
                if (live[p]) ask(p, C_PAGEOUT, s);
            }
            r.ns = now_ns() - t0;
        } else {
            r = ask(st->actor, C_STEP, s);
        }
        total += r.ns;
        if (st->op == OP_FORK && r.result == 0) {
            struct reply hello;
            read_full(rep_fd[st->arg][0], &hello, sizeof hello);
            pids[st->arg] = hello.pid;
            live[st->arg] = 1;
        } else if (st->op == OP_EXIT) {
            wait_gone(pids[st->actor]);
            live[st->actor] = 0;
        }
        out("S %d %d %lld\n", s, r.result, (long long) r.ns);
        for (int p = 0; p < NPROC; p++) {
            if (live[p]) ask(p, C_OBSERVE, s);
        }
    }
    for (int p = 0; p < NPROC; p++) {
        if (live[p]) {
            struct cmd c = {C_QUIT, 0};
            write_full(cmd_fd[p][1], &c, sizeof c);
            wait_gone(pids[p]);
        }
    }
    swap_cleanup();
    out("T %lld\nEND\n", (long long) total);
    return 0;
}
