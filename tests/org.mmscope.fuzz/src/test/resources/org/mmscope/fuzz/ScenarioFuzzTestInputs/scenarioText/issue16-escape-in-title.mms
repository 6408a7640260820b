scenario "red \x1b[31m\x07 title (issue 16: ESC reaches the terminal)"
process app
app: buf = mmap anon 1 page read write
app: write buf "\x1b[2J\x9b"
expect app: read buf == "\x1b[0m"
