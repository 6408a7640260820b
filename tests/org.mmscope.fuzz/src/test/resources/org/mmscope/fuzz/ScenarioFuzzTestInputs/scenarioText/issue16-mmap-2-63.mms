scenario "2^63-1 bytes (issue 16: -2251799813685247 pages)"
process app
app: buf = mmap anon 9223372036854775807 B read write
app: write buf[5] "x"
