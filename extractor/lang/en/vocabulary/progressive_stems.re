# A progressive form's stem holds a vowel ("meeting", "ruling"): a word that ends in "ing" with none before it is
# no progressive form ("bring", "string", "thing"). A regular expression in verbose mode, searched in the stem.
[aeiouy]
