# A verb of one syllable whose last consonant doubles before the progressive ending ("stop" -> "stopping",
# "win" -> "winning"; not "meet", "sign", "show"): one vowel between consonants at its end. A regular
# expression in verbose mode, matched case-insensitively against the whole lower-cased word.
^[^aeiou\W\d]*(?:qu)?[aeiou][bdgmnprt]$
