# Signposts that often, not always, open a new subject ("In terms of", "As for", "Regarding"), matched at a
# sentence's start. A regular expression in verbose mode (blanks are ignored, "\ " is a space), matched
# case-insensitively.
^(?:\W*(?:and|so|now|well|then)\b[\s,]*)*
(?:in\ terms\ of|as\ for|as\ to|regarding|with\ regard\ to|with\ respect\ to|when\ it\ comes\ to
  |on\ the\ (?:question|issue|subject|topic|matter)\ of|concerning|in\ addition|additionally|besides
  |another\ (?:thing|point|issue|question)|looking\ ahead|going\ forward|looking\ forward|currently|at\ present
  |to\ conclude|in\ conclusion|to\ sum\ up|finally|lastly)\b
