scenario "raw ESC [31m in a title"
process app
app: buf = mmap anon 1 page read write
expect ok
