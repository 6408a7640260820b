scenario "1000 parallel blocks (issue 16: StackOverflowError in explore)"
process app
process other
app: buf = mmap anon 1 page read write shared
other: buf = mmap anon 1 page read write
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
parallel {
    app: write buf "a"
    other: write buf "o"
}
expect app: read buf == "a"
