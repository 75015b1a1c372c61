"""Named rules and the resolver that decides between them: :mod:`extractor.rules`, where the structure
stage finds them too without loading the quantity reader."""
from ..rules import Rule, RuleSet

__all__ = ["Rule", "RuleSet"]
