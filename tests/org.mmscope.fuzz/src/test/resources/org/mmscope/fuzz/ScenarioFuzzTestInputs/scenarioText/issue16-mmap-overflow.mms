scenario "overflowing mmap (issue 16: EValidator at 0:0)"
process app
app: buf = mmap anon 99999999999 GiB read write
app: touch buf[3]
