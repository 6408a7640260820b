scenario "non-characters ￾￿ in a title (issue 16: JUnit XML not well-formed)"
process app
app: buf = mmap anon 1 page read write
app: write buf "￿"
expect app: read buf == "￾"
