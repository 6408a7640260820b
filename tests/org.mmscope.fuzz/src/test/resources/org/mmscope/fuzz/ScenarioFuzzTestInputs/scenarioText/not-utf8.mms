scenario "ÿşÃ"
process app
