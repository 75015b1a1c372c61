# A further question that says it changes the subject ("a different question", "switching gears", "going back
# to"), found anywhere in its opening. A regular expression in verbose mode (blanks are ignored, "\ " is a
# space), matched case-insensitively.
\b(?:(?:a|one|my)\s+(?:different|separate|unrelated|other|another)\s+(?:question|topic|subject|issue)
  |another\s+(?:question|topic|subject)\b|change\s+(?:the\s+)?(?:subject|topic)
  |on\s+a\s+(?:different|separate|another|related)\s+(?:note|topic|subject)|switch(?:ing)?\s+(?:gears|topics)
  # Going back to an earlier subject leaves the current one (not to a level: "back to 2 percent").
  |(?:go|going|come|coming|get|getting|hop|circle|turn|turning)\s+back\s+to(?!\s*[\d$€£])
  # "And then real briefly on housing", "just quickly on the budget": a reporter's own signpost.
  |^\W*(?:(?:okay|ok|and|then|so|just|real|really|very|one|last|more|thing|[,.])\s*)*(?:quick(?:ly)?|brief(?:ly)?)\s+on\b)
