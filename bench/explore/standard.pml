/*
 * The explorer's standard problem as a Promela model (BENCHMARKS.md, "Exploration"): after
 *   parent: buf = mmap anon 1 page; write; rx = pin buf write; nic: map rx; child = fork
 * the parent, the child and the device each take N steps (parent and child write their page, the device
 * DMA-writes the pinned frame), and the kernel may run one reclaim pass at any point — the rules of
 * linux-2.6.31, as mmscope's engine implements them:
 *   - fork shares the page copy-on-write (mm/memory.c: copy_one_pte (2.6.31)), the GUP reference stays on it;
 *   - a write fault on a read-only PTE reuses the page when page_mapcount + page_swapcount == 1, else copies
 *     (mm/memory.c: do_wp_page → reuse_swap_page (2.6.31): the GUP reference is not counted);
 *   - reclaim unmaps every anon PTE into a swap entry (mm/rmap.c: try_to_unmap_one (2.6.31)); a page with
 *     an extra reference (the pinned one) stays in the swap cache, the others are written and freed
 *     (mm/vmscan.c: shrink_page_list (2.6.31)); a later fault maps the swap-cache page again or reads the
 *     slot into a new frame (mm/memory.c: do_swap_page (2.6.31)).
 * Frames are named by role, not number: 0 = the pinned frame the device holds, 1 = the parent's copy,
 * 2 = the child's copy — the same renaming mmscope's canonical hash does by reachability.
 * Values: 0 "old", then 1..N the actor's own writes (parent 10+i, child 20+i, device 30+i).
 * Each step is one atomic statement and an actor that is done blocks in a valid end state, so Spin's states
 * are the states between steps, as mmscope counts them (program counters + data).
 *
 * spin -a -DN=4 standard.pml && gcc -O2 -DSAFETY -DNOREDUCE -o pan pan.c && ./pan -m100000
 */
#ifndef N
#define N 4
#endif

byte content[3];   /* what each frame (or its swap slot) holds */
byte mapcount[3];  /* present PTEs mapping it */
byte swaprefs[3];  /* swap PTEs referring to its slot */
bool swapcache[3]; /* in the swap cache */
byte pframe = 0; bool pwrite = 0; bool pswapped = 0;
byte cframe = 0; bool cwrite = 0; bool cswapped = 0;
bool reclaimed = 0;

/* a write by the process whose PTE is (frame, writable, swapped); mine = the frame its copy goes to */
inline write_fault(frame, writable, swapped, mine, value) {
    if
    :: swapped -> swapped = 0; swaprefs[frame]--; mapcount[frame]++; writable = 0   /* do_swap_page */
    :: else -> skip
    fi;
    if
    :: !writable && mapcount[frame] + swaprefs[frame] == 1 ->                        /* reuse_swap_page: reuse */
        writable = 1; swapcache[frame] = 0
    :: !writable && mapcount[frame] + swaprefs[frame] > 1 ->                         /* copy */
        mapcount[frame]--;
        content[mine] = content[frame];
        mapcount[mine] = 1;
        frame = mine;
        writable = 1
    :: else -> skip
    fi;
    content[frame] = value
}

proctype Parent() {
    byte i = 1;
end:
    do
    :: atomic { i <= N -> write_fault(pframe, pwrite, pswapped, 1, 10 + i); i++ }
    od
}

proctype Child() {
    byte i = 1;
end:
    do
    :: atomic { i <= N -> write_fault(cframe, cwrite, cswapped, 2, 20 + i); i++ }
    od
}

proctype Device() {
    byte i = 1;
end:
    do
    :: atomic { i <= N -> content[0] = 30 + i; i++ }
    od
}

proctype Kernel() {
    atomic {
        !reclaimed ->
        reclaimed = 1;
        if :: !pswapped -> pswapped = 1; pwrite = 0; mapcount[pframe]--; swaprefs[pframe]++; swapcache[pframe] = 1 :: else -> skip fi;
        if :: !cswapped -> cswapped = 1; cwrite = 0; mapcount[cframe]--; swaprefs[cframe]++; swapcache[cframe] = 1 :: else -> skip fi
    }
}

init {
    atomic {
        content[0] = 0;
        mapcount[0] = 2;     /* after fork: parent and child map the pinned frame read-only */
        run Parent(); run Child(); run Device(); run Kernel()
    }
}
